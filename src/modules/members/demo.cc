#include "modules/members/demo.h"

#include <array>

#include <fmt/format.h>

#include "demo/identity.h"
#include "demo/rng.h"
#include "modules/members/dues.h"
#include "modules/members/profiles.h"
#include "modules/members/rules.h"
#include "modules/members/transfers.h"
#include "modules/orgs/members.h"

namespace linli::members {
namespace {

using demo::Builder;
using demo::DemoRng;
using demo::kAsOfYear;
using demo::LocalParty;
using demo::PartyMember;
using demo::Take;

constexpr uint64_t kSeed = 0x4c696e6c69'3000;
constexpr int kRetirementAge = 60;
constexpr int kMonthsOfYear = 12;
constexpr std::array<std::string_view, 5> kEducations = {"senior_secondary", "vocational",
                                                         "college", "bachelor", "master"};
constexpr std::array<std::string_view, 4> kPosts = {"科员", "教师", "工程师", "个体经营"};

// The first branch's members, those held by it or its groups.
std::vector<PartyMember> FirstBranch(const LocalParty& party) {
  std::vector<PartyMember> out;
  for (const auto& m : party.members) {
    if (m.branch == party.branches.front()) out.push_back(m);
  }
  return out;
}

void DemoProfile(Builder& b, DemoRng& rng, const PartyMember& m, bool mobile) {
  auto held = orgs::MembershipOf(b.conn(), m.person.person_id);
  members::ProfileForm f;
  if (held && held->joined_on) {
    f.applied_on = {true, members::AddMonthsToDate(*held->joined_on, -rng.Between(12, 30))};
    if (held->status == "full") {
      f.full_on = {true, members::AddMonthsToDate(*held->joined_on, kMonthsOfYear)};
    }
  }
  f.education = {true, std::string(kEducations[static_cast<size_t>(rng.Below(5))])};
  if (m.person.age < kRetirementAge) {
    f.post = {true, std::string(kPosts[static_cast<size_t>(rng.Below(4))])};
  }
  if (mobile) {
    f.mobile = true;
    f.mobile_to = {true, "广东省深圳市"};
    f.mobile_since = {true, fmt::format("{}-03-01", kAsOfYear)};
  }
  Take(members::UpdateProfile(b.conn(), b.actor(), b.services().settings.Get<MembersRules>(),
                              m.person.person_id, f),
       fmt::format("profile of member {}", m.person.person_id));
}

// A basis from January of the reference year and the payments of its first `paid` months.
void DemoDues(Builder& b, DemoRng& rng, const PartyMember& m, int paid) {
  const auto& rules = b.services().settings.Get<MembersRules>();
  members::BasisForm basis;
  basis.from_month = fmt::format("{}-01", kAsOfYear);
  if (m.person.age >= kRetirementAge) {
    basis.category = "retired";
    basis.income_fen = int64_t{100} * rng.Between(2500, 7000);
  } else {
    basis.category = "in_service";
    basis.income_fen = int64_t{100} * rng.Between(2000, 15000);
  }
  Take(members::SetBasis(b.conn(), b.actor(), rules, m.person.person_id, basis),
       fmt::format("dues basis of member {}", m.person.person_id));
  for (int month = 1; month <= paid; ++month) {
    members::PaymentForm p;
    p.month = fmt::format("{}-{:02}", kAsOfYear, month);
    p.paid_on = fmt::format("{}-{:02}-{:02}", kAsOfYear, month, rng.Between(5, 25));
    Take(members::RecordPayment(b.conn(), b.actor(), rules, m.person.person_id, p),
         fmt::format("dues of member {} for {}", m.person.person_id, p.month));
  }
}

}  // namespace

void DemoRows(demo::World& w) {
  Builder& b = w.b;
  const LocalParty& dandonglu = w.dandonglu;
  DemoRng rng(kSeed);
  const std::vector<PartyMember> branch = FirstBranch(w.lingfeng);
  for (size_t i = 0; i < branch.size(); ++i) {
    DemoProfile(b, rng, branch[i], i == 2);
    // Most pay every month of the reference year; every fourth stopped after a few months.
    DemoDues(b, rng, branch[i], i % 4 == 3 ? rng.Between(2, 6) : kMonthsOfYear);
  }
  const auto& rules = b.services().settings.Get<MembersRules>();
  // The last member of the branch moves to 丹东路社区 for good: accepted there.
  members::TransferForm moving;
  moving.person_id = branch.back().person.person_id;
  moving.to_org_id = dandonglu.branches.front();
  moving.reason = "迁居丹东路社区";
  const auto issued =
      Take(members::IssueTransfer(b.conn(), b.actor(), rules, moving), "transfer to 丹东路社区");
  Take(members::AcceptTransfer(b.conn(), b.actor(), issued.id), "accepting the transfer");
  // Another goes there for five months to work: a certificate letter, not yet received.
  members::TransferForm away;
  away.person_id = branch[branch.size() - 2].person.person_id;
  away.to_org_id = dandonglu.branches.front();
  away.months_away = 5;
  away.reason = "外出务工";
  Take(members::IssueTransfer(b.conn(), b.actor(), rules, away), "certificate letter");
}

}  // namespace linli::members
