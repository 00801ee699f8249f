#include "keychainstore.h"

#include <algorithm>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

#include "util/logging.h"

namespace Credentials {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Credentials::KeychainStore", text);
}

// The first byte of every entry says what follows: the secret itself, or the header of a chunked secret.
constexpr char singleTag = 'S';
constexpr char chunkedTag = 'C';
const QString indexEntry = QStringLiteral(".paletteai-index");

QString chunkEntry(const QString &key, int number)
{
    return key + QLatin1Char('#') + QString::number(number);
}

// Runs one QtKeychain job to completion in a local event loop.
void runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

KeychainStore::KeychainStore(const QString &service)
    : m_service(service)
{
}

QString KeychainStore::defaultService()
{
    return QStringLiteral("paletteai-registry-console");
}

QString KeychainStore::platformBackendName()
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    return tr("Secret Service (org.freedesktop.secrets)");
#endif
}

QString KeychainStore::backendName() const
{
    return platformBackendName();
}

Util::Result<void> KeychainStore::checkAvailable()
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(indexEntry);
    runJob(job);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return {};
    return Util::makeError(tr("%1 is not available: %2").arg(backendName(), job.errorString()));
}

Util::Result<std::optional<QByteArray>> KeychainStore::readEntry(const QString &entry)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(entry);
    runJob(job);

    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (job.error() != QKeychain::NoError) {
        qCDebug(lcCredentials) << "keychain read failed" << entry << job.error() << job.errorString();
        return Util::makeError(
            tr("%1 is not running or refused to read '%2': %3").arg(backendName(), entry, job.errorString()));
    }
    return std::optional<QByteArray>(job.binaryData());
}

Util::Result<void> KeychainStore::writeEntry(const QString &entry, const QByteArray &data)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(entry);
    job.setBinaryData(data);
    runJob(job);

    if (job.error() != QKeychain::NoError) {
        qCDebug(lcCredentials) << "keychain write failed" << entry << job.error() << job.errorString();
        return Util::makeError(
            tr("%1 is not running or refused to store '%2': %3").arg(backendName(), entry, job.errorString()));
    }
    return {};
}

Util::Result<void> KeychainStore::removeEntry(const QString &entry)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(entry);
    runJob(job);

    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        return Util::makeError(
            tr("%1 is not running or refused to remove '%2': %3").arg(backendName(), entry, job.errorString()));
    }
    return {};
}

Util::Result<std::optional<QByteArray>> KeychainStore::read(const QString &key)
{
    const auto head = readEntry(key);
    if (!head || !head->has_value())
        return head;

    const QByteArray &data = **head;
    if (data.startsWith(singleTag))
        return std::optional<QByteArray>(data.mid(1));
    if (!data.startsWith(chunkedTag))
        return Util::makeError(tr("The keychain entry '%1' was not written by this application.").arg(key));

    // Header: "C<count>\n<sha256 hex>".
    const QList<QByteArray> fields = data.mid(1).split('\n');
    const int count = fields.value(0).toInt();
    QByteArray secret;
    for (int number = 1; number <= count; ++number) {
        const auto chunk = readEntry(chunkEntry(key, number));
        if (!chunk)
            return chunk.error();
        if (!chunk->has_value())
            return Util::makeError(
                tr("Part %1 of %2 of the secret '%3' is missing from the keychain.").arg(number).arg(count).arg(key));
        secret += **chunk;
    }

    if (QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex() != fields.value(1))
        return Util::makeError(
            tr("The secret '%1' read back from the keychain is damaged (digest mismatch).").arg(key));
    return std::optional<QByteArray>(secret);
}

Util::Result<void> KeychainStore::write(const QString &key, const QByteArray &secret)
{
    const auto previous = readEntry(key);
    if (!previous)
        return previous.error();
    const int previousChunks = previous->has_value() && (*previous)->startsWith(chunkedTag)
                                   ? (*previous)->mid(1).split('\n').value(0).toInt()
                                   : 0;

    if (secret.size() + 1 <= chunkSize) {
        if (auto written = writeEntry(key, singleTag + secret); !written)
            return written;
        if (auto removed = removeChunks(key, 1, previousChunks); !removed)
            return removed;
        return updateIndex(key, true);
    }

    // Chunks first, header last: a reader never sees a header whose chunks are not there yet.
    const int count = int((secret.size() + chunkSize - 1) / chunkSize);
    for (int number = 1; number <= count; ++number) {
        if (auto written =
                writeEntry(chunkEntry(key, number), secret.mid(qsizetype(number - 1) * chunkSize, chunkSize));
            !written)
            return written;
    }
    const QByteArray header = chunkedTag + QByteArray::number(count) + '\n' +
                              QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex();
    if (auto written = writeEntry(key, header); !written)
        return written;
    if (auto removed = removeChunks(key, count + 1, previousChunks - count); !removed)
        return removed;
    return updateIndex(key, true);
}

Util::Result<void> KeychainStore::removeChunks(const QString &key, int from, int count)
{
    for (int number = from; number < from + count; ++number) {
        if (auto removed = removeEntry(chunkEntry(key, number)); !removed)
            return removed;
    }
    return {};
}

Util::Result<void> KeychainStore::remove(const QString &key)
{
    const auto head = readEntry(key);
    if (!head)
        return head.error();
    if (!head->has_value())
        return updateIndex(key, false);

    if ((*head)->startsWith(chunkedTag)) {
        if (auto removed = removeChunks(key, 1, (*head)->mid(1).split('\n').value(0).toInt()); !removed)
            return removed;
    }
    if (auto removed = removeEntry(key); !removed)
        return removed;
    return updateIndex(key, false);
}

Util::Result<QStringList> KeychainStore::list()
{
    const auto index = readEntry(indexEntry);
    if (!index)
        return index.error();
    if (!index->has_value())
        return QStringList();

    QStringList keys = QString::fromUtf8(**index).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    std::sort(keys.begin(), keys.end());
    return keys;
}

Util::Result<void> KeychainStore::updateIndex(const QString &key, bool present)
{
    auto keys = list();
    if (!keys)
        return keys.error();
    if (keys->contains(key) == present)
        return {};

    if (present)
        keys->append(key);
    else
        keys->removeAll(key);
    std::sort(keys->begin(), keys->end());
    return writeEntry(indexEntry, keys->join(QLatin1Char('\n')).toUtf8());
}

} // namespace Credentials
