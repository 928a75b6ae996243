#include "modules/org_life/schemas.h"

#include "http/schema.h"
#include "modules/org_life/forms.h"
#include "modules/org_life/kinds.h"

namespace linli::org_life {

namespace s = http::schema;

std::vector<std::string_view> KindList() { return {Kinds().begin(), Kinds().end()}; }

boost::json::value OrgRefSchema() {
  return s::Obj({{"id", s::Int()}, {"kind", s::Str()}, {"name", s::Str()}, {"path", s::Str()}});
}

boost::json::value MeetingSchema() {
  return s::Obj(
      {{"id", s::Int()},
       {"org", OrgRefSchema()},
       {"kind", s::Enum(KindList())},
       {"held_on", s::Date()},
       {"topic", s::Str()},
       {"minutes", s::Str()},
       {"lecturer", s::Nullable(s::Str())},
       {"valid", s::Bool("computed by the server: a general meeting needs more than half of its "
                         "full members present; any other kind someone present")},
       {"tally",
        s::Obj({{"present", s::Int()},
                {"absent", s::Int()},
                {"excused", s::Int()},
                {"voting_members", s::Int("full members on the roll")},
                {"voting_present", s::Int()},
                {"quorum", s::Nullable(s::Int("full members needed (general meeting)"))}})},
       {"attendance",
        s::Arr(
            s::Obj({{"person", s::Ref("Person")},
                    {"status", s::Enum({"present", "absent", "excused"})},
                    {"voting", s::Bool("a full member when recorded")},
                    {"listed", s::Bool("false: not listed by the recorder, recorded absent")}}))},
       {"created_at", s::DateTime()},
       {"updated_at", s::DateTime()}},
      {"id", "org", "kind", "held_on", "topic", "valid", "tally"});
}

boost::json::value SlotSchema() {
  return s::Obj({{"period", s::Str("2025-03, 2025-Q1, 2025-H1, 2025 ...")},
                 {"first_day", s::Date()},
                 {"last_day", s::Date()},
                 {"status", s::Enum({"held", "missed", "open"})},
                 {"meeting_id", s::Nullable(s::Int("the first valid meeting"))},
                 {"valid_meetings", s::Arr(s::Int())},
                 {"invalid_meetings", s::Arr(s::Int())}});
}

boost::json::value CoverageOrgSchema() {
  boost::json::value missed = SlotSchema();
  missed.as_object()["properties"].as_object()["kind"] = s::Enum(KindList());
  return s::Obj({{"id", s::Int()},
                 {"kind", s::Str()},
                 {"name", s::Str()},
                 {"path", s::Str()},
                 {"owed", s::Int("periods held or missed in the range")},
                 {"held", s::Int()},
                 {"open", s::Int("periods not yet over with no meeting yet: not owed")},
                 {"missed", s::Arr(missed)}});
}

boost::json::value CoverageMemberSchema() {
  return s::Obj({{"person", s::Ref("Person")},
                 {"org_id", s::Int("the organisation holding the membership")},
                 {"required", s::Int("periods that bound the member")},
                 {"attended", s::Int()},
                 {"excused", s::Int("excused absences: not a miss")},
                 {"absent", s::Int()},
                 {"not_held", s::Int("periods the organisation held no valid meeting in")},
                 {"missed", s::Int("absent + not_held")},
                 {"complete", s::Bool("measured and nothing missed")},
                 {"misses", s::Arr(s::Obj({{"org_id", s::Int()},
                                           {"kind", s::Enum(KindList())},
                                           {"period", s::Str()},
                                           {"outcome", s::Enum({"absent", "not_held"})},
                                           {"meeting_id", s::Nullable(s::Int())}}))}});
}

boost::json::value AppraisalSchema() {
  return s::Obj({{"id", s::Int()},
                 {"org", OrgRefSchema()},
                 {"year", s::Int()},
                 {"held_on", s::Date()},
                 {"meeting_id", s::Int("its member_appraisal meeting")},
                 {"counts", s::Obj({{"excellent", s::Int()},
                                    {"qualified", s::Int()},
                                    {"basically_qualified", s::Int()},
                                    {"unqualified", s::Int()}})},
                 {"results", s::Arr(s::Obj({{"person", s::Ref("Person")},
                                            {"outcome", s::Enum(std::vector<std::string_view>(
                                                            Outcomes().begin(), Outcomes().end()))},
                                            {"note", s::Nullable(s::Str())}}))},
                 {"created_at", s::DateTime()}},
                {"id", "org", "year", "held_on", "meeting_id", "results"});
}

boost::json::value AttendanceRequest() {
  return s::Arr(
      s::Obj({{"person_id", s::Int()}, {"status", s::Enum({"present", "absent", "excused"})}},
             {"person_id", "status"}));
}

}  // namespace linli::org_life
