#include <memory>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <yaml-cpp/yaml.h>

#include "credentials/tlsmaterial.h"

using namespace Credentials;

class TestTlsMaterial final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readCertificates_data();
    void readCertificates();
    void readPrivateKey_data();
    void readPrivateKey();
    void keyMatches_data();
    void keyMatches();
    void chain_data();
    void chain();
    void validity_data();
    void validity();
    void sampleValuesCertData();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray file(const QString &name) const;
    void openssl(const QStringList &arguments);
    void writeSignedWithApi(const QString &name, int notBeforeDays, int notAfterDays);
    void writeFile(const QString &name, const QByteArray &data);

    QTemporaryDir m_dir;
};

QByteArray TestTlsMaterial::file(const QString &name) const
{
    QFile input(path(name));
    if (!input.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return input.readAll();
}

void TestTlsMaterial::writeFile(const QString &name, const QByteArray &data)
{
    QFile output(path(name));
    QVERIFY(output.open(QIODevice::WriteOnly));
    output.write(data);
}

void TestTlsMaterial::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    QVERIFY2(process.waitForFinished(60000), qPrintable(arguments.join(QLatin1Char(' '))));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
}

// `openssl x509 -req` in OpenSSL 3.0 cannot back-date a certificate, so certificates with a validity
// window in the past or the future are made with the C API, signed by the test CA.
void TestTlsMaterial::writeSignedWithApi(const QString &name, int notBeforeDays, int notAfterDays)
{
    const QByteArray caPem = file(QStringLiteral("ca.crt"));
    const QByteArray caKeyPem = file(QStringLiteral("ca.key"));
    BIO *caBio = BIO_new_mem_buf(caPem.constData(), int(caPem.size()));
    BIO *keyBio = BIO_new_mem_buf(caKeyPem.constData(), int(caKeyPem.size()));
    X509 *ca = PEM_read_bio_X509(caBio, nullptr, nullptr, nullptr);
    EVP_PKEY *caKey = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    QVERIFY(ca && caKey);

    EVP_PKEY *key = EVP_EC_gen("P-256");
    X509 *certificate = X509_new();
    X509_set_version(certificate, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate), 4242);
    X509_gmtime_adj(X509_getm_notBefore(certificate), long(notBeforeDays) * 86400);
    X509_gmtime_adj(X509_getm_notAfter(certificate), long(notAfterDays) * 86400);
    X509_NAME *subject = X509_get_subject_name(certificate);
    const QByteArray commonName = name.toUtf8();
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(commonName.constData()), -1, -1, 0);
    X509_set_issuer_name(certificate, X509_get_subject_name(ca));
    X509_set_pubkey(certificate, key);
    QVERIFY(X509_sign(certificate, caKey, EVP_sha256()) > 0);

    BIO *out = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(out, certificate);
    char *data = nullptr;
    const long size = BIO_get_mem_data(out, &data);
    writeFile(name + QStringLiteral(".crt"), QByteArray(data, size));

    BIO_free(out);
    X509_free(certificate);
    EVP_PKEY_free(key);
    EVP_PKEY_free(caKey);
    X509_free(ca);
    BIO_free(keyBio);
    BIO_free(caBio);
}

void TestTlsMaterial::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString subjectCa = QStringLiteral("/CN=Test Registry CA");
    openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
             QStringLiteral("ca.crt"), QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
             subjectCa});
    openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("other-ca.key"),
             QStringLiteral("-out"), QStringLiteral("other-ca.crt"), QStringLiteral("-days"), QStringLiteral("3650"),
             QStringLiteral("-subj"), QStringLiteral("/CN=Unrelated CA")});
    writeFile(QStringLiteral("san.ext"), "subjectAltName=DNS:registry.test,IP:127.0.0.1\n");

    // RSA leaf (PKCS#8 key as written by req), EC leaf with a SEC1 key, one that expires in ten days.
    openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), QStringLiteral("rsa.key"), QStringLiteral("-out"), QStringLiteral("rsa.csr"),
             QStringLiteral("-subj"), QStringLiteral("/CN=rsa-client")});
    openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("rsa.csr"),
             QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
             QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("200"),
             QStringLiteral("-extfile"), QStringLiteral("san.ext"), QStringLiteral("-out"), QStringLiteral("rsa.crt")});
    openssl({QStringLiteral("ecparam"), QStringLiteral("-name"), QStringLiteral("prime256v1"),
             QStringLiteral("-genkey"), QStringLiteral("-noout"), QStringLiteral("-out"), QStringLiteral("ec.key")});
    openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), QStringLiteral("ec.key"),
             QStringLiteral("-out"), QStringLiteral("ec.csr"), QStringLiteral("-subj"),
             QStringLiteral("/CN=ec-client")});
    openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("ec.csr"),
             QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
             QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("10"), QStringLiteral("-out"),
             QStringLiteral("ec.crt")});

    // The same RSA key as PKCS#1, as encrypted PKCS#8 and as legacy encrypted PKCS#1.
    openssl({QStringLiteral("rsa"), QStringLiteral("-in"), QStringLiteral("rsa.key"), QStringLiteral("-traditional"),
             QStringLiteral("-out"), QStringLiteral("rsa-pkcs1.key")});
    openssl({QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-in"), QStringLiteral("rsa.key"),
             QStringLiteral("-v2"), QStringLiteral("aes-256-cbc"), QStringLiteral("-passout"),
             QStringLiteral("pass:correct horse"), QStringLiteral("-out"), QStringLiteral("rsa-enc.key")});
    openssl({QStringLiteral("rsa"), QStringLiteral("-in"), QStringLiteral("rsa.key"), QStringLiteral("-aes256"),
             QStringLiteral("-traditional"), QStringLiteral("-passout"), QStringLiteral("pass:correct horse"),
             QStringLiteral("-out"), QStringLiteral("rsa-legacy.key")});

    writeSignedWithApi(QStringLiteral("expired"), -20, -1);
    writeSignedWithApi(QStringLiteral("future"), 5, 400);

    // Variants of the same bytes: CRLF, mixed endings with text around, a bundle, a truncated file.
    QByteArray crlf = file(QStringLiteral("rsa.crt"));
    writeFile(QStringLiteral("rsa-crlf.crt"), crlf.replace("\n", "\r\n"));
    QByteArray mixed = file(QStringLiteral("ec.key"));
    mixed.replace("\n", "\r\n");
    mixed.replace(mixed.indexOf("\r\n", 40), 2, "\n");
    writeFile(QStringLiteral("ec-mixed.key"), "Key for the east registry\r\n" + mixed + "\ntrailing words\n");
    writeFile(QStringLiteral("bundle.crt"), "subject=CN=rsa-client\n" + file(QStringLiteral("rsa.crt")) +
                                                "\n\nissuer text\n" + file(QStringLiteral("ca.crt")));
    QByteArray truncated = file(QStringLiteral("rsa.crt"));
    truncated.truncate(truncated.indexOf("-----END"));
    writeFile(QStringLiteral("truncated.crt"), truncated);
    QByteArray unterminated = file(QStringLiteral("rsa.crt"));
    unterminated.truncate(unterminated.indexOf("-----END"));
    writeFile(QStringLiteral("unterminated-bundle.crt"), unterminated + file(QStringLiteral("ca.crt")));
}

void TestTlsMaterial::readCertificates_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("commonName");
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<QString>("error");

    QTest::newRow("rsa") << "rsa.crt" << 1 << "rsa-client"
                         << "RSA" << QString();
    QTest::newRow("ec") << "ec.crt" << 1 << "ec-client"
                        << "EC (prime256v1)" << QString();
    QTest::newRow("crlf") << "rsa-crlf.crt" << 1 << "rsa-client"
                          << "RSA" << QString();
    QTest::newRow("bundle with text around") << "bundle.crt" << 2 << "rsa-client"
                                             << "RSA" << QString();
    QTest::newRow("truncated") << "truncated.crt" << 0 << QString() << QString()
                               << "Truncated PEM: the CERTIFICATE block that begins at line 1 has no END line";
    QTest::newRow("truncated inside bundle")
        << "unterminated-bundle.crt" << 0 << QString() << QString() << "has no END line before the next BEGIN";
    QTest::newRow("key given as certificate")
        << "rsa.key" << 0 << QString() << QString() << "not a certificate: are the certificate and key files swapped?";
}

void TestTlsMaterial::readCertificates()
{
    QFETCH(QString, fileName);
    QFETCH(int, count);
    QFETCH(QString, commonName);
    QFETCH(QString, keyType);
    QFETCH(QString, error);

    const auto certificates = TlsMaterial::readCertificates(file(fileName), fileName);
    if (!error.isEmpty()) {
        QVERIFY(!certificates);
        QVERIFY2(certificates.error().message.contains(error), qPrintable(certificates.error().message));
        QCOMPARE(certificates.error().file, fileName);
        QVERIFY(certificates.error().line > 0 || fileName.endsWith(QLatin1String(".key")));
        return;
    }

    QVERIFY2(certificates, qPrintable(certificates.ok() ? QString() : certificates.error().message));
    QCOMPARE(certificates->size(), count);
    const CertificateInfo &leaf = certificates->first();
    QCOMPARE(leaf.commonName, commonName);
    QCOMPARE(leaf.keyType, keyType);
    QCOMPARE(leaf.issuer, QStringLiteral("CN=Test Registry CA"));
    QCOMPARE(leaf.sha256Fingerprint.size(), 32 * 3 - 1);
    QVERIFY(leaf.notBefore.isValid() && leaf.notAfter > leaf.notBefore);
    QVERIFY(!leaf.isCa);

    // Independent check of the fingerprint with the openssl CLI.
    QProcess process;
    process.start(QStringLiteral("openssl"),
                  {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                   QStringLiteral("-sha256"), QStringLiteral("-in"), path(fileName)});
    QVERIFY(process.waitForFinished());
    QVERIFY(QString::fromLatin1(process.readAllStandardOutput()).contains(leaf.sha256Fingerprint));
}

void TestTlsMaterial::readPrivateKey_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<QString>("error");

    QTest::newRow("pkcs8") << "rsa.key" << QByteArray() << "PKCS#8"
                           << "RSA" << QString();
    QTest::newRow("pkcs1") << "rsa-pkcs1.key" << QByteArray() << "PKCS#1"
                           << "RSA" << QString();
    QTest::newRow("sec1 ec") << "ec.key" << QByteArray() << "SEC1"
                             << "EC (prime256v1)" << QString();
    QTest::newRow("sec1 mixed endings, text around") << "ec-mixed.key" << QByteArray() << "SEC1"
                                                     << "EC (prime256v1)" << QString();
    QTest::newRow("encrypted pkcs8, no passphrase") << "rsa-enc.key" << QByteArray() << QString() << QString()
                                                    << "is encrypted (encrypted PKCS#8) and needs a passphrase";
    QTest::newRow("encrypted pkcs8, wrong passphrase")
        << "rsa-enc.key" << QByteArray("battery staple") << QString() << QString() << "Wrong passphrase";
    QTest::newRow("encrypted pkcs8, right passphrase")
        << "rsa-enc.key" << QByteArray("correct horse") << "encrypted PKCS#8"
        << "RSA" << QString();
    QTest::newRow("legacy encrypted, no passphrase")
        << "rsa-legacy.key" << QByteArray() << QString() << QString() << "needs a passphrase";
    QTest::newRow("legacy encrypted, wrong passphrase")
        << "rsa-legacy.key" << QByteArray("nope") << QString() << QString() << "Wrong passphrase";
    QTest::newRow("legacy encrypted, right passphrase")
        << "rsa-legacy.key" << QByteArray("correct horse") << "legacy encrypted PKCS#1"
        << "RSA" << QString();
    QTest::newRow("certificate given as key")
        << "rsa.crt" << QByteArray() << QString() << QString() << "holds a certificate, not a private key";
}

void TestTlsMaterial::readPrivateKey()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, format);
    QFETCH(QString, keyType);
    QFETCH(QString, error);

    const auto key = TlsMaterial::readPrivateKey(file(fileName), passphrase, fileName);
    if (!error.isEmpty()) {
        QVERIFY(!key);
        QVERIFY2(key.error().message.contains(error), qPrintable(key.error().message));
        QCOMPARE(key.error().file, fileName);
        return;
    }
    QVERIFY2(key, qPrintable(key.ok() ? QString() : key.error().message));
    QCOMPARE(key->format, format);
    QCOMPARE(key->keyType, keyType);
    QVERIFY(key->pem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
    QCOMPARE(TlsMaterial::isEncryptedKey(file(fileName)), !passphrase.isEmpty());
}

void TestTlsMaterial::keyMatches_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("error");

    QTest::newRow("rsa") << "rsa.crt"
                         << "rsa.key" << QByteArray() << QString();
    QTest::newRow("rsa pkcs1") << "rsa-crlf.crt"
                               << "rsa-pkcs1.key" << QByteArray() << QString();
    QTest::newRow("rsa decrypted") << "rsa.crt"
                                   << "rsa-legacy.key" << QByteArray("correct horse") << QString();
    QTest::newRow("ec") << "ec.crt"
                        << "ec-mixed.key" << QByteArray() << QString();
    QTest::newRow("swapped rsa cert, ec key") << "rsa.crt"
                                              << "ec.key" << QByteArray()
                                              << "Swapped key: the EC (prime256v1) key does not match the "
                                                 "certificate CN=rsa-client";
    QTest::newRow("swapped ca key") << "rsa.crt"
                                    << "ca.key" << QByteArray() << "does not match the certificate CN=rsa-client";
}

void TestTlsMaterial::keyMatches()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, error);

    const auto certificates = TlsMaterial::readCertificates(file(certificate), certificate);
    const auto privateKey = TlsMaterial::readPrivateKey(file(key), passphrase, key);
    QVERIFY(certificates && privateKey);
    const auto matched = TlsMaterial::checkKeyMatches(certificates->first(), *privateKey);
    if (error.isEmpty()) {
        QVERIFY2(matched, qPrintable(matched.ok() ? QString() : matched.error().message));
        return;
    }
    QVERIFY(!matched);
    QVERIFY2(matched.error().message.contains(error), qPrintable(matched.error().message));
}

void TestTlsMaterial::chain_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("error");

    QTest::newRow("rsa by its CA") << "rsa.crt"
                                   << "ca.crt" << QString();
    QTest::newRow("ec by its CA") << "ec.crt"
                                  << "ca.crt" << QString();
    QTest::newRow("unrelated CA") << "rsa.crt"
                                  << "other-ca.crt"
                                  << "does not chain to the given CA: unable to get local issuer certificate";
    QTest::newRow("expired") << "expired.crt"
                             << "ca.crt"
                             << "certificate has expired";
}

void TestTlsMaterial::chain()
{
    QFETCH(QString, certificate);
    QFETCH(QString, authority);
    QFETCH(QString, error);

    const auto chain = TlsMaterial::readCertificates(file(certificate), certificate);
    const auto authorities = TlsMaterial::readCertificates(file(authority), authority);
    QVERIFY(chain && authorities);
    const auto verified = TlsMaterial::checkChain(*chain, *authorities);
    if (error.isEmpty()) {
        QVERIFY2(verified, qPrintable(verified.ok() ? QString() : verified.error().message));
        return;
    }
    QVERIFY(!verified);
    QVERIFY2(verified.error().message.contains(error), qPrintable(verified.error().message));
}

void TestTlsMaterial::validity_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("message");

    QTest::newRow("long valid") << "rsa.crt" << int(TlsFinding::Severity::Info) << "is valid until";
    QTest::newRow("expires in ten days") << "ec.crt" << int(TlsFinding::Severity::Warning) << "expires in 9 day";
    QTest::newRow("expired") << "expired.crt" << int(TlsFinding::Severity::Error) << "expired on";
    QTest::newRow("not yet valid") << "future.crt" << int(TlsFinding::Severity::Error) << "is not yet valid";
}

void TestTlsMaterial::validity()
{
    QFETCH(QString, certificate);
    QFETCH(int, severity);
    QFETCH(QString, message);

    const auto certificates = TlsMaterial::readCertificates(file(certificate), certificate);
    QVERIFY(certificates);
    const TlsFinding finding = TlsMaterial::checkValidity(certificates->first(), QDateTime::currentDateTimeUtc());
    QCOMPARE(int(finding.severity), severity);
    QVERIFY2(finding.message.contains(message), qPrintable(finding.message));
}

// The first spoke of the sample values file carries inline certData: CA, client certificate and EC key.
void TestTlsMaterial::sampleValuesCertData()
{
    const QString values = QStringLiteral(PRC_TEST_DATA_DIR "/values/three-spokes-two-registries.yaml");
    const YAML::Node root = YAML::LoadFile(values.toStdString());
    const YAML::Node certData = root["fleetConfig"]["spokes"][0]["ociRegistry"]["certData"];
    const QByteArray ca = QByteArray::fromStdString(certData["ca.crt"].as<std::string>());
    const QByteArray crt = QByteArray::fromStdString(certData["tls.crt"].as<std::string>());
    const QByteArray key = QByteArray::fromStdString(certData["tls.key"].as<std::string>());

    const auto authorities = TlsMaterial::readCertificates(ca, QStringLiteral("certData.ca.crt"));
    const auto certificates = TlsMaterial::readCertificates(crt, QStringLiteral("certData.tls.crt"));
    const auto privateKey = TlsMaterial::readPrivateKey(key, {}, QStringLiteral("certData.tls.key"));
    QVERIFY(authorities && certificates && privateKey);

    QCOMPARE(authorities->first().commonName, QStringLiteral("Example Regional Registry CA"));
    QVERIFY(authorities->first().isCa);
    QCOMPARE(certificates->first().commonName, QStringLiteral("flux-east-client"));
    QCOMPARE(certificates->first().keyType, QStringLiteral("EC (prime256v1)"));
    QCOMPARE(privateKey->format, QStringLiteral("PKCS#8"));
    QVERIFY(TlsMaterial::checkKeyMatches(certificates->first(), *privateKey).ok());
    QVERIFY(TlsMaterial::checkChain(*certificates, *authorities).ok());

    QCOMPARE(certificates->first().notAfter, QDateTime(QDate(2036, 11, 30), QTime(15, 27, 34), Qt::UTC));
    const TlsFinding finding = TlsMaterial::checkValidity(certificates->first(), QDateTime::currentDateTimeUtc());
    QCOMPARE(finding.severity, TlsFinding::Severity::Info);
    QVERIFY(finding.message.contains(QLatin1String("2036-11-30T15:27:34Z")));
}

QTEST_GUILESS_MAIN(TestTlsMaterial)
#include "tst_tlsmaterial.moc"
