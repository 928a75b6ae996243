#include "core/personal_data.h"

#include <gtest/gtest.h>

namespace linli {
namespace {

TEST(IdNumber, AcceptsValidCheckCharacters) {
  // 11010519491231002X is the standard's own example.
  EXPECT_TRUE(ValidIdNumber("11010519491231002X"));
  EXPECT_EQ(IdNumberCheckChar("11010519491231002"), 'X');
}

TEST(IdNumber, RejectsWrongInput) {
  struct Case {
    const char* id;
    const char* why;
  } cases[] = {
      {"110105194912310021", "wrong check digit"},
      {"11010519491331002X", "month 13"},
      {"11010519490230002X", "February 30"},
      {"1101051949123100", "too short"},
      {"11010519491231002XX", "too long"},
      {"11010A19491231002X", "letter in the digits"},
      {"", "empty"},
  };
  for (const auto& c : cases) EXPECT_FALSE(ValidIdNumber(c.id)) << c.why;
}

TEST(Masks, KeepOnlyTheAllowedCharacters) {
  EXPECT_EQ(MaskIdNumber("11010519491231002X"), "110105********002X");
  EXPECT_EQ(MaskPhone("13812345678"), "138****5678");
  EXPECT_EQ(MaskPhone("123"), "***");
}

TEST(Phone, Validates) {
  EXPECT_TRUE(ValidPhone("13812345678"));
  EXPECT_FALSE(ValidPhone("23812345678"));
  EXPECT_FALSE(ValidPhone("1381234567"));
  EXPECT_FALSE(ValidPhone("1381234567a"));
}

}  // namespace
}  // namespace linli
