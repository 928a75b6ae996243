#include "modules/report_in/hours.h"

#include <cmath>

namespace linli::report_in {

std::optional<int64_t> MinutesOfHours(const boost::json::value& hours) {
  double h = 0;
  if (hours.is_int64()) {
    h = static_cast<double>(hours.as_int64());
  } else if (hours.is_uint64()) {
    h = static_cast<double>(hours.as_uint64());
  } else if (hours.is_double()) {
    h = hours.as_double();
  } else {
    return std::nullopt;
  }
  if (!std::isfinite(h) || h <= 0 || h * kMinutesPerHour > static_cast<double>(kMaxMinutesPerDay)) {
    return std::nullopt;
  }
  const double minutes = h * kMinutesPerHour;
  const auto whole = static_cast<int64_t>(std::llround(minutes));
  if (std::fabs(minutes - static_cast<double>(whole)) > 1e-9 || whole % kMinuteStep != 0) {
    return std::nullopt;
  }
  return whole;
}

double HoursOf(int64_t minutes) {
  return static_cast<double>(minutes) / static_cast<double>(kMinutesPerHour);
}

}  // namespace linli::report_in
