// The member roster (党员基本情况一览表) of an organisation and those below it: one row per
// member, read from the membership, the person record (masked), the profile, the dues basis
// and the confirmed report-in. As JSON, a printable page and an Excel sheet, from one query.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/members/member.h"
#include "modules/members/settings.h"
#include "modules/orgs/org.h"
#include "printing/form.h"
#include "store/database.h"

namespace linli::members {

struct RosterRow {
  MemberView member;
  std::optional<std::string> reported_in_to;  // the community of a confirmed report-in
  std::optional<std::string> receipt_no;
};

struct Roster {
  orgs::Org org;
  std::vector<RosterRow> rows;  // by organisation path, then name
  int64_t total = 0;            // members of the organisation and those below it
  bool truncated = false;       // more than the limit: rows holds the first `limit`
};

// The managers of the organisation only (404 unseen, 403 otherwise).
Result<Roster> GetRoster(store::Connection& c, const auth::Actor& actor, const MembersRules& rules,
                         int64_t org_id, int64_t limit);

printing::Form RosterPage(const Roster& r);

// Shown names of the codes, in Chinese as the forms print them.
std::string StatusName(std::string_view status);
std::string CategoryName(std::string_view category);
std::string EducationName(std::string_view education);
std::string GenderName(std::string_view gender);
// "¥12.34" of an amount in fen.
std::string Yuan(int64_t fen);

}  // namespace linli::members
