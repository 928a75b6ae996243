// Periods the module counts in: a calendar year, or "up to a date". Days are UTC days, as the
// server stamps events (core/clock.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace linli::report_in {

constexpr int64_t kMsPerDay = int64_t{86400} * 1000;
// The years the module accepts.
constexpr int64_t kFirstYear = 2000;
constexpr int64_t kLastYear = 2999;

// Milliseconds at the start of the UTC day "YYYY-MM-DD". REQUIRES: ValidDate(date).
int64_t DayStartMs(std::string_view date);
// The UTC date of a server time.
std::string DateOf(int64_t ms);

struct Year {
  int64_t year = 0;
  std::string first_day;  // "YYYY-01-01"
  std::string last_day;   // "YYYY-12-31"
  int64_t start_ms = 0;   // of the first day
  int64_t end_ms = 0;     // of the first day of the next year (exclusive)
};
Year YearOf(int64_t year);

}  // namespace linli::report_in
