// Who may do what in the report_in module. Every subject sits in a community (an area) and
// concerns a work unit (whose party organisation has a path) and, for a member, a person.
//   read a work unit:        every signed-in role (a directory of units and their organisations)
//   write a work unit:       staff, subdistrict/district/system admin covering the area its
//                            party organisation sits in
//   read (report-ins, receipts, service records, feedback sheets):
//                            staff, subdistrict/district/system admin covering the community;
//                            a unit rep holding the role on the unit's party organisation (or
//                            one above it); the member themself
//   read posts:              the community readers above, and a member reported in to the
//                            community (Subject::reported_in_here)
//   submit a report-in:      the member themself; community writers (staff, subdistrict and
//                            system admin covering the community); for a unit, its unit rep
//   claim a post, or withdraw a claim:
//                            the member themself; community writers assigning a member
//   withdraw a report-in:    before it is decided, the member themself; for a unit, its rep
//   log service:             the member themself only (nobody logs hours for another)
//   decide (confirm, decline, reject, open posts, generate and send sheets):
//                            community writers, never on their own report-in or hours
//   acknowledge a sheet:     a unit rep of the unit
//   read a draft sheet:      the community readers (a unit and its member see it once sent)
//   figures:                 the community readers
// A caller who may not read a subject is answered 404, not 403.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "auth/actor.h"
#include "store/value.h"

namespace linli::report_in {

enum class Action {
  kReadUnit,
  kWriteUnit,
  kRead,
  kReadPost,
  kSubmit,
  kSubmitUnit,
  kWithdraw,
  kClaim,
  kLogService,
  kDecide,
  kAcknowledge,
  kReadDraft,
  kFigures,
};

struct Subject {
  std::string community_path;     // path of the community; for kWriteUnit, of the org's area
  std::string unit_org_path;      // path of the work unit's party organisation
  int64_t person_id = 0;          // the member concerned; 0 for a unit
  bool reported_in_here = false;  // the actor holds a confirmed report-in to the community
};

bool Allowed(const auth::Actor& actor, Action action, const Subject& subject);
// True when the actor holds a role that submits or claims for someone else somewhere (a
// community writer); Allowed then decides on the community.
bool ActsForOthers(const auth::Actor& actor);

// Roles that read by the community's area (for list scopes) and the unit rep role, which reads
// by the unit's party organisation.
std::span<const auth::Role> CommunityReaders();
std::span<const auth::Role> UnitReaders();

// SQL restricting rows to those the actor may read: the community path column within an area
// the community readers cover, the unit organisation path column within an organisation a
// unit rep role covers, or the person column equal to the actor's person.
struct ReadScope {
  std::string sql;  // a parenthesised condition
  std::vector<store::Value> params;
};
ReadScope ScopeFor(const auth::Actor& actor, std::string_view community_col,
                   std::string_view org_col, std::string_view person_col);

}  // namespace linli::report_in
