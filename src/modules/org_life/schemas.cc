#include "modules/org_life/schemas.h"

#include "http/schema.h"
#include "modules/org_life/forms.h"
#include "modules/org_life/kinds.h"
#include "modules/org_life/validity.h"

namespace linli::org_life {
namespace {

namespace s = http::schema;

// The attendance list a meeting is recorded or corrected with.
boost::json::value AttendanceRequest() {
  return s::Arr(s::Obj({{"person_id", s::Int()}, {"status", s::Enum(AttendanceStatuses())}},
                       {"person_id", "status"}));
}

}  // namespace

boost::json::value RecordMeetingRequest() {
  return s::Obj({{"org_id", s::Int()},
                 {"kind", s::Enum(Kinds())},
                 {"held_on", s::Date()},
                 {"topic", s::Str("at most 200 characters")},
                 {"minutes", s::Str("multiline")},
                 {"lecturer", s::Str("a party lecture's speaker")},
                 {"attendance", AttendanceRequest()},
                 {"valid", s::Bool("optional claim; refused when it contradicts the "
                                   "computation")}},
                {"org_id", "kind", "held_on", "topic", "attendance"});
}

boost::json::value CorrectMeetingRequest() {
  return s::Obj({{"topic", s::Str()},
                 {"minutes", s::Str()},
                 {"lecturer", s::Nullable(s::Str())},
                 {"attendance", AttendanceRequest()},
                 {"valid", s::Bool("optional claim, as for recording")}});
}

boost::json::value AppraisalRequest() {
  return s::Obj(
      {{"org_id", s::Int()},
       {"year", s::Int()},
       {"held_on", s::Date()},
       {"topic", s::Str()},
       {"minutes", s::Str()},
       {"results",
        s::Arr(
            s::Obj({{"person_id", s::Int()}, {"outcome", s::Enum(Outcomes())}, {"note", s::Str()}},
                   {"person_id", "outcome"}))}},
      {"org_id", "year", "held_on", "results"});
}

}  // namespace linli::org_life
