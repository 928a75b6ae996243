// The shapes of the org_life module's answers, each declared once (http/shape.h): their JSON
// and their schemas (the OpenAPI components named by their kSchemaName) come from these
// structs. They view the records they are made from: keep the record alive while its answer is
// written. A person is the people module's masked JSON (component Person).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "http/shape.h"
#include "modules/org_life/appraisal.h"
#include "modules/org_life/coverage.h"
#include "modules/org_life/forms.h"
#include "modules/org_life/kinds.h"
#include "modules/org_life/meeting.h"
#include "modules/org_life/queries.h"
#include "modules/org_life/validity.h"
#include "modules/people/answers.h"

namespace linli::org_life {

namespace shape = http::shape;
using PersonJson = people::PersonAnswer;  // the people module's answer (component Person)

// An organisation as a meeting names it.
struct OrgRef {
  int64_t id = 0;
  std::string_view kind;
  std::string_view name;
  std::string_view path;
};
// An organisation as a plan and an appraisal name it.
struct OrgName {
  int64_t id = 0;
  std::string_view kind;
  std::string_view name;
};

struct TallyAnswer {
  int64_t present = 0;
  int64_t absent = 0;
  int64_t excused = 0;
  int64_t voting_members = 0;
  int64_t voting_present = 0;
  std::optional<int64_t> quorum;
  static constexpr shape::Doc kDocs[] = {{"voting_members", "full members on the roll"},
                                         {"quorum", "full members needed (general meeting)"}};
};

// A meeting without its roll: an item of the list.
struct MeetingAnswer {
  static constexpr std::string_view kSchemaName = "OrgLifeMeeting";
  int64_t id = 0;
  OrgRef org;
  shape::OneOf<&Kinds> kind;
  std::string_view held_on;
  std::string_view topic;
  std::string_view minutes;
  std::optional<std::string_view> lecturer;
  bool valid = false;
  TallyAnswer tally;
  shape::Time created_at;
  shape::Time updated_at;
  static constexpr shape::Doc kDocs[] = {
      {"held_on", "YYYY-MM-DD"},
      {"valid",
       "computed by the server: a general meeting needs more than half of its full members "
       "present; any other kind someone present"}};
};

struct AttendeeAnswer {
  PersonJson person;
  shape::OneOf<&AttendanceStatuses> status;
  bool voting = false;
  bool listed = false;
  static constexpr shape::Doc kDocs[] = {
      {"voting", "a full member when recorded"},
      {"listed", "false: not listed by the recorder, recorded absent"}};
};

// One meeting with its roll (masked persons): the answer of recording, reading and correcting.
struct MeetingViewAnswer : MeetingAnswer {
  static constexpr std::string_view kSchemaName = "OrgLifeMeetingView";
  std::vector<AttendeeAnswer> attendance;
};

// A period of a plan.
struct SlotAnswer {
  static constexpr std::string_view kSchemaName = "OrgLifeSlot";
  std::string_view period;
  std::string_view first_day;
  std::string_view last_day;
  shape::OneOf<&SlotStatuses> status;
  std::optional<int64_t> meeting_id;
  std::vector<int64_t> valid_meetings;
  std::vector<int64_t> invalid_meetings;
  static constexpr shape::Doc kDocs[] = {{"period", "2025-03, 2025-Q1, 2025-H1, 2025 ..."},
                                         {"first_day", "YYYY-MM-DD"},
                                         {"last_day", "YYYY-MM-DD"},
                                         {"meeting_id", "the first valid meeting"}};
};
// A period an organisation of the coverage missed, with the kind it owed.
struct MissedSlotAnswer : SlotAnswer {
  static constexpr std::string_view kSchemaName = "OrgLifeMissedSlot";
  shape::OneOf<&Kinds> kind;
};

struct KindPlanAnswer {
  shape::OneOf<&Kinds> kind;
  int64_t months = 0;
  std::vector<SlotAnswer> periods;
};
// The year's plan of an organisation: each kind of meeting it owes, with its periods.
struct PlanAnswer {
  static constexpr std::string_view kSchemaName = "OrgLifePlan";
  OrgName org;
  int64_t year = 0;
  std::string_view as_of;
  int64_t full_members = 0;
  bool has_committee = false;
  std::vector<KindPlanAnswer> kinds;
  static constexpr shape::Doc kDocs[] = {{"as_of", "today, YYYY-MM-DD"}};
};

struct CoverageOrgAnswer {
  int64_t id = 0;
  std::string_view kind;
  std::string_view name;
  std::string_view path;
  int64_t owed = 0;
  int64_t held = 0;
  int64_t open = 0;
  std::vector<MissedSlotAnswer> missed;
  static constexpr shape::Doc kDocs[] = {
      {"owed", "periods held or missed in the range"},
      {"open", "periods not yet over with no meeting yet: not owed"}};
};

struct MissAnswer {
  int64_t org_id = 0;
  shape::OneOf<&Kinds> kind;
  std::string_view period;
  shape::OneOf<&MissOutcomes> outcome;
  std::optional<int64_t> meeting_id;
};
struct CoverageMemberAnswer {
  static constexpr std::string_view kSchemaName = "OrgLifeCoverageMember";
  PersonJson person;
  int64_t org_id = 0;
  int64_t required = 0;
  int64_t attended = 0;
  int64_t excused = 0;
  int64_t absent = 0;
  int64_t not_held = 0;
  int64_t missed = 0;
  bool complete = false;
  std::vector<MissAnswer> misses;
  static constexpr shape::Doc kDocs[] = {
      {"org_id", "the organisation holding the membership"},
      {"required", "periods that bound the member"},
      {"excused", "excused absences: not a miss"},
      {"not_held", "periods the organisation held no valid meeting in"},
      {"missed", "absent + not_held"},
      {"complete", "measured and nothing missed"}};
};

struct ShareAnswer {
  int64_t complete = 0;
  int64_t measured = 0;
  std::optional<double> ratio;
  std::vector<int64_t> complete_ids;
  std::vector<int64_t> incomplete_ids;
  std::vector<int64_t> unmeasured_ids;
  static constexpr shape::Doc kDocs[] = {{"ratio", "complete / measured; null: none measured"}};
};
// The coverage of a range: organisations with their missed periods, members with their
// misses, and the share of members complete.
struct CoverageAnswer {
  static constexpr std::string_view kSchemaName = "OrgLifeCoverage";
  std::string_view from;
  std::string_view to;
  std::string_view as_of;
  std::vector<CoverageOrgAnswer> organisations;
  std::vector<CoverageMemberAnswer> members;
  ShareAnswer share;
};

struct AppraisalCounts {
  int64_t excellent = 0;
  int64_t qualified = 0;
  int64_t basically_qualified = 0;
  int64_t unqualified = 0;
};
struct AppraisalResultAnswer {
  PersonJson person;
  shape::OneOf<&Outcomes> outcome;
  std::optional<std::string_view> note;
};
// A yearly member appraisal with the count of each outcome and the outcomes (masked persons).
struct AppraisalAnswer {
  static constexpr std::string_view kSchemaName = "MemberAppraisal";
  int64_t id = 0;
  OrgName org;
  int64_t year = 0;
  std::string_view held_on;
  int64_t meeting_id = 0;
  AppraisalCounts counts;
  std::vector<AppraisalResultAnswer> results;
  shape::Time created_at;
  static constexpr shape::Doc kDocs[] = {{"meeting_id", "its member_appraisal meeting"}};
};

BOOST_DESCRIBE_STRUCT(OrgRef, (), (id, kind, name, path))
BOOST_DESCRIBE_STRUCT(OrgName, (), (id, kind, name))
BOOST_DESCRIBE_STRUCT(TallyAnswer, (),
                      (present, absent, excused, voting_members, voting_present, quorum))
BOOST_DESCRIBE_STRUCT(MeetingAnswer, (),
                      (id, org, kind, held_on, topic, minutes, lecturer, valid, tally, created_at,
                       updated_at))
BOOST_DESCRIBE_STRUCT(AttendeeAnswer, (), (person, status, voting, listed))
BOOST_DESCRIBE_STRUCT(MeetingViewAnswer, (MeetingAnswer), (attendance))
BOOST_DESCRIBE_STRUCT(SlotAnswer, (),
                      (period, first_day, last_day, status, meeting_id, valid_meetings,
                       invalid_meetings))
BOOST_DESCRIBE_STRUCT(MissedSlotAnswer, (SlotAnswer), (kind))
BOOST_DESCRIBE_STRUCT(KindPlanAnswer, (), (kind, months, periods))
BOOST_DESCRIBE_STRUCT(PlanAnswer, (), (org, year, as_of, full_members, has_committee, kinds))
BOOST_DESCRIBE_STRUCT(CoverageOrgAnswer, (), (id, kind, name, path, owed, held, open, missed))
BOOST_DESCRIBE_STRUCT(MissAnswer, (), (org_id, kind, period, outcome, meeting_id))
BOOST_DESCRIBE_STRUCT(CoverageMemberAnswer, (),
                      (person, org_id, required, attended, excused, absent, not_held, missed,
                       complete, misses))
BOOST_DESCRIBE_STRUCT(ShareAnswer, (),
                      (complete, measured, ratio, complete_ids, incomplete_ids, unmeasured_ids))
BOOST_DESCRIBE_STRUCT(CoverageAnswer, (), (from, to, as_of, organisations, members, share))
BOOST_DESCRIBE_STRUCT(AppraisalCounts, (), (excellent, qualified, basically_qualified, unqualified))
BOOST_DESCRIBE_STRUCT(AppraisalResultAnswer, (), (person, outcome, note))
BOOST_DESCRIBE_STRUCT(AppraisalAnswer, (),
                      (id, org, year, held_on, meeting_id, counts, results, created_at))

MeetingAnswer AnswerOf(const Meeting& m);
MeetingViewAnswer ViewOf(const Meeting& m);
PlanAnswer AnswerOf(const Plan& p);
CoverageAnswer AnswerOf(const Coverage& cov);
AppraisalAnswer AnswerOf(const Appraisal& a);

}  // namespace linli::org_life
