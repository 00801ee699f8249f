#pragma once

#include <functional>
#include <optional>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

#include "command.h"
#include "oci/connectionsettings.h"
#include "oci/registryclient.h"
#include "util/result.h"

namespace Credentials {
struct CredentialRecord;
class SecretStore;
} // namespace Credentials

namespace Cli {

/// The connection options every registry command shares (`--username`, `--password-stdin`, `--ca-file`,
/// `--cert-file`, `--key-file`, `--insecure`, `--plain-http`, `--timeout`, `--memory-store`) plus `--format`,
/// and the glue to run one asynchronous registry operation from a command.
///
/// What the flags leave open comes from what `credentials set` stored for the registry (keychain, or the
/// session memory store), then from the Docker/Podman config files, as skopeo and ORAS look there too.
class OciConnectionOptions final
{
public:
    /// Adds the options to \a parser.
    void addTo(QCommandLineParser &parser);

    /// Builds the settings for \a registry (host[:port]; empty for an OCI layout) from the parsed options over
    /// the stored credentials; reads the password from standard input when asked (once per run).
    Util::Result<Oci::ConnectionSettings> settings(const QCommandLineParser &parser, Context &context,
                                                   const QString &registry) const;
    /// True when `--format json` was given; an unknown format is a usage error reported here.
    std::optional<bool> wantsJson(const QCommandLineParser &parser, Context &context) const;

    /// A client for \a registry that reports retries ("waiting ...") on the error stream, and every request
    /// with its status when `--verbose` was given.
    std::unique_ptr<Oci::RegistryClient> makeClient(const QString &registry, const Oci::ConnectionSettings &settings,
                                                    const QCommandLineParser &parser, Context &context) const;

    /// The CA certificates in a PEM bundle (or DER certificate) named on the command line, each as PEM.
    static Util::Result<QList<QByteArray>> readAuthorities(const QString &path);
    /// Reads a client certificate chain and its unencrypted key into \a settings; fails, naming the files,
    /// when either cannot be read or the key does not belong to the certificate.
    static Util::Result<void> readClientCertificate(Oci::ConnectionSettings &settings, const QString &certificatePath,
                                                    const QString &keyPath);

    /// Runs an event loop until the operation started by \a start calls back.
    template<typename T, typename Start> static Util::Result<T> wait(Start start)
    {
        std::optional<Util::Result<T>> result;
        QEventLoop loop;
        start(&loop, [&result, &loop](Util::Result<T> value) {
            result.emplace(std::move(value));
            loop.quit();
        });
        if (!result)
            loop.exec();
        return std::move(*result);
    }

private:
    Util::Result<Oci::ConnectionSettings> stored(const QCommandLineParser &parser, Context &context,
                                                 const QString &registry) const;
    Util::Result<void> applyFlags(Oci::ConnectionSettings &settings, const QCommandLineParser &parser,
                                  Context &context) const;
    void noteMissingSecret(const Credentials::CredentialRecord &record, const Oci::ConnectionSettings &settings,
                           const Credentials::SecretStore &store, const QCommandLineParser &parser,
                           Context &context) const;
    bool storedCredentialFromDockerConfig(Oci::ConnectionSettings &settings, Context &context,
                                          const QString &registry) const;

    mutable std::optional<QString> m_passwordFromStdin;
    mutable bool m_notedNoKeychain = false;

    QCommandLineOption m_username{QStringLiteral("username"), QString(), QStringLiteral("name")};
    QCommandLineOption m_passwordStdin{QStringLiteral("password-stdin")};
    QCommandLineOption m_caFile{QStringLiteral("ca-file"), QString(), QStringLiteral("file")};
    QCommandLineOption m_certFile{QStringLiteral("cert-file"), QString(), QStringLiteral("file")};
    QCommandLineOption m_keyFile{QStringLiteral("key-file"), QString(), QStringLiteral("file")};
    QCommandLineOption m_insecure{QStringLiteral("insecure")};
    QCommandLineOption m_plainHttp{QStringLiteral("plain-http")};
    QCommandLineOption m_timeout{QStringLiteral("timeout"), QString(), QStringLiteral("seconds"), QStringLiteral("60")};
    QCommandLineOption m_verbose{QStringLiteral("verbose")};
    QCommandLineOption m_memoryStore{QStringLiteral("memory-store")};
    QCommandLineOption m_format{QStringLiteral("format"), QString(), QStringLiteral("text|json"),
                                QStringLiteral("text")};
};

} // namespace Cli
