#pragma once

#include <QList>
#include <QString>

#include "jobs/job.h"
#include "oci/connectionsettings.h"

class QThread;

namespace Oci {

class RegistryStore;

/// The PaletteAI compatibility check: proves that a registry can carry PaletteAI's artifacts before it
/// goes into a topology. It reaches `/v2/`, authenticates, pushes a small probe artifact with media types
/// of its own and an `artifactType`, reads it back byte for byte, lists tags, attaches and finds a referrer
/// (referrers API or the tag fallback) and deletes the probe where the registry allows it. Each step is
/// reported as passed, failed or skipped, with the registry's own words when it failed.
class CompatibilityCheck final : public Jobs::Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompatibilityCheck)

public:
    enum class Outcome { Passed, Failed, Skipped };
    Q_ENUM(Outcome)

    struct Step
    {
        QString id;    ///< stable identifier: reach, authenticate, push, read-back, tags, referrers, delete
        QString title; ///< translated
        Outcome outcome = Outcome::Skipped;
        QString detail; ///< what happened, the registry's words on failure
        /// Failed without any HTTP answer (refused connection, DNS, TLS): nothing is known about the registry.
        bool unanswered = false;
    };

    /// \a registry is `host[:port]`; the probe goes to \a repository inside it.
    CompatibilityCheck(const QString &registry, const QString &repository, const ConnectionSettings &settings,
                       QObject *parent = nullptr);
    ~CompatibilityCheck() override;

    QString registry() const { return m_registry; }
    QString repository() const { return m_repository; }
    /// The steps in the order they ran (complete once the job has finished).
    QList<Step> steps() const { return m_steps; }

    /// Whether the first step, reaching `/v2/`, failed without an HTTP answer: the registry could not be
    /// reached, so its compatibility is unknown rather than disproved.
    bool unreachable() const;
    /// Whether the registry answered but refused the credentials (or asked for some and none were given):
    /// the steps that prove compatibility never ran, so it is unknown rather than disproved.
    bool authenticationFailed() const;

    static QString outcomeName(Outcome outcome);

protected:
    void run() override;

private:
    class Probe;

    void record(const Step &step);
    void complete();

    QString m_registry;
    QString m_repository;
    ConnectionSettings m_settings;
    QList<Step> m_steps;
    QThread *m_thread = nullptr;
};

} // namespace Oci
