#include "modules/report_in/period.h"

#include <charconv>

#include <fmt/format.h>

#include "core/clock.h"

namespace linli::report_in {
namespace {

constexpr size_t kDateLength = 10;  // "YYYY-MM-DD"

int64_t Number(std::string_view s) {
  int64_t v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
int64_t DaysFromCivil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2 ? 1 : 0;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

int64_t DayStartMs(std::string_view date) {
  return DaysFromCivil(Number(date.substr(0, 4)), Number(date.substr(5, 2)),
                       Number(date.substr(8, 2))) *
         kMsPerDay;
}

std::string DateOf(int64_t ms) { return FormatTime(ms).substr(0, kDateLength); }

Year YearOf(int64_t year) {
  Year y;
  y.year = year;
  y.first_day = fmt::format("{:04}-01-01", year);
  y.last_day = fmt::format("{:04}-12-31", year);
  y.start_ms = DayStartMs(y.first_day);
  y.end_ms = DayStartMs(fmt::format("{:04}-01-01", year + 1));
  return y;
}

}  // namespace linli::report_in
