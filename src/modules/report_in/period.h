// Periods the module counts in: a calendar year, or "up to a date", in the local calendar
// (core/clock.h: LocalDate, LocalDayStartMs).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/clock.h"

namespace linli::report_in {

// The years the module accepts.
constexpr int64_t kFirstYear = 2000;
constexpr int64_t kLastYear = 2999;

struct Year {
  int64_t year = 0;
  std::string first_day;  // "YYYY-01-01"
  std::string last_day;   // "YYYY-12-31"
  int64_t start_ms = 0;   // of the first day
  int64_t end_ms = 0;     // of the first day of the next year (exclusive)
};
Year YearOf(int64_t year);

}  // namespace linli::report_in
