#pragma once

#include <functional>
#include <memory>

#include <QSet>
#include <QString>

#include "jobs/job.h"
#include "oci/contentstore.h"
#include "oci/digest.h"
#include "util/result.h"

namespace Oci {

/// Copies an artifact and everything it reaches from one ContentStore to another, as a graph: indexes,
/// their manifests, configs and layers, then the referrers of each manifest. Children go before parents so
/// that a destination never holds a manifest whose content is missing; every blob is copied once; what the
/// destination has already is skipped; blobs within one registry are mounted instead of transferred.
///
/// The work runs on its own thread. The stores are made there by the factories passed in (a registry store
/// owns network objects that must live on the thread that uses them). Progress is in bytes.
class CopyJob final : public Jobs::Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyJob)

public:
    using StoreFactory = std::function<Util::Result<std::unique_ptr<ContentStore>>()>;

    struct Options
    {
        /// Tag or digest to copy from the source.
        QString sourceReference;
        /// Tag to give the copy; empty keeps the source tag (nothing when the source was a digest).
        QString destinationTag;
        bool includeReferrers = true;
    };

    /// Counts of what a finished copy did.
    struct Summary
    {
        Digest rootDigest;
        int manifestsCopied = 0;
        int blobsCopied = 0;
        int blobsSkipped = 0;
        int blobsMounted = 0;
        qint64 bytesTransferred = 0;
    };

    CopyJob(StoreFactory source, StoreFactory destination, const Options &options, QObject *parent = nullptr);
    ~CopyJob() override;

    /// Valid once the job has succeeded.
    Summary summary() const { return m_summary; }

protected:
    void run() override;

private:
    class Worker;

    void report(const QString &line);
    void reportProgress(qint64 done, qint64 total);
    void complete(const Util::Result<Summary> &result);

    StoreFactory m_sourceFactory;
    StoreFactory m_destinationFactory;
    Options m_options;
    Summary m_summary;
    QThread *m_thread = nullptr;
};

} // namespace Oci
