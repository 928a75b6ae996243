// The org-life commands run against a migrated database with the demo data, without a server or
// a login (app::TestWorld). In a grid of 灵峰社区: a branch holding two full members and one
// probationary member itself, with a group of two full members below it; another branch with
// one member; a resident who is no member. Meetings are held in the previous year.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <fmt/format.h>

#include "app/test_world.h"
#include "core/clock.h"
#include "modules/org_life/commands.h"
#include "modules/org_life/forms.h"
#include "modules/orgs/commands.h"

namespace linli::org_life {
namespace {

class OrgLifeCommandsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world_ = app::TestWorld::Open("org-life-commands");
    grid_ = world_->AreaIn("grid", world_->AreaId("community", "灵峰社区"));
    branch_ = NewOrg("branch", "第一支部", std::nullopt);
    group_ = NewOrg("group", "第一党小组", branch_);
    const int64_t other = NewOrg("branch", "第二支部", std::nullopt);
    f1_ = world_->Admit(branch_, grid_);
    f2_ = world_->Admit(branch_, grid_);
    p1_ = world_->Admit(branch_, grid_, "probationary");
    g1_ = world_->Admit(group_, grid_);
    world_->Admit(group_, grid_);
    outsider_ = world_->Admit(other, grid_);
    nobody_ = world_->NewPerson(grid_);
    year_ = std::stoi(LocalDate(NowMs()).substr(0, 4)) - 1;
  }
  static void TearDownTestSuite() { world_.reset(); }

  static int64_t NewOrg(std::string kind, std::string name, std::optional<int64_t> parent) {
    orgs::CreateOrgForm f;
    f.parent_id = parent;
    f.kind = std::move(kind);
    f.name = std::move(name);
    f.area_id = grid_;
    auto o = orgs::CreateOrg(world_->C(), world_->ActorOf("sysadmin"), f);
    if (!o) throw std::runtime_error(o.error().detail);
    return o->id;
  }
  // A meeting of `kind` on the 10th of `month` with `present` present, recorded by the staff of
  // the community.
  static MeetingForm Form(std::string kind, int month, const std::vector<int64_t>& present,
                          int64_t org = 0) {
    MeetingForm f;
    f.org_id = org != 0 ? org : branch_;
    f.kind = std::move(kind);
    f.held_on = fmt::format("{}-{:02d}-10", year_, month);
    f.topic = f.kind + " " + f.held_on;
    for (int64_t p : present) f.attendance.push_back({p, "present"});
    return f;
  }
  static Result<Meeting> Record(const MeetingForm& f) {
    return RecordMeeting(world_->C(), world_->ActorOf("staff.lingfeng"), f, LocalDate(NowMs()));
  }
  // The code and pointer of the refusal of `f`; (kInternal, "") when it was recorded.
  static std::pair<Code, std::string> Refusal(const MeetingForm& f) {
    auto m = Record(f);
    if (m) return {Code::kInternal, ""};
    return {m.error().code, app::TestWorld::PointerOf(m.error())};
  }

  static inline std::unique_ptr<app::TestWorld> world_;
  static inline int64_t grid_ = 0, branch_ = 0, group_ = 0;
  static inline int64_t f1_ = 0, f2_ = 0, p1_ = 0, g1_ = 0, outsider_ = 0, nobody_ = 0;
  static inline int year_ = 0;
};

using Refused = std::pair<Code, std::string>;

TEST_F(OrgLifeCommandsTest, AttendanceOfANonMember) {
  const int64_t before = world_->LastSeq();
  for (int64_t person : {outsider_, nobody_}) {
    EXPECT_EQ(Refusal(Form("theme_day", 6, {person})),
              Refused(Code::kUnprocessable, "/attendance/0/person_id"));
  }
  // f1 is the branch's, not the group's.
  EXPECT_EQ(Refusal(Form("group_meeting", 6, {g1_, f1_}, group_)),
            Refused(Code::kUnprocessable, "/attendance/1/person_id"));
  EXPECT_EQ(world_->LastSeq(), before) << "a refused meeting writes nothing";
}

TEST_F(OrgLifeCommandsTest, GeneralMeetingWithoutQuorumClaimedValid) {
  const int64_t before = world_->LastSeq();
  // 2 of the 4 full members (the probationary one does not count): half is not more than half.
  MeetingForm half = Form("general_meeting", 9, {f1_, f2_, p1_});
  half.valid = true;
  EXPECT_EQ(Refusal(half), Refused(Code::kUnprocessable, "/valid"));
  EXPECT_EQ(world_->LastSeq(), before);
  // 3 of 4 is a quorum.
  MeetingForm quorum = Form("general_meeting", 9, {f1_, f2_, g1_});
  quorum.valid = false;
  EXPECT_EQ(Refusal(quorum), Refused(Code::kUnprocessable, "/valid"));
}

TEST_F(OrgLifeCommandsTest, OtherRulesNameTheField) {
  MeetingForm group = Form("group_meeting", 6, {f1_});         // a branch holds no group meetings
  MeetingForm appraisal = Form("member_appraisal", 6, {f1_});  // through RecordAppraisal
  MeetingForm future = Form("theme_day", 6, {f1_});
  future.held_on = "2199-01-01";
  MeetingForm lecturer = Form("theme_day", 6, {f1_});
  lecturer.lecturer = "x";
  MeetingForm unknown = Form("theme_day", 6, {f1_}, 999999);
  EXPECT_EQ(Refusal(group), Refused(Code::kUnprocessable, "/kind"));
  EXPECT_EQ(Refusal(appraisal), Refused(Code::kUnprocessable, "/kind"));
  EXPECT_EQ(Refusal(future), Refused(Code::kUnprocessable, "/held_on"));
  EXPECT_EQ(Refusal(lecturer), Refused(Code::kUnprocessable, "/lecturer"));
  EXPECT_EQ(Refusal(unknown), Refused(Code::kNotFound, "/org_id"));
}

TEST_F(OrgLifeCommandsTest, BodiesRefusedWhenRead) {
  struct Case {
    std::string fields;
    std::string pointer;
  };
  const Case cases[] = {
      {R"("kind": "theme_day", "held_on": "2025-02-30")", "/held_on"},
      {R"("kind": "picnic")", "/kind"},
      {R"("kind": "theme_day", "attendance": [{"person_id": 1, "status": "late"}])",
       "/attendance/0/status"},
      {R"("kind": "theme_day", "attendance": [{"person_id": 1, "status": "present"},
          {"person_id": 1, "status": "absent"}])",
       "/attendance/1/person_id"},
      {R"("kind": "theme_day", "attendance": [{"person_id": 1, "status": "present", "x": 1}])",
       "/attendance/0/x"},
  };
  for (const Case& c : cases) {
    std::string body = fmt::format(R"({{"org_id": 1, "topic": "t", {})", c.fields);
    if (c.fields.find("\"held_on\"") == std::string::npos) {
      body += fmt::format(R"(, "held_on": "{}-06-10")", year_);
    }
    if (c.fields.find("\"attendance\"") == std::string::npos) body += R"(, "attendance": [])";
    body += "}";
    auto f = ParseMeeting(body);
    ASSERT_FALSE(f.ok()) << body;
    EXPECT_EQ(f.error().code, Code::kInvalid) << body;
    EXPECT_EQ(app::TestWorld::PointerOf(f.error()), c.pointer) << body;
  }
}

}  // namespace
}  // namespace linli::org_life
