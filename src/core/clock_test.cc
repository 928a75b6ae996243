#include "core/clock.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <ctime>
#include <string>

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

// The C library's reading of a time, as FormatTime wrote it before it computed the date itself.
std::string ByGmtime(int64_t ms) {
  const auto secs = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                static_cast<int>(ms % 1000));
  return buf;
}

TEST(FormatTime, AgreesWithTheCLibrary) {
  EXPECT_EQ(FormatTime(0), "1970-01-01T00:00:00.000Z");
  EXPECT_EQ(FormatTime(int64_t{1767225599999}), "2025-12-31T23:59:59.999Z");
  EXPECT_EQ(FormatTime(int64_t{951782400000}), "2000-02-29T00:00:00.000Z");
  EXPECT_EQ(FormatTime(int64_t{253402300799999}), "9999-12-31T23:59:59.999Z");
  // Every day from 1970 to 2100 at a time that moves through the hours, and a spread beyond.
  for (int64_t ms = 0; ms < int64_t{4102444800000}; ms += kMsPerDay + 3'599'937) {
    ASSERT_EQ(FormatTime(ms), ByGmtime(ms)) << ms;
  }
  for (int64_t ms = 0; ms < int64_t{253402300800000}; ms += int64_t{86'399'999'937} * 7) {
    ASSERT_EQ(FormatTime(ms), ByGmtime(ms)) << ms;
  }
}

}  // namespace
}  // namespace linli
