#include "modules/report_in/period.h"

#include <gtest/gtest.h>

namespace linli::report_in {
namespace {

TEST(Period, AYearTurnsAtMidnightInChina) {
  // 2025-12-31T16:00:00Z is the first instant of 2026 in China Standard Time.
  EXPECT_EQ(YearOf(2026).start_ms, int64_t{1767196800000});
  EXPECT_EQ(LocalDate(YearOf(2026).start_ms - 1), "2025-12-31");
}

TEST(Period, AYearRunsFromItsFirstDayToTheNextYearsFirst) {
  const Year y = YearOf(2025);
  EXPECT_EQ(y.first_day, "2025-01-01");
  EXPECT_EQ(y.last_day, "2025-12-31");
  EXPECT_EQ(y.start_ms, LocalDayStartMs("2025-01-01"));
  EXPECT_EQ(y.end_ms, LocalDayStartMs("2026-01-01"));
  EXPECT_EQ(y.end_ms - y.start_ms, int64_t{365} * 86400000);
}

}  // namespace
}  // namespace linli::report_in
