#include "core/clock.h"

#include <gtest/gtest.h>

namespace linli {
namespace {

TEST(LocalCalendar, DaysTurnAtMidnightInChina) {
  // 2025-12-31T16:00:00Z is midnight on 2026-01-01 in China.
  EXPECT_EQ(LocalDate(int64_t{1767196800000}), "2026-01-01");
  EXPECT_EQ(LocalDate(int64_t{1767196799000}), "2025-12-31");
  EXPECT_EQ(LocalDayStartMs("2026-01-01"), int64_t{1767196800000});
  EXPECT_EQ(LocalDayStartMs("1970-01-01"), -kLocalOffsetMs);
  EXPECT_EQ(LocalDayStartMs("2024-03-01") - LocalDayStartMs("2024-02-28"), 2 * kMsPerDay);
}

TEST(LocalCalendar, RoundTrips) {
  for (const char* d : {"2000-02-29", "2025-12-31", "2026-01-01", "2099-07-15"}) {
    EXPECT_EQ(LocalDate(LocalDayStartMs(d)), d);
    EXPECT_EQ(LocalDate(LocalDayStartMs(d) + kMsPerDay - 1), d);
  }
}

}  // namespace
}  // namespace linli
