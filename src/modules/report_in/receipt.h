// The report-in receipt (报到回执卡): issued when a community confirms a report-in, and sent
// back to the work unit's party organisation. Everything on it is read from the records.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "auth/actor.h"
#include "core/result.h"
#include "printing/form.h"
#include "store/database.h"

namespace linli::report_in {

struct Receipt {
  std::string receipt_no;
  int64_t report_in_id = 0;
  std::string kind;  // member | unit
  std::optional<int64_t> member_id;
  std::optional<std::string> member_name;
  std::optional<std::string> member_org;  // the organisation holding the member's party relation
  int64_t unit_id = 0;
  std::string unit_name;
  int64_t unit_org_id = 0;
  std::string unit_org_name;
  int64_t community_id = 0;
  std::string community_name;
  std::optional<std::string> community_org;  // the community's own party organisation
  std::optional<std::string> note;
  std::string submitted_on;
  std::string confirmed_on;
  std::string confirmed_by;
};

// The receipt of a confirmed report-in the actor may read; 404 when the report-in is unseen or
// has no receipt (not confirmed).
Result<Receipt> GetReceipt(store::Connection& c, const auth::Actor& actor, int64_t id);
// The receipt card (报到回执卡), addressed to the unit's party organisation, sealed by the
// community's: report_in/forms/receipt_card.mustache.
printing::Form ToPage(const Receipt& r);

}  // namespace linli::report_in
