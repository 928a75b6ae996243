// Report-ins (报到): a member, or a whole work unit, reports in to a community; the community
// confirms (issuing the numbered receipt, 报到回执卡) or declines with a reason.
//   submitted -> confirmed | declined | withdrawn (by whoever reported in)
// A member holds at most one open (submitted or confirmed) report-in; a unit one per community.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/areas/area.h"
#include "modules/people/person.h"
#include "modules/report_in/forms.h"
#include "modules/report_in/permissions.h"
#include "store/database.h"
#include "store/page.h"

namespace linli::report_in {

struct ReportIn {
  int64_t id = 0;
  std::string kind;  // member | unit
  std::optional<int64_t> person_id;
  int64_t unit_id = 0;
  std::string unit_name;
  std::string unit_kind;
  int64_t org_id = 0;  // the unit's party organisation
  std::string org_name;
  std::string org_path;
  int64_t community_id = 0;
  std::string community_name;
  std::string community_path;
  std::string status;  // submitted | confirmed | declined | withdrawn
  std::optional<std::string> note;
  std::optional<std::string> decline_reason;
  std::optional<std::string> receipt_no;
  int64_t submitted_at = 0;
  std::optional<int64_t> decided_at;
  std::string submitted_by;  // login
  std::optional<std::string> decided_by;
};

// A report-in with the member's master record (masked), as responses show it.
struct ReportInView {
  ReportIn report_in;
  std::optional<people::Person> person;
};

// The place permissions decide on.
Subject SubjectOf(const ReportIn& r);
std::optional<ReportIn> LoadReportIn(store::Connection& c, int64_t id);
ReportInView ViewOf(store::Connection& c, ReportIn r);

// A report-in the actor may read; 404 otherwise.
Result<ReportIn> VisibleReportIn(store::Connection& c, const auth::Actor& actor, int64_t id);
// The same, as answered: read in one transaction with its person.
Result<ReportInView> GetReportIn(store::Connection& c, const auth::Actor& actor, int64_t id);

// Rules, member: the person defaults to the caller; another person is for the community's
// writers only (403 naming /person_id); a person the caller cannot see is a 404 naming
// /person_id; the person must be a party member (422 /person_id); the community defaults to
// the one containing the person's household (422 /community_id when there is none).
// Both kinds: the unit exists (404 /unit_id); the community is an area of kind community (404,
// 422 /community_id); no open report-in of the same member, or unit and community (409).
Result<ReportInView> Submit(store::Connection& c, const auth::Actor& actor, const ReportInForm& f);
// The community's writers decide a submitted report-in; deciding one already decided is a 409.
// Confirming issues the receipt number NextReceiptNo gives.
Result<ReportInView> Confirm(store::Connection& c, const auth::Actor& actor, int64_t id);
// Issues the next receipt number of the community in the year of `now_ms`:
// "RI-<year>-<community id>-<n>", n counted from 0001 in that year and community by the series
// named "RI-<year>-<community id>-" (record/series.h). REQUIRES: inside the write transaction
// that records the receipt.
std::string NextReceiptNo(store::Connection& c, int64_t community_id, int64_t now_ms);
Result<ReportInView> Decline(store::Connection& c, const auth::Actor& actor, int64_t id,
                             const ReasonForm& f);

// The member (or, for a unit, its rep) withdraws a report-in not yet decided: 404 when unseen,
// 403 for anyone else, 409 once confirmed, declined or withdrawn. A withdrawn report-in is no
// longer open: the same member (or unit) may report in again.
Result<ReportInView> Withdraw(store::Connection& c, const auth::Actor& actor, int64_t id);

struct ReportInFilter {
  std::optional<int64_t> community_id;
  std::optional<int64_t> area_id;  // communities in this area
  std::optional<int64_t> unit_id;
  std::optional<int64_t> person_id;
  std::optional<std::string> kind;
  std::optional<std::string> status;
  // Submitted on or before this date; with status confirmed, confirmed on or before it.
  std::optional<std::string> as_of;
};

struct ReportInPage {
  std::vector<ReportInView> items;
  int64_t total = 0;
};
// What the actor may read: their own, their communities', their units'. A filter naming an
// area they cannot see is a 404 naming ?area_id or ?community_id.
Result<ReportInPage> ListReportIns(store::Connection& c, const auth::Actor& actor,
                                   const ReportInFilter& f, const store::Page& page);

// A community named by a request field: 404 naming `pointer` when there is no such area, 422
// when it is not a community. Communities are public places: any signed-in caller may name one.
Result<areas::Area> LoadCommunity(store::Connection& c, int64_t id, const std::string& pointer);

// The member's confirmed report-in, if they hold one. Part of the module's read interface.
struct Confirmed {
  int64_t id = 0;
  int64_t community_id = 0;
  int64_t confirmed_at = 0;
  std::string community_name;
  std::optional<std::string> receipt_no;
};
std::optional<Confirmed> ConfirmedOf(store::Connection& c, int64_t person_id);

// The path of an area a list is filtered by (?<name>): 404 naming it when the area is missing
// or unseen (a unit rep, whose lists are scoped by organisation, may name any area).
Result<std::string> FilterAreaPath(store::Connection& c, const auth::Actor& actor, int64_t id,
                                   std::string_view name);

// The community containing `area_path` (a household, grid, ...), if any.
std::optional<int64_t> CommunityContaining(store::Connection& c, const std::string& area_path);

}  // namespace linli::report_in
