#include "modules/report_in/period.h"

#include <gtest/gtest.h>

namespace linli::report_in {
namespace {

TEST(Period, DaysAreUtcDays) {
  EXPECT_EQ(DayStartMs("1970-01-01"), 0);
  EXPECT_EQ(DayStartMs("1970-01-02"), 86400000);
  EXPECT_EQ(DayStartMs("2024-03-01") - DayStartMs("2024-02-28"), 2 * 86400000);  // leap year
  EXPECT_EQ(DateOf(DayStartMs("2026-12-31") + 86399999), "2026-12-31");
  EXPECT_EQ(DateOf(DayStartMs("2026-12-31") + 86400000), "2027-01-01");
}

TEST(Period, AYearRunsFromItsFirstDayToTheNextYearsFirst) {
  const Year y = YearOf(2025);
  EXPECT_EQ(y.first_day, "2025-01-01");
  EXPECT_EQ(y.last_day, "2025-12-31");
  EXPECT_EQ(y.start_ms, DayStartMs("2025-01-01"));
  EXPECT_EQ(y.end_ms, DayStartMs("2026-01-01"));
  EXPECT_EQ(y.end_ms - y.start_ms, int64_t{365} * 86400000);
}

}  // namespace
}  // namespace linli::report_in
