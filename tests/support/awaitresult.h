#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QDeadlineTimer>

#include "util/result.h"

namespace TestSupport {

/// Runs the event loop until an asynchronous call delivers its result, or the timeout passes (then the
/// result is an error saying so). \a start receives the callback to hand to the asynchronous API.
///
///     auto tags = TestSupport::await<Oci::ListResult>([&](auto done) { return client.listTags("x", &ctx, done); });
template<typename T, typename Start> Util::Result<T> await(Start start, int timeoutMs = 60'000)
{
    std::optional<Util::Result<T>> result;
    start([&result](Util::Result<T> value) { result.emplace(std::move(value)); });
    const QDeadlineTimer deadline(timeoutMs);
    while (!result && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    if (!result)
        return Util::makeError(QStringLiteral("no result within %1 ms").arg(timeoutMs));
    return std::move(*result);
}

} // namespace TestSupport
