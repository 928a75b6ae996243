// Service records: what a reported-in member did on a post they claimed (date, hours, note),
// logged by the member themself and confirmed or rejected by the community. Only confirmed
// minutes count, in figures and in feedback sheets.
//   logged -> confirmed | rejected
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/report_in/forms.h"
#include "store/database.h"
#include "store/page.h"

namespace linli::report_in {

struct ServiceRecord {
  int64_t id = 0;
  int64_t report_in_id = 0;
  int64_t person_id = 0;
  std::string person_name;
  int64_t post_id = 0;
  std::string post_title;
  std::string post_kind;
  int64_t community_id = 0;
  std::string community_name;
  std::string community_path;
  int64_t unit_id = 0;
  std::string unit_name;
  std::string org_path;  // of the unit's party organisation
  std::string served_on;
  int64_t minutes = 0;
  std::optional<std::string> note;
  std::string status;
  std::optional<std::string> reject_reason;
  int64_t logged_at = 0;
  std::string logged_by;
  std::optional<int64_t> decided_at;
  std::optional<std::string> decided_by;
};

// A member's confirmed service between two dates (YYYY-MM-DD, both included). Part of the
// module's read interface.
struct ServiceTotals {
  int64_t records = 0;
  int64_t minutes = 0;
};
ServiceTotals ConfirmedServiceOf(store::Connection& c, int64_t person_id, std::string_view first,
                                 std::string_view last);

// Rules: hours are logged by the member who served (403 naming /person_id for anyone else);
// the post is one the member sees (404 /post_id) and has claimed (422 /post_id) under a
// confirmed report-in; served_on is not in the future nor before the report-in was confirmed
// (422 /served_on); one day holds at most 24 hours of service (422 /hours).
Result<ServiceRecord> LogService(store::Connection& c, const auth::Actor& actor,
                                 const ServiceForm& f);
// The community's writers confirm or reject a logged record (never their own); a second
// decision is a 409.
Result<ServiceRecord> ConfirmService(store::Connection& c, const auth::Actor& actor, int64_t id);
Result<ServiceRecord> RejectService(store::Connection& c, const auth::Actor& actor, int64_t id,
                                    const ReasonForm& f);

struct ServiceFilter {
  std::optional<int64_t> community_id;
  std::optional<int64_t> area_id;  // communities in this area
  std::optional<int64_t> person_id;
  std::optional<int64_t> report_in_id;
  std::optional<int64_t> post_id;
  std::optional<std::string> status;
  std::optional<int64_t> year;  // served in this year
};
struct ServicePage {
  std::vector<ServiceRecord> items;
  int64_t total = 0;
  int64_t minutes = 0;  // of all the rows the filter matches
};
Result<ServicePage> ListServices(store::Connection& c, const auth::Actor& actor,
                                 const ServiceFilter& f, const store::Page& page);
Result<ServiceRecord> GetService(store::Connection& c, const auth::Actor& actor, int64_t id);

}  // namespace linli::report_in
