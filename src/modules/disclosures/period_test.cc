#include "modules/disclosures/period.h"

#include <gtest/gtest.h>

namespace linli::disclosures {
namespace {

TEST(DisclosurePeriod, NamesMonthsQuartersHalvesAndYears) {
  auto m = ParsePeriod("2024-02");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->months, 1);
  EXPECT_EQ(m->first_day, "2024-02-01");
  EXPECT_EQ(m->last_day, "2024-02-29");  // a leap year
  EXPECT_EQ(ParsePeriod("2026-02")->last_day, "2026-02-28");
  auto q = ParsePeriod("2026-Q3");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->months, 3);
  EXPECT_EQ(q->first_day, "2026-07-01");
  EXPECT_EQ(q->last_day, "2026-09-30");
  EXPECT_EQ(ParsePeriod("2026-Q4")->last_day, "2026-12-31");
  auto h = ParsePeriod("2026-H1");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->months, 6);
  EXPECT_EQ(h->last_day, "2026-06-30");
  auto y = ParsePeriod("2026");
  ASSERT_TRUE(y);
  EXPECT_EQ(y->months, 12);
  EXPECT_EQ(y->first_day, "2026-01-01");
  EXPECT_EQ(y->last_day, "2026-12-31");
}

TEST(DisclosurePeriod, RefusesWhatNamesNoPeriod) {
  for (const char* bad :
       {"", "26", "1999", "3000", "2026-", "2026-00", "2026-13", "2026-1", "2026-Q0", "2026-Q5",
        "2026-H3", "2026-q1", "2026-10-01", "abcd", "2026/10", "+026-10", "2026-Q"}) {
    EXPECT_FALSE(ParsePeriod(bad)) << bad;
  }
}

}  // namespace
}  // namespace linli::disclosures
