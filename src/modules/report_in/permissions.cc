#include "modules/report_in/permissions.h"

#include <algorithm>
#include <array>

namespace linli::report_in {
namespace {
using auth::Role;
constexpr std::array kCommunityReaders = {Role::kStaff, Role::kSubdistrictAdmin,
                                          Role::kDistrictAdmin, Role::kSystemAdmin};
constexpr std::array kCommunityWriters = {Role::kStaff, Role::kSubdistrictAdmin,
                                          Role::kSystemAdmin};
constexpr std::array kUnitWriters = {Role::kStaff, Role::kSubdistrictAdmin, Role::kDistrictAdmin,
                                     Role::kSystemAdmin};
constexpr std::array kUnitReps = {Role::kUnitRep};
constexpr std::array kEveryRole = {
    Role::kResident,      Role::kMember,     Role::kVolunteer, Role::kGridWorker,
    Role::kStaff,         Role::kUnitRep,    Role::kProvider,  Role::kSubdistrictAdmin,
    Role::kDistrictAdmin, Role::kSystemAdmin};

bool InCommunity(const auth::Actor& a, std::span<const Role> roles, const Subject& s) {
  return a.Allows(roles, {s.community_path, ""});
}
bool RepOfUnit(const auth::Actor& a, const Subject& s) {
  return !s.unit_org_path.empty() && a.Allows(kUnitReps, {"", s.unit_org_path});
}
bool Self(const auth::Actor& a, const Subject& s) {
  return s.person_id != 0 && a.person_id == s.person_id;
}

}  // namespace

std::span<const auth::Role> CommunityReaders() { return kCommunityReaders; }
std::span<const auth::Role> UnitReaders() { return kUnitReps; }

bool ActsForOthers(const auth::Actor& actor) {
  return std::any_of(kCommunityWriters.begin(), kCommunityWriters.end(),
                     [&actor](Role r) { return actor.Holds(r); });
}

bool Allowed(const auth::Actor& actor, Action action, const Subject& s) {
  switch (action) {
    case Action::kReadUnit:
      return std::any_of(actor.grants.begin(), actor.grants.end(), [](const auth::Grant& g) {
        return std::find(kEveryRole.begin(), kEveryRole.end(), g.role) != kEveryRole.end();
      });
    case Action::kWriteUnit:
      return InCommunity(actor, kUnitWriters, s);
    case Action::kRead:
      return Self(actor, s) || InCommunity(actor, kCommunityReaders, s) || RepOfUnit(actor, s);
    case Action::kReadPost:
      return s.reported_in_here || InCommunity(actor, kCommunityReaders, s);
    case Action::kSubmit:
    case Action::kClaim:
      return Self(actor, s) || InCommunity(actor, kCommunityWriters, s);
    case Action::kWithdraw:
      return s.person_id != 0 ? Self(actor, s) : RepOfUnit(actor, s);
    case Action::kSubmitUnit:
      return RepOfUnit(actor, s) || InCommunity(actor, kCommunityWriters, s);
    case Action::kLogService:
      return Self(actor, s);
    case Action::kDecide:
      return !Self(actor, s) && InCommunity(actor, kCommunityWriters, s);
    case Action::kAcknowledge:
      return RepOfUnit(actor, s);
    case Action::kReadDraft:
    case Action::kFigures:
      return InCommunity(actor, kCommunityReaders, s);
  }
  return false;
}

ReadScope ScopeFor(const auth::Actor& actor, std::string_view community_col,
                   std::string_view org_col, std::string_view person_col) {
  const auth::ScopeFilter area = auth::AreaScope(actor, kCommunityReaders, community_col);
  if (area.unrestricted) return {"(1=1)", {}};
  ReadScope out;
  out.sql = "(" + area.sql;
  for (const auto& p : area.params) out.params.emplace_back(p);
  const auth::ScopeFilter org = auth::OrgScope(actor, kUnitReps, org_col);
  if (!org.none) {
    out.sql += " OR " + org.sql;
    for (const auto& p : org.params) out.params.emplace_back(p);
  }
  out.sql += " OR " + std::string(person_col) + " = ?)";
  out.params.emplace_back(actor.person_id);
  return out;
}

}  // namespace linli::report_in
