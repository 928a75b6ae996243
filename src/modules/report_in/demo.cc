#include "modules/report_in/demo.h"

#include <array>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "demo/households.h"
#include "modules/accounts/demo.h"
#include "modules/orgs/commands.h"
#include "modules/orgs/members.h"
#include "modules/report_in/report_ins.h"
#include "modules/report_in/service_posts.h"
#include "modules/report_in/work_units.h"

namespace linli::report_in {
namespace {

using demo::Builder;
using demo::Take;

constexpr uint64_t kSeed = 0x4c696e6c69'5200;
constexpr int kFromAge = 25, kToAge = 55;  // of working age
constexpr int kColleagues = 3;  // members of each unit's organisation living outside 灵峰

struct UnitPlan {
  std::string_view name;
  std::string_view org_kind;
  std::string_view org_name;
};
constexpr std::array<UnitPlan, 2> kUnits = {{
    {"贺州市劳动和社会保障局", "committee", "贺州市劳动和社会保障局机关党委"},
    {"贺州市市政局", "branch", "贺州市市政局机关党支部"},
}};
constexpr std::array<std::string_view, 4> kNotes = {
    "可为返乡人员讲授计算机基础", "会电工，能帮楼道换灯", "周末可参加环境整治", "能做政策宣传"};

struct PostPlan {
  std::string_view kind;
  std::string_view title;
  std::string_view description;
};
constexpr std::array<PostPlan, 3> kPosts = {{
    {"task", "清理建安街楼道杂物", "建安街3栋、5栋楼道堆放杂物，需清理并劝导住户"},
    {"volunteering", "周末为独居老人义务理发", "每月第二个周六上午，社区服务站"},
    {"activity", "返乡人员电工技能培训宣传", "入户发放培训报名表，登记有意参加的返乡人员"},
}};

// The unit and its party organisation, seated in the city.
WorkUnit AddUnit(Builder& b, int64_t city, const UnitPlan& plan) {
  orgs::CreateOrgForm o;
  o.kind = std::string(plan.org_kind);
  o.name = std::string(plan.org_name);
  o.area_id = city;
  const auto org = Take(orgs::CreateOrg(b.conn(), b.actor(), o), o.name);
  ++b.report().orgs;
  const UnitForm u{std::string(plan.name), "government", org.id};
  return Take(CreateUnit(b.conn(), b.actor(), u), u.name);
}

// Adult residents of working age of 灵峰 who are no party members yet and have no demo login:
// the in-service members.
std::vector<int64_t> InService(const demo::World& w, size_t n) {
  std::unordered_set<int64_t> members;
  for (const auto& m : w.lingfeng.members) members.insert(m.person.person_id);
  std::vector<int64_t> out;
  for (const auto& r : w.hezhou.lingfeng.residents) {
    if (out.size() == n) break;
    const bool has_login =
        w.b.conn()
            .QueryOne("SELECT 1 FROM accounts WHERE person_id = ?", {r.person_id})
            .has_value();
    if (r.age >= kFromAge && r.age <= kToAge && !members.contains(r.person_id) && !has_login) {
      out.push_back(r.person_id);
    }
  }
  if (out.size() < n) {
    throw demo::SeedError("report-in demo", Error::Internal("too few residents of working age"));
  }
  return out;
}

int64_t Report(Builder& b, const ReportInForm& f, bool confirm) {
  const auto ri = Take(Submit(b.conn(), b.actor(), f), "report-in");
  if (confirm) Take(Confirm(b.conn(), b.actor(), ri.report_in.id), "report-in confirmation");
  return ri.report_in.id;
}

}  // namespace

void DemoRows(demo::World& w) {
  Builder& b = w.b;
  const int64_t lingfeng = w.hezhou.lingfeng.id;
  demo::DemoRng rng(kSeed);
  std::vector<WorkUnit> units;
  for (const UnitPlan& plan : kUnits) {
    units.push_back(AddUnit(b, w.hezhou.city, plan));
    for (int i = 0; i < kColleagues; ++i) {
      const auto colleague =
          demo::NewPerson(b, rng, w.hezhou.folk, w.hezhou.city, 30 + 7 * i, i % 2 == 0);
      Take(orgs::AddMember(b.conn(), b.actor(), units.back().org_id,
                           {colleague.person_id, "full", {}}),
           "unit member");
      ++b.report().members;
    }
  }
  const std::vector<int64_t> members = InService(w, kNotes.size());
  for (size_t i = 0; i < members.size(); ++i) {
    const size_t unit = i % units.size();
    Take(orgs::AddMember(b.conn(), b.actor(), units[unit].org_id, {members[i], "full", {}}),
         "in-service member");
    ++b.report().members;
    ReportInForm f;
    f.person_id = members[i];
    f.unit_id = units[unit].id;
    f.note = std::string(kNotes[i]);
    Report(b, f, /*confirm=*/i + 1 < members.size());
  }
  ReportInForm unit;
  unit.kind = "unit";
  unit.unit_id = units.front().id;
  unit.community_id = lingfeng;
  unit.note = "每年举办汽车修理、美容美发、计算机、电工技能培训，向社区返乡人员开放";
  Report(b, unit, /*confirm=*/true);

  const int64_t rep = demo::NewPerson(b, rng, w.hezhou.folk, w.hezhou.city, 41, false).person_id;
  accounts::DemoLogin(b, rep, "unit.lingfeng", auth::Role::kUnitRep, std::nullopt,
                      units.front().org_id);

  for (const PostPlan& p : kPosts) {
    PostForm f;
    f.community_id = lingfeng;
    f.kind = std::string(p.kind);
    f.title = std::string(p.title);
    f.description = std::string(p.description);
    Take(CreatePost(b.conn(), b.actor(), f), f.title);
  }
}

}  // namespace linli::report_in
