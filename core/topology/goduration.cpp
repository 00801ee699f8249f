#include "goduration.h"

#include <limits>

#include <QCoreApplication>

namespace Topology {

namespace {

Util::Error durationError(const QString &text, const QString &reason)
{
    // An explicit context: lupdate would take this helper for a member of Util.
    return Util::makeError(QCoreApplication::translate("Topology", "duration '%1': %2").arg(text, reason));
}

constexpr qint64 nanosecond = 1;
constexpr qint64 microsecond = 1000 * nanosecond;
constexpr qint64 millisecond = 1000 * microsecond;
constexpr qint64 second = 1000 * millisecond;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;

qint64 unitScale(QStringView unit)
{
    if (unit == u"ns")
        return nanosecond;
    if (unit == u"us" || unit == u"\u00b5s" || unit == u"\u03bcs")
        return microsecond;
    if (unit == u"ms")
        return millisecond;
    if (unit == u"s")
        return second;
    if (unit == u"m")
        return minute;
    if (unit == u"h")
        return hour;
    return 0;
}

// One "<number><unit>" element, e.g. "1.5h", converted to nanoseconds. Go keeps the fraction exact by
// scaling it separately; so do we, truncating below a nanosecond as Go does.
struct Element
{
    quint64 whole = 0;
    quint64 fraction = 0;
    quint64 fractionScale = 1;
    bool overflow = false;
};

Element readNumber(QStringView text, qsizetype &pos)
{
    Element element;
    constexpr quint64 limit = quint64(std::numeric_limits<qint64>::max());
    while (pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 128) {
        const quint64 digit = quint64(text[pos].unicode() - u'0');
        if (element.whole > (limit - digit) / 10)
            element.overflow = true;
        else
            element.whole = element.whole * 10 + digit;
        ++pos;
    }
    if (pos < text.size() && text[pos] == u'.') {
        ++pos;
        while (pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 128) {
            // Digits beyond nanosecond precision of the largest unit do not change the result.
            if (element.fractionScale < 1'000'000'000'000'000ULL) {
                element.fraction = element.fraction * 10 + quint64(text[pos].unicode() - u'0');
                element.fractionScale *= 10;
            }
            ++pos;
        }
    }
    return element;
}

// The "<number><unit>" element at \a pos in nanoseconds; \a pos moves past it.
Util::Result<quint64> readElement(const QString &text, QStringView rest, qsizetype &pos)
{
    constexpr quint64 limit = quint64(std::numeric_limits<qint64>::max());
    const qsizetype numberStart = pos;
    const Element element = readNumber(rest, pos);
    const QStringView number = rest.mid(numberStart, pos - numberStart);
    if (number.isEmpty() || number == u".")
        return durationError(text, GoDuration::tr("expected a number at '%1'").arg(rest.mid(numberStart).toString()));

    const qsizetype unitStart = pos;
    while (pos < rest.size() && !rest[pos].isDigit() && rest[pos] != u'.')
        ++pos;
    const QStringView unit = rest.mid(unitStart, pos - unitStart);
    if (unit.isEmpty()) {
        return durationError(
            text,
            GoDuration::tr("'%1' has no unit; add one of ns, us, ms, s, m, h (e.g. '%1s')").arg(number.toString()));
    }
    const qint64 scale = unitScale(unit);
    if (scale == 0)
        return durationError(text, GoDuration::tr("unknown unit '%1'; use ns, us, ms, s, m or h").arg(unit.toString()));

    if (element.overflow || element.whole > limit / quint64(scale))
        return durationError(text, GoDuration::tr("is too large"));
    quint64 value = element.whole * quint64(scale);
    value += quint64(double(element.fraction) * (double(scale) / double(element.fractionScale)));
    if (value > limit)
        return durationError(text, GoDuration::tr("is too large"));
    return value;
}

// \a value in \a unit with up to nine decimals and no trailing zeros, as Go writes durations under a second.
QString fractionalText(quint64 value, quint64 unit)
{
    QString number = QString::number(double(value) / double(unit), 'f', 9);
    while (number.endsWith(QLatin1Char('0')))
        number.chop(1);
    if (number.endsWith(QLatin1Char('.')))
        number.chop(1);
    return number;
}

// The seconds part of a duration of a second or more, e.g. "30" or "1.5".
QString secondsText(quint64 nanoseconds)
{
    QString seconds = QString::number(nanoseconds / quint64(second));
    if (const quint64 rest = nanoseconds % quint64(second)) {
        QString digits = QString::number(rest).rightJustified(9, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        seconds += QLatin1Char('.') + digits;
    }
    return seconds;
}

} // namespace

GoDuration GoDuration::fromNanoseconds(qint64 nanoseconds)
{
    GoDuration duration;
    duration.m_nanoseconds = nanoseconds;
    return duration;
}

Util::Result<GoDuration> GoDuration::parse(const QString &text)
{
    QStringView rest(text);
    if (rest.isEmpty())
        return durationError(text, tr("is empty; write e.g. '60s', '1m30s' or '500ms'"));

    bool negative = false;
    if (rest.front() == u'-' || rest.front() == u'+') {
        negative = rest.front() == u'-';
        rest = rest.mid(1);
    }
    if (rest == u"0")
        return fromNanoseconds(0);
    if (rest.isEmpty())
        return durationError(text, tr("has a sign but no number"));

    constexpr quint64 limit = quint64(std::numeric_limits<qint64>::max());
    quint64 total = 0;
    qsizetype pos = 0;
    while (pos < rest.size()) {
        const Util::Result<quint64> value = readElement(text, rest, pos);
        if (!value)
            return value.error();
        if (total > limit - *value)
            return durationError(text, tr("is too large"));
        total += *value;
    }
    return fromNanoseconds(negative ? -qint64(total) : qint64(total));
}

QString GoDuration::toString() const
{
    if (m_nanoseconds == 0)
        return QStringLiteral("0s");

    const bool negative = m_nanoseconds < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_nanoseconds) : quint64(m_nanoseconds);
    const QString sign = negative ? QStringLiteral("-") : QString();

    // Below a second Go picks the largest unit that keeps the number at least 1, with a fraction.
    if (magnitude < quint64(microsecond))
        return sign + QString::number(magnitude) + QLatin1String("ns");
    if (magnitude < quint64(millisecond))
        return sign + fractionalText(magnitude, quint64(microsecond)) + QStringLiteral("\u00b5s");
    if (magnitude < quint64(second))
        return sign + fractionalText(magnitude, quint64(millisecond)) + QLatin1String("ms");

    const quint64 hours = magnitude / quint64(hour);
    const quint64 minutes = magnitude % quint64(hour) / quint64(minute);
    const QString seconds = secondsText(magnitude % quint64(minute));

    QString result = sign;
    if (hours > 0)
        result += QString::number(hours) + QLatin1Char('h');
    if (hours > 0 || minutes > 0)
        result += QString::number(minutes) + QLatin1Char('m');
    return result + seconds + QLatin1Char('s');
}

} // namespace Topology
