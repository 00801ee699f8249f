#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QList>
#include <QString>
#include <QStringList>

#include "exportplan.h"
#include "util/result.h"
#include "valuesreport.h"

namespace Helm {

/// One Kubernetes Secret manifest, ready to be written to `<directory>/<fileName>`.
struct SecretManifest
{
    QString name;
    QString fileName; ///< `<name>.yaml`
    QByteArray text;
};

/// Renders the Secrets an export plan refers to, in the hub's release namespace:
/// - basic auth: type `kubernetes.io/dockerconfigjson` with `.dockerconfigjson` (auths → registry host →
///   username, password, auth) and also `username` and `password`, which the chart's consumers read;
/// - proxy: `address`, `username`, `password`;
/// - TLS: `ca.crt`, `tls.crt`, `tls.key`.
/// Values go under `stringData` so the files read as plain text, like the values they came from.
/// A Secret whose values are not all known in memory is not rendered; the report says what to fill in.
class SecretWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Helm::SecretWriter)

public:
    struct Output
    {
        QList<SecretManifest> manifests;
        ValuesReport report;
    };

    static Output render(const ExportPlan &plan);

    /// Creates \a directory when needed and writes every manifest atomically (staged, flushed, renamed over the
    /// old file), readable by the owner only. Returns the paths written; on an error the staged files are
    /// removed.
    static Util::Result<QStringList> writeAll(const QList<SecretManifest> &manifests, const QString &directory);

private:
    static Util::Result<QStringList> stage(const QList<SecretManifest> &manifests, const QDir &target);
    static bool flushFileSystem(const QString &directory);
    static Util::Result<QStringList> replaceTargets(const QList<SecretManifest> &manifests, const QStringList &staged,
                                                    const QDir &target);
    static void removeAll(const QStringList &paths);
    static QStringList missingValues(const SecretRequest &request);
    static QByteArray renderOne(const SecretRequest &request, const QString &releaseNamespace);
};

} // namespace Helm
