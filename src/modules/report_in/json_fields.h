// An optional text as a JSON value, null when absent (event summaries, printed forms' fields).
#pragma once

#include <optional>
#include <string>

#include <boost/json/value.hpp>

namespace linli::report_in {

inline boost::json::value OptJson(const std::optional<std::string>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}

}  // namespace linli::report_in
