#include "modules/appeals/forms.h"

#include "modules/appeals/steps.h"

#include <gtest/gtest.h>

namespace linli::appeals {
namespace {

TEST(AppealForms, NamesTheField) {
  const AppealsConfig config;
  struct Case {
    std::string_view body;
    std::string_view pointer;
  } cases[] = {
      {R"({"channel":"desk","category":"nope","description":"x","area_id":1,"resident_id":1})",
       "/category"},
      {R"({"channel":"fax","category":"ordinary","description":"x","area_id":1})", "/channel"},
      {R"({"channel":"online","category":"ordinary","description":"x"})", "/area_id"},
      {R"({"channel":"online","category":"ordinary","description":"x","point":{"lng":200,"lat":1,"grid_id":1}})",
       "/point/lng"},
      {R"({"channel":"desk","category":"ordinary","description":"x","area_id":1,"resident":{"name":"王","phone":"123"}})",
       "/resident/phone"},
      {R"({"channel":"online","category":"ordinary","description":"","area_id":1})",
       "/description"},
  };
  for (const auto& c : cases) {
    auto r = ParseIntake(c.body, config);
    ASSERT_FALSE(r.ok()) << c.body;
    bool named = false;
    for (const auto& f : r.error().fields) named = named || f.pointer == c.pointer;
    EXPECT_TRUE(named) << c.body;
  }
  EXPECT_TRUE(
      ParseIntake(
          R"({"channel":"online","category":"ordinary","description":"路灯坏了\n三天了","area_id":1})",
          config)
          .ok());
  EXPECT_FALSE(ParseStep("resolve", "{}").ok());
  EXPECT_FALSE(ParseStep("escalate", R"({"to":"department","reason":"r"})").ok());
  EXPECT_TRUE(ParseStep("take", "").ok());
}

}  // namespace
}  // namespace linli::appeals
