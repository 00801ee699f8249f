#pragma once

#include <optional>
#include <utility>
#include <variant>

#include <QString>

namespace Util {

/// A user-readable failure: a translated message, optionally located in a file.
struct Error
{
    QString message;
    QString file; ///< empty when the error is not about a file
    int line = 0; ///< 1-based; 0 when unknown
    int column = 0;

    /// "file:line:column: message", leaving out the parts that are unknown.
    QString toString() const;
};

/// The outcome of a fallible call: either a value or an Error. Never throws across Qt boundaries.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Result of a call that yields nothing but may fail.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(const QString &message)
{
    return Error{message, {}, 0, 0};
}

} // namespace Util
