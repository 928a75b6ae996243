// The appeal commands run against a migrated database with the demo data, without a server or
// a login (app::TestWorld): intake at the desk and online, its refusals, and the first steps.
#include "modules/appeals/commands.h"

#include <gtest/gtest.h>

#include "app/test_world.h"
#include "modules/appeals/settings.h"
#include "record/event_log.h"

namespace linli::appeals {
namespace {

class AppealCommandsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world_ = app::TestWorld::Open("appeal-commands"); }
  static void TearDownTestSuite() { world_.reset(); }

  static Context Ctx() {
    return Context{world_->C(), world_->S().crypto, Settings(world_->S()), {}, {}};
  }
  static IntakeForm Desk(std::string description) {
    IntakeForm f;
    f.channel = "desk";
    f.category = "small_matter";
    f.description = std::move(description);
    f.area_id = world_->AreaId("grid", "第一网格");
    f.resident = NewResident{"窗口居民", "13800138000"};
    return f;
  }

  static inline std::unique_ptr<app::TestWorld> world_;
};

TEST_F(AppealCommandsTest, StaffRaisesAtTheDeskForANewResident) {
  auto ctx = Ctx();
  const int64_t before = world_->C().QueryInt("SELECT count(*) FROM events");
  auto a = RaiseAppeal(ctx, world_->ActorOf("staff.lingfeng"), Desk("楼道灯坏了"));
  ASSERT_TRUE(a.ok()) << a.error().detail;
  EXPECT_EQ(a->state, "received");
  EXPECT_EQ(a->channel, "desk");
  EXPECT_EQ(a->area_name, "第一网格");
  EXPECT_EQ(a->resident_name, "窗口居民");
  ASSERT_TRUE(a->resident_phone_mask.has_value());
  EXPECT_EQ(*a->resident_phone_mask, "138****8000");
  EXPECT_TRUE(a->accept_by.has_value()) << "the category's clocks start at intake";
  auto events = record::EventLog::ForSubject(world_->C(), "appeal", a->id);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.front().event.action, "appeal.raise");
  EXPECT_GT(world_->C().QueryInt("SELECT count(*) FROM events"), before);
}

TEST_F(AppealCommandsTest, ResidentRaisesOnlineInTheirOwnCommunityOnly) {
  auto ctx = Ctx();
  const auth::Actor resident = world_->ActorOf("resident.lingfeng");
  IntakeForm f;
  f.channel = "online";
  f.category = "ordinary";
  f.description = "小区门口路灯不亮";
  f.area_id = world_->AreaId("grid", "第二网格");
  auto mine = RaiseAppeal(ctx, resident, f);
  ASSERT_TRUE(mine.ok()) << mine.error().detail;
  EXPECT_EQ(mine->channel, "online");

  f.area_id = world_->AreaId("community", "丹东路社区");
  auto elsewhere = RaiseAppeal(ctx, resident, f);
  ASSERT_FALSE(elsewhere.ok());
  EXPECT_EQ(elsewhere.error().code, Code::kNotFound) << "another community answers as unknown";
  ASSERT_EQ(elsewhere.error().fields.size(), 1U);
  EXPECT_EQ(elsewhere.error().fields[0].pointer, "/area_id");
}

// A table of refusals: each leaves the database as it was.
TEST_F(AppealCommandsTest, IntakeRefusals) {
  struct Case {
    const char* what;
    const char* login;
    std::string channel;
    bool with_resident;
    const char* pointer;
  };
  const Case cases[] = {
      {"a worker with no resident", "staff.lingfeng", "desk", false, "/resident_id"},
      {"a worker on the resident's own channel", "staff.lingfeng", "online", true, "/channel"},
      {"a resident through the desk", "resident.lingfeng", "desk", false, "/channel"},
  };
  for (const auto& k : cases) {
    SCOPED_TRACE(k.what);
    auto ctx = Ctx();
    IntakeForm f = Desk("不该登记的诉求");
    f.channel = k.channel;
    if (!k.with_resident) f.resident.reset();
    if (std::string_view(k.login).starts_with("resident")) {
      f.area_id = world_->AreaId("grid", "第二网格");
    }
    const int64_t appeals = world_->C().QueryInt("SELECT count(*) FROM appeals");
    auto r = RaiseAppeal(ctx, world_->ActorOf(k.login), f);
    ASSERT_FALSE(r.ok());
    ASSERT_FALSE(r.error().fields.empty());
    EXPECT_EQ(r.error().fields[0].pointer, k.pointer);
    EXPECT_EQ(world_->C().QueryInt("SELECT count(*) FROM appeals"), appeals);
  }
}

TEST_F(AppealCommandsTest, AcceptedOnceThenRefusedAsOutOfOrder) {
  auto ctx = Ctx();
  const auth::Actor staff = world_->ActorOf("staff.lingfeng");
  auto a = RaiseAppeal(ctx, staff, Desk("垃圾桶满了"));
  ASSERT_TRUE(a.ok()) << a.error().detail;
  auto accepted = TakeStep(ctx, staff, a->id, "accept", {});
  ASSERT_TRUE(accepted.ok()) << accepted.error().detail;
  EXPECT_EQ(accepted->state, "accepted");
  auto again = TakeStep(ctx, staff, a->id, "accept", {});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, Code::kConflict);
  auto by_resident = TakeStep(ctx, world_->ActorOf("resident.dandonglu"), a->id, "take", {});
  ASSERT_FALSE(by_resident.ok());
  EXPECT_EQ(by_resident.error().code, Code::kNotFound) << "another community's appeal is unseen";
}

}  // namespace
}  // namespace linli::appeals
