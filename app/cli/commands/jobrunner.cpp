#include "jobrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>

#include "jobs/job.h"
#include "util/atomicfile.h"

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::JobRunner", text);
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

JobRunner::JobRunner(Context &context, bool verbose)
    : m_context(context)
    , m_verbose(verbose)
{
}

bool JobRunner::run(Jobs::Job &job)
{
    QEventLoop loop;
    QElapsedTimer sinceLastLine;
    sinceLastLine.start();
    bool progressShown = false;

    QObject::connect(&job, &Jobs::Job::finished, &loop, &QEventLoop::quit);
    QObject::connect(&job, &Jobs::Job::message, &loop, [this](const QString &line) {
        if (m_verbose)
            m_context.err << line << Qt::endl;
    });
    if (m_context.errIsTerminal) {
        QObject::connect(&job, &Jobs::Job::progressChanged, &loop,
                         [this, &sinceLastLine, &progressShown](qint64 done, qint64 total) {
                             // Redraw at most ten times a second.
                             if (sinceLastLine.elapsed() < 100 && done != total)
                                 return;
                             sinceLastLine.restart();
                             const QString percent =
                                 total > 0 ? QStringLiteral(" (%1%)").arg(done * 100 / total) : QString();
                             m_context.err << QLatin1Char('\r') << tr("%1 of %2").arg(sizeText(done), sizeText(total))
                                           << percent << QStringLiteral("\x1b[K");
                             m_context.err.flush();
                             progressShown = true;
                         });
    }

    job.start();
    if (!job.isFinished())
        loop.exec();
    if (progressShown)
        m_context.err << Qt::endl;

    if (job.state() == Jobs::Job::State::Failed)
        m_context.err << tr("error: %1").arg(job.errorMessage()) << Qt::endl;
    else if (job.state() == Jobs::Job::State::Cancelled)
        m_context.err << tr("cancelled") << Qt::endl;
    return job.state() == Jobs::Job::State::Succeeded;
}

void addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("username"), tr("User name for basic authentication."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("password-stdin"), tr("Read the password from standard input.")});
    parser.addOption({QStringLiteral("ca-file"), tr("Also trust the CA certificates in this PEM file."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("cert-file"), tr("Client certificate (PEM) for mutual TLS."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("key-file"), tr("Key (PEM) of the client certificate."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("insecure"), tr("Do not verify the registry's TLS certificate.")});
    parser.addOption({QStringLiteral("plain-http"), tr("Talk to the registry over plain HTTP.")});
    parser.addOption({QStringLiteral("verbose"), tr("Print each step on standard error.")});
}

Util::Result<Oci::ConnectionSettings> connectionSettingsFrom(const QCommandLineParser &parser, Context &context)
{
    Oci::ConnectionSettings settings;
    settings.insecureSkipVerify = parser.isSet(QStringLiteral("insecure"));
    settings.plainHttp = parser.isSet(QStringLiteral("plain-http"));
    settings.credential.username = parser.value(QStringLiteral("username"));
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        QByteArray password = context.readStandardInput ? context.readStandardInput() : QByteArray();
        while (password.endsWith('\n') || password.endsWith('\r'))
            password.chop(1);
        settings.credential.password = QString::fromUtf8(password);
    }
    if (parser.isSet(QStringLiteral("ca-file"))) {
        auto pem = Util::readFile(parser.value(QStringLiteral("ca-file")), 1024 * 1024);
        if (!pem)
            return pem.error();
        settings.caCertificatesPem.append(*pem);
    }
    if (parser.isSet(QStringLiteral("cert-file")) != parser.isSet(QStringLiteral("key-file")))
        return Util::makeError(tr("--cert-file and --key-file go together"));
    if (parser.isSet(QStringLiteral("cert-file"))) {
        auto certificate = Util::readFile(parser.value(QStringLiteral("cert-file")), 1024 * 1024);
        if (!certificate)
            return certificate.error();
        auto key = Util::readFile(parser.value(QStringLiteral("key-file")), 1024 * 1024);
        if (!key)
            return key.error();
        settings.clientCertificatePem = *certificate;
        settings.clientKeyPem = *key;
    }
    return settings;
}

} // namespace Cli
