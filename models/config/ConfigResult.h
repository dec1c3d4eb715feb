#pragma once

#include "config/ConfigError.h"

#include <optional>
#include <utility>

namespace fleetdeck {

/// Either a value or a ConfigError (std::expected is C++23; we build as C++20).
template <typename T> class ConfigResult
{
public:
    ConfigResult(T value) : m_value(std::move(value)) {}
    ConfigResult(ConfigError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    /// The value; calling these on an error throws std::bad_optional_access.
    const T& value() const& { return m_value.value(); }
    T& value() & { return m_value.value(); }
    T&& value() && { return std::move(m_value.value()); }
    const T& operator*() const& { return m_value.value(); }
    const T* operator->() const { return &m_value.value(); }

    /// The error; meaningful only when !ok().
    const ConfigError& error() const { return m_error; }

private:
    std::optional<T> m_value;
    ConfigError m_error;
};

inline ConfigError configError(ConfigError::Kind kind, QString message, int line = 0)
{
    return ConfigError{kind, std::move(message), line};
}

} // namespace fleetdeck
