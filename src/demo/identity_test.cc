#include "demo/identity.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

#include "core/personal_data.h"
#include "demo/rng.h"

namespace linli::demo {
namespace {

TEST(DemoRngTest, IsTheStandardEngineMappedWithModulo) {
  // The first output of std::mt19937_64 seeded with 5489 is fixed by the standard:
  // 14514284786278117030.
  DemoRng rng(5489);
  EXPECT_EQ(rng.Below(1000), 30);
}

TEST(DemoRngTest, StaysInRange) {
  DemoRng rng(7);
  for (int i = 0; i < 1000; ++i) {
    const int v = rng.Between(3, 6);
    EXPECT_GE(v, 3);
    EXPECT_LE(v, 6);
  }
}

TEST(IdentityMakerTest, IdNumbersAreValidDistinctAndAgreeWithTheAge) {
  DemoRng rng(11);
  IdentityMaker maker;
  std::set<std::string> ids;
  for (int i = 0; i < 2000; ++i) {
    const int age = i % 100;
    const bool male = i % 3 == 0;
    const Identity who = maker.Make(rng, "451102", age, male, "黄");
    ASSERT_TRUE(ValidIdNumber(who.id_number)) << who.id_number;
    EXPECT_TRUE(ids.insert(who.id_number).second) << who.id_number;
    EXPECT_EQ(who.id_number.substr(0, 6), "451102");
    EXPECT_EQ((who.id_number[16] - '0') % 2 == 1, male);
    // Age on 1 July of the reference year.
    const int year = std::stoi(who.birth_date.substr(0, 4));
    const int month = std::stoi(who.birth_date.substr(5, 2));
    EXPECT_EQ(kAsOfYear - year - (month > 6 ? 1 : 0), age) << who.birth_date;
    EXPECT_EQ(
        who.id_number.substr(6, 8),
        who.birth_date.substr(0, 4) + who.birth_date.substr(5, 2) + who.birth_date.substr(8, 2));
    EXPECT_EQ(who.name.rfind("黄", 0), 0u);
    if (who.phone) {
      EXPECT_TRUE(ValidPhone(*who.phone)) << *who.phone;
    }
    if (age < 16) {
      EXPECT_FALSE(who.phone);
    }
  }
}

TEST(IdentityMakerTest, SameSeedSameIdentities) {
  DemoRng a(3), b(3);
  IdentityMaker ma, mb;
  for (int i = 0; i < 50; ++i) {
    const Identity x = ma.Make(a, "229901", 40, true, "王");
    const Identity y = mb.Make(b, "229901", 40, true, "王");
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.id_number, y.id_number);
    EXPECT_EQ(x.phone, y.phone);
  }
}

}  // namespace
}  // namespace linli::demo
