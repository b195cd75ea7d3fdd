// Result<T>: a value or a Diagnostic (GCC 12 has no std::expected).
#pragma once

#include "core/diagnostic.h"

#include <utility>
#include <variant>

namespace teipress {

template <class T> class Result {
  public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Diagnostic error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    // The value; only valid when ok().
    T& value() { return std::get<T>(m_v); }
    const T& value() const { return std::get<T>(m_v); }
    T& operator*() { return value(); }
    T* operator->() { return &value(); }
    // The error; only valid when !ok().
    const Diagnostic& error() const { return std::get<Diagnostic>(m_v); }

  private:
    std::variant<T, Diagnostic> m_v;
};

// For operations that return nothing but may fail.
struct Unit {};
using Status = Result<Unit>;
inline Status ok_status() {
    return Unit{};
}

} // namespace teipress
