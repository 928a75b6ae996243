// Small helpers for the module's JSON: optional values become null.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <boost/json/value.hpp>

#include "core/clock.h"

namespace linli::report_in {

inline boost::json::value OptJson(const std::optional<std::string>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}
inline boost::json::value OptTime(const std::optional<int64_t>& ms) {
  return ms ? boost::json::value(FormatTime(*ms)) : boost::json::value(nullptr);
}

}  // namespace linli::report_in
