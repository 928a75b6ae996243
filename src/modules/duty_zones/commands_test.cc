// The duty-zone commands run against a migrated database with the demo data, without a server
// or a login (app::TestWorld): a zone is served by two or three party members (the default
// bounds), and each member refused is named by its place in the list.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/test_world.h"
#include "modules/duty_zones/commands.h"
#include "modules/duty_zones/forms.h"

namespace linli::duty_zones {
namespace {

class DutyZoneCommandsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world_ = app::TestWorld::Open("duty-zone-commands");
    const int64_t community = world_->AreaId("community", "灵峰社区");
    grid_ = world_->AreaIn("grid", community);
    for (int i = 0; i < 5; ++i) {
      members_.push_back(world_->NewPartyMember(community, grid_, i < 3 ? "full" : "probationary"));
    }
    resident_ = world_->NewPerson(grid_);
  }
  static void TearDownTestSuite() { world_.reset(); }

  static const DutyZoneRules& Rules() { return world_->S().settings.Get<DutyZoneRules>(); }
  static Result<ZoneView> Create(std::vector<int64_t> ids) {
    CreateZoneForm f{grid_, "责任区" + std::to_string(++zones_), std::move(ids)};
    return CreateZone(world_->C(), world_->ActorOf("sysadmin"), Rules(), f);
  }
  static std::vector<int64_t> First(size_t n) {
    return {members_.begin(), members_.begin() + static_cast<std::ptrdiff_t>(n)};
  }
  static std::vector<std::string> Pointers(const Error& e) {
    std::vector<std::string> out;
    for (const auto& f : e.fields) out.push_back(f.pointer);
    return out;
  }

  static inline std::unique_ptr<app::TestWorld> world_;
  static inline int64_t grid_ = 0;
  static inline std::vector<int64_t> members_;
  static inline int64_t resident_ = 0;
  static inline int zones_ = 0;
};

TEST_F(DutyZoneCommandsTest, TwoOrThreeMembersOnly) {
  const int64_t before = world_->LastSeq();
  for (const auto& ids : {First(1), First(4), std::vector<int64_t>{}}) {
    auto z = Create(ids);
    ASSERT_FALSE(z.ok()) << ids.size() << " members";
    EXPECT_EQ(z.error().code, Code::kUnprocessable);
    EXPECT_EQ(app::TestWorld::PointerOf(z.error()), "/member_ids");
  }
  EXPECT_EQ(world_->LastSeq(), before) << "a refused zone writes nothing";
  ASSERT_TRUE(Create(First(3)).ok());
  auto z = Create(First(2));
  ASSERT_TRUE(z.ok()) << z.error().detail;
  for (const auto& ids : {First(1), First(4)}) {
    UpdateZoneForm u;
    u.member_ids = ids;
    auto updated = UpdateZone(world_->C(), world_->ActorOf("sysadmin"), Rules(), z->zone.id, u);
    ASSERT_FALSE(updated.ok()) << ids.size() << " members";
    EXPECT_EQ(updated.error().code, Code::kUnprocessable);
    EXPECT_EQ(app::TestWorld::PointerOf(updated.error()), "/member_ids");
  }
}

TEST_F(DutyZoneCommandsTest, EveryMemberMustBeAPartyMember) {
  auto resident = Create({members_[0], resident_});
  ASSERT_FALSE(resident.ok());
  EXPECT_EQ(resident.error().code, Code::kUnprocessable);
  EXPECT_EQ(Pointers(resident.error()), std::vector<std::string>{"/member_ids/1"});
  EXPECT_NE(resident.error().fields.front().detail.find("not a party member"), std::string::npos)
      << resident.error().fields.front().detail;
  auto unknown = Create({999999, members_[0]});
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(Pointers(unknown.error()), std::vector<std::string>{"/member_ids/0"});
  auto both = Create({resident_, members_[0], 999999});
  ASSERT_FALSE(both.ok());
  EXPECT_EQ(Pointers(both.error()), (std::vector<std::string>{"/member_ids/0", "/member_ids/2"}));
  // A member listed twice, or an id that is no number, is refused when the body is read.
  struct Case {
    std::string body;
    std::string pointer;
  };
  for (const Case& c :
       {Case{R"({"grid_id": 1, "name": "z", "member_ids": [5, 5]})", "/member_ids/1"},
        Case{R"({"grid_id": 1, "name": "z", "member_ids": ["x", 5]})", "/member_ids/0"}}) {
    auto form = ParseCreate(c.body);
    ASSERT_FALSE(form.ok()) << c.body;
    EXPECT_EQ(form.error().code, Code::kInvalid) << c.body;
    EXPECT_EQ(app::TestWorld::PointerOf(form.error()), c.pointer) << c.body;
  }
}

}  // namespace
}  // namespace linli::duty_zones
