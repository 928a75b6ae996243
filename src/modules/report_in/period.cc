#include "modules/report_in/period.h"

#include <fmt/format.h>

#include "core/clock.h"

namespace linli::report_in {

Year YearOf(int64_t year) {
  Year y;
  y.year = year;
  y.first_day = fmt::format("{:04}-01-01", year);
  y.last_day = fmt::format("{:04}-12-31", year);
  y.start_ms = LocalDayStartMs(y.first_day);
  y.end_ms = LocalDayStartMs(fmt::format("{:04}-01-01", year + 1));
  return y;
}

}  // namespace linli::report_in
