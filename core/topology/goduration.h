#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include "util/result.h"

namespace Topology {

/// A duration written the way Go's time.ParseDuration reads it: `60s`, `1m30s`, `500ms`, `1.5h`.
/// The Helm chart's `timeout` and Flux take this syntax, so the console accepts exactly it.
class GoDuration final
{
    Q_DECLARE_TR_FUNCTIONS(Topology::GoDuration)

public:
    GoDuration() = default;
    static GoDuration fromNanoseconds(qint64 nanoseconds);

    /// Parses \a text with Go's rules: an optional sign, then one or more decimal numbers each followed by a
    /// unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`); a bare `0` is allowed. Overflow is an error.
    static Util::Result<GoDuration> parse(const QString &text);

    qint64 nanoseconds() const { return m_nanoseconds; }
    /// Whole milliseconds, rounded towards zero.
    qint64 milliseconds() const { return m_nanoseconds / 1'000'000; }
    bool isPositive() const { return m_nanoseconds > 0; }

    /// The canonical Go spelling, e.g. `1m30s`, `500ms`, `0s`.
    QString toString() const;

    friend bool operator==(GoDuration a, GoDuration b) { return a.m_nanoseconds == b.m_nanoseconds; }
    friend bool operator<(GoDuration a, GoDuration b) { return a.m_nanoseconds < b.m_nanoseconds; }

private:
    qint64 m_nanoseconds = 0;
};

} // namespace Topology
