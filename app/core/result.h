// Errors a user can cause are values, not exceptions: every fallible
// operation of the core and storage libraries returns Result<T>.
#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace tiepdan {

// Error categories map one-to-one onto receptionctl exit codes (docs/cli.md).
enum class ErrorCode {
    InvalidInput = 3, // a field the user typed is wrong
    NotFound = 4,     // no such ticket, record, session...
    Conflict = 5,     // state does not allow it (full session, wrong queue state)
    Config = 6,       // configuration missing or invalid
    Storage = 7,      // database unavailable, disk full, newer schema...
    Integrity = 8,    // audit chain broken, database corrupt
    Forged = 9,       // a signature did not verify
    Crypto = 10,      // key missing/unreadable, unseal failed
    Denied = 11,      // not signed in, wrong PIN, locked out, or the role may not
    Unavailable = 12, // a service on the network (the office hub) did not answer
};

struct Error {
    ErrorCode code = ErrorCode::InvalidInput;
    QString message; // plain words for the user; never contains sealed data
    QString field;   // the input field or config key concerned, if any

    static Error invalid(QString field, QString message)
    {
        return {ErrorCode::InvalidInput, std::move(message), std::move(field)};
    }
    static Error make(ErrorCode code, QString message) { return {code, std::move(message), {}}; }
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// Result<void>
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_e(std::move(error)) {}
    bool ok() const { return !m_e.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_e; }

private:
    std::optional<Error> m_e;
};

using Status = Result<void>;

} // namespace tiepdan
