#include "modules/members/member.h"

#include <fmt/format.h>

#include "core/clock.h"
#include "modules/members/rules.h"

namespace linli::members {
namespace {

constexpr std::string_view kProfile =
    "SELECT p.applied_on, p.full_on, p.unit_id, u.name, u.org_id, o.name, COALESCE(o.path, ''),"
    " p.post, p.education, p.mobile, p.mobile_to, p.mobile_since"
    " FROM member_profiles p LEFT JOIN work_units u ON u.id = p.unit_id"
    " LEFT JOIN party_orgs o ON o.id = u.org_id WHERE p.person_id = ?";
constexpr std::string_view kBasis =
    "SELECT from_month, category, income_fen FROM dues_bases WHERE person_id = ?"
    " AND from_month <= ? ORDER BY from_month DESC LIMIT 1";

}  // namespace

std::string ThisMonth() { return LocalDate(NowMs()).substr(0, 7); }
std::string Today() { return LocalDate(NowMs()); }

Profile LoadProfile(store::Connection& c, int64_t person_id) {
  Profile p;
  auto r = c.QueryOne(kProfile, {person_id});
  if (!r) return p;
  p.recorded = true;
  p.applied_on = r->OptText(0);
  p.full_on = r->OptText(1);
  p.unit_id = r->OptInt(2);
  p.unit_name = r->OptText(3);
  p.unit_org_id = r->OptInt(4);
  p.unit_org_name = r->OptText(5);
  p.unit_org_path = r->Text(6);
  p.post = r->OptText(7);
  p.education = r->OptText(8);
  p.mobile = r->Int(9) != 0;
  p.mobile_to = r->OptText(10);
  p.mobile_since = r->OptText(11);
  return p;
}

std::optional<DuesBasis> BasisIn(store::Connection& c, const MembersRules& rules, int64_t person_id,
                                 const std::string& month) {
  auto r = c.QueryOne(kBasis, {person_id, month});
  if (!r) return std::nullopt;
  DuesBasis b{r->Text(0), r->Text(1), r->Int(2), 0};
  b.due_fen = MonthlyDueFen(rules, b.category, b.income_fen);
  return b;
}

std::optional<MemberView> LoadMember(store::Connection& c, const MembersRules& rules,
                                     int64_t person_id) {
  auto m = orgs::MembershipOf(c, person_id);
  if (!m) return std::nullopt;
  auto org = orgs::Load(c, m->org_id);
  if (!org) return std::nullopt;
  return MemberView{std::move(*m), std::move(*org), LoadProfile(c, person_id),
                    BasisIn(c, rules, person_id, ThisMonth())};
}

MemberPlace PlaceOf(const MemberView& v) {
  return {v.member.person.id, v.member.person.area_path, v.org.area_path, v.org.path,
          v.profile.unit_org_path};
}

Result<MemberView> VisibleMember(store::Connection& c, const auth::Actor& actor,
                                 const MembersRules& rules, int64_t person_id,
                                 const std::string& pointer) {
  auto v = LoadMember(c, rules, person_id);
  if (!v || !Allowed(actor, Action::kRead, PlaceOf(*v))) {
    const std::string detail = fmt::format("no party member {}", person_id);
    return pointer.empty() ? Error::NotFound(detail) : Error::NotFoundField(pointer, detail);
  }
  return *v;
}

Result<MemberView> GetMember(store::Connection& c, const auth::Actor& actor,
                             const MembersRules& rules, int64_t person_id) {
  store::Tx tx(c, store::Tx::kRead);
  auto v = VisibleMember(c, actor, rules, person_id);
  if (!v) return v.error();
  tx.Commit();
  return v;
}

}  // namespace linli::members
