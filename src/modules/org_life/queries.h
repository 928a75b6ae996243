// Read side of org life; everything is filtered by the actor's read permission (404 for an
// organisation or meeting outside it).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/org_life/appraisal.h"
#include "modules/org_life/coverage.h"
#include "modules/org_life/meeting.h"
#include "modules/org_life/settings.h"
#include "store/database.h"
#include "store/page.h"

namespace linli::org_life {

Result<Meeting> GetMeeting(store::Connection& c, const auth::Actor& actor, int64_t id);

struct MeetingFilter {
  std::optional<int64_t> org_id;  // meetings of this organisation and those below it
  std::optional<std::string> kind;
  std::optional<std::string> from;  // held on or after
  std::optional<std::string> to;    // held on or before
};
struct MeetingPage {
  std::vector<Meeting> items;
  int64_t total = 0;
};
// Newest first. An organisation the caller cannot read is a 404 naming ?org_id.
Result<MeetingPage> ListMeetings(store::Connection& c, const auth::Actor& actor,
                                 const MeetingFilter& f, const store::Page& page);

// The plan of one organisation for a year, computed from the rules and the recorded meetings.
struct KindPlan {
  std::string kind;
  int months = 12;
  std::vector<Slot> slots;
};
struct Plan {
  orgs::Org org;
  int year = 0;
  std::string today;
  int full_members = 0;         // of the organisation and those below it
  bool has_committee = false;   // a branch: full_members >= branch_committee_min_full
  std::vector<KindPlan> kinds;  // the kinds required of it, in Kinds() order
};
Result<Plan> GetPlan(store::Connection& c, const auth::Actor& actor, int64_t org_id, int year,
                     const OrgLifeRules& rules, const std::string& today);

// Coverage of an organisation (with those below it) or of an area (the organisations sitting
// in it or below it) over [from, to].
struct CoverageScope {
  std::optional<int64_t> org_id;
  std::optional<int64_t> area_id;
  std::string from;
  std::string to;
};
struct MemberRow {
  people::Person person;
  int64_t org_id = 0;
  MemberCoverage coverage;
};
struct Coverage {
  std::string from;
  std::string to;
  std::string today;
  std::vector<orgs::Org> orgs;  // in path order
  std::vector<Slot> slots;      // every slot owed, by organisation then kind then period
  std::vector<MemberRow> members;
  Share share;
};
// At most `max_orgs` organisations (422 naming ?org_id or ?area_id beyond).
Result<Coverage> GetCoverage(store::Connection& c, const auth::Actor& actor,
                             const CoverageScope& scope, const OrgLifeRules& rules,
                             const std::string& today, size_t max_orgs);

Result<Appraisal> GetAppraisal(store::Connection& c, const auth::Actor& actor, int64_t id);
// The appraisals of an organisation and those below it, optionally of one year; newest first.
Result<std::vector<Appraisal>> ListAppraisals(store::Connection& c, const auth::Actor& actor,
                                              int64_t org_id, std::optional<int64_t> year);

}  // namespace linli::org_life
