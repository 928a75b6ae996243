// A party member as the members module shows it: the membership (orgs' party_members row and
// the person record, masked), the profile (member_profiles), the work unit with its
// organisation, and the dues basis in effect. Read-only interface for the rest of the module.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/members/permissions.h"
#include "modules/members/settings.h"
#include "modules/orgs/members.h"
#include "modules/orgs/org.h"
#include "store/database.h"

namespace linli::members {

struct Profile {
  std::optional<std::string> applied_on;
  std::optional<std::string> full_on;
  std::optional<int64_t> unit_id;
  std::optional<std::string> unit_name;
  std::optional<int64_t> unit_org_id;
  std::optional<std::string> unit_org_name;
  std::string unit_org_path;  // "" when no unit
  std::optional<std::string> post;
  std::optional<std::string> education;
  bool mobile = false;
  std::optional<std::string> mobile_to;
  std::optional<std::string> mobile_since;
  bool recorded = false;  // a member_profiles row exists
};

struct DuesBasis {
  std::string from_month;
  std::string category;
  int64_t income_fen = 0;
  int64_t due_fen = 0;  // the monthly dues it gives
};

struct MemberView {
  orgs::Member member;  // person (masked), org_id, status, joined_on (the admission date)
  orgs::Org org;
  Profile profile;
  std::optional<DuesBasis> basis;  // in effect in the current month
};

// The profile row of `person_id` (recorded false when there is none).
Profile LoadProfile(store::Connection& c, int64_t person_id);
// The dues basis in effect in `month` (YYYY-MM), if any.
std::optional<DuesBasis> BasisIn(store::Connection& c, const MembersRules& rules, int64_t person_id,
                                 const std::string& month);
// The member, whoever asks; nullopt when the person is not a party member.
std::optional<MemberView> LoadMember(store::Connection& c, const MembersRules& rules,
                                     int64_t person_id);
MemberPlace PlaceOf(const MemberView& v);
// A member the actor may read: 404 otherwise (naming `pointer` when given), the same answer
// for a person who is not a member.
Result<MemberView> VisibleMember(store::Connection& c, const auth::Actor& actor,
                                 const MembersRules& rules, int64_t person_id,
                                 const std::string& pointer = "");
// The same, read in its own transaction: the answer of GET /api/v1/members/{person_id}.
Result<MemberView> GetMember(store::Connection& c, const auth::Actor& actor,
                             const MembersRules& rules, int64_t person_id);

// The current month in China Standard Time, "YYYY-MM".
std::string ThisMonth();
// Today in China Standard Time, "YYYY-MM-DD".
std::string Today();

}  // namespace linli::members
