#include "modules/org_life/periods.h"

#include <gtest/gtest.h>

namespace linli::org_life {
namespace {

TEST(OrgLifePeriods, PeriodOfADate) {
  struct Case {
    std::string_view date;
    int months;
    Period want;
  } cases[] = {
      {"2025-02-14", 1, {"2025-02", "2025-02-01", "2025-02-28"}},
      {"2024-02-29", 1, {"2024-02", "2024-02-01", "2024-02-29"}},
      {"2025-05-31", 3, {"2025-Q2", "2025-04-01", "2025-06-30"}},
      {"2025-12-31", 3, {"2025-Q4", "2025-10-01", "2025-12-31"}},
      {"2025-07-01", 6, {"2025-H2", "2025-07-01", "2025-12-31"}},
      {"2025-03-03", 12, {"2025", "2025-01-01", "2025-12-31"}},
      {"2025-04-30", 2, {"2025-B2", "2025-03-01", "2025-04-30"}},
      {"2025-05-01", 4, {"2025-T2", "2025-05-01", "2025-08-31"}},
  };
  for (const auto& c : cases) EXPECT_EQ(PeriodOf(c.date, c.months), c.want) << c.date;
}

TEST(OrgLifePeriods, PeriodsOfAYear) {
  EXPECT_EQ(PeriodsOfYear(2025, 1).size(), 12u);
  EXPECT_EQ(PeriodsOfYear(2025, 3).size(), 4u);
  EXPECT_EQ(PeriodsOfYear(2025, 12).size(), 1u);
  EXPECT_EQ(PeriodsOfYear(2025, 3).back().key, "2025-Q4");
}

TEST(OrgLifePeriods, OnlyPeriodsWhollyInTheRange) {
  auto q = PeriodsWithin("2025-02-01", "2026-03-31", 3);
  ASSERT_EQ(q.size(), 4u);  // Q2, Q3, Q4 of 2025 and Q1 of 2026; not Q1 2025 (cut)
  EXPECT_EQ(q.front().key, "2025-Q2");
  EXPECT_EQ(q.back().key, "2026-Q1");
  EXPECT_TRUE(PeriodsWithin("2025-01-01", "2025-11-30", 12).empty());
  EXPECT_TRUE(PeriodsWithin("2025-03-01", "2025-01-01", 1).empty());
  EXPECT_EQ(PeriodsWithin("2025-01-01", "2025-12-31", 1).size(), 12u);
}

}  // namespace
}  // namespace linli::org_life
