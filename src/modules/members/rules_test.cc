#include "modules/members/rules.h"

#include <gtest/gtest.h>

namespace linli::members {
namespace {

constexpr int64_t kYuan = 100;  // fen

// The brackets as the issue gives them, at each boundary and one fen either side.
TEST(DuesBrackets, InServiceBoundaries) {
  const MembersRules rules;
  struct Case {
    int64_t income_fen;
    int64_t due_fen;
  } cases[] = {
      {0, 0},
      {1000 * kYuan, 500},         // 0.5% of 1000 yuan: 5 yuan
      {3000 * kYuan, 1500},        // 3000 is in the first bracket (inclusive): 15 yuan
      {3000 * kYuan + 1, 3000},    // 3000.01 at 1%: 30.0001 yuan, rounded to 30 yuan
      {5000 * kYuan, 5000},        // 5000 at 1%: 50 yuan
      {5000 * kYuan + 1, 7500},    // 5000.01 at 1.5%: 75.00015 yuan
      {10000 * kYuan, 15000},      // 10000 at 1.5%: 150 yuan
      {10000 * kYuan + 1, 20000},  // 10000.01 at 2%: 200.0002 yuan
      {25000 * kYuan, 50000},      // 25000 at 2%: 500 yuan
      {4321 * kYuan + 55, 4322},   // 4321.55 at 1%: 43.2155 yuan, half up to 43.22
      {1234 * kYuan + 10, 617},    // 1234.10 at 0.5%: 6.1705 yuan, half up to 6.17
  };
  for (const auto& c : cases) {
    EXPECT_EQ(MonthlyDueFen(rules, "in_service", c.income_fen), c.due_fen) << c.income_fen;
  }
}

TEST(DuesBrackets, RetiredBoundariesAndFlatCategories) {
  const MembersRules rules;
  EXPECT_EQ(MonthlyDueFen(rules, "retired", 5000 * kYuan), 2500);      // 0.5%: 25 yuan
  EXPECT_EQ(MonthlyDueFen(rules, "retired", 5000 * kYuan + 1), 5000);  // 1%: 50 yuan
  EXPECT_EQ(MonthlyDueFen(rules, "retired", 2000 * kYuan), 1000);
  // Students and allowance recipients: 0.2 yuan a month, whatever the income.
  EXPECT_EQ(MonthlyDueFen(rules, "student", 0), 20);
  EXPECT_EQ(MonthlyDueFen(rules, "allowance", 900 * kYuan), 20);
}

TEST(DuesBrackets, ConfiguredBracketsReplaceTheDefaults) {
  MembersRules rules;
  rules.in_service = {{100000, 100}, {0, 300}};
  rules.flat_fen = 50;
  EXPECT_EQ(MonthlyDueFen(rules, "in_service", 100000), 1000);
  EXPECT_EQ(MonthlyDueFen(rules, "in_service", 100001), 3000);
  EXPECT_EQ(MonthlyDueFen(rules, "student", 0), 50);
}

TEST(TransferLetters, ByMonthsAway) {
  const MembersRules rules;
  EXPECT_EQ(LetterFor(rules, 1), "none");
  EXPECT_EQ(LetterFor(rules, 3), "none");
  EXPECT_EQ(LetterFor(rules, 4), "certificate");
  EXPECT_EQ(LetterFor(rules, 6), "certificate");
  EXPECT_EQ(LetterFor(rules, 7), "transfer");
  EXPECT_EQ(LetterFor(rules, std::nullopt), "transfer");
  MembersRules other;
  other.no_letter_max_months = 1;
  other.certificate_max_months = 12;
  EXPECT_EQ(LetterFor(other, 2), "certificate");
  EXPECT_EQ(LetterFor(other, 12), "certificate");
}

TEST(Calendar, MonthsAndProbation) {
  EXPECT_EQ(AddMonthsToDate("2025-03-15", 12), "2026-03-15");
  EXPECT_EQ(AddMonthsToDate("2024-02-29", 12), "2025-02-28");
  EXPECT_EQ(AddMonthsToDate("2025-08-31", 6), "2026-02-28");
  EXPECT_TRUE(ValidMonth("2026-01"));
  EXPECT_TRUE(ValidMonth("2026-12"));
  EXPECT_FALSE(ValidMonth("2026-13"));
  EXPECT_FALSE(ValidMonth("2026-00"));
  EXPECT_FALSE(ValidMonth("2026-1"));
  EXPECT_FALSE(ValidMonth("20261-1"));
  EXPECT_EQ(AddMonths("2025-12", 1), "2026-01");
  EXPECT_EQ(AddMonths("2026-01", -1), "2025-12");
  EXPECT_EQ(MonthsFromTo("2025-11", "2026-02"),
            (std::vector<std::string>{"2025-11", "2025-12", "2026-01", "2026-02"}));
  EXPECT_TRUE(MonthsFromTo("2026-02", "2026-01").empty());
}

}  // namespace
}  // namespace linli::members
