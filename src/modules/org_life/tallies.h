// What other modules may read of org life (the module's read interface): a member's attendance
// and appraisal outcome, and an organisation's meetings with their attendance. Dates are
// YYYY-MM-DD, both ends included.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace linli::org_life {

struct Attendance {
  int64_t present = 0;
  int64_t absent = 0;
  int64_t excused = 0;
};

// The member's attendance at the meetings held between the dates.
Attendance AttendanceOf(store::Connection& c, int64_t person_id, std::string_view first,
                        std::string_view last);

// The outcome of the member's appraisal of `year` (excellent, qualified, basically_qualified,
// unqualified), if one was recorded.
std::optional<std::string> AppraisalOutcomeOf(store::Connection& c, int64_t person_id,
                                              int64_t year);

struct MeetingTally {
  int64_t id = 0;
  std::string kind;
  std::string held_on;
  std::string topic;
  bool valid = true;
  Attendance attendance;
};

// The meetings the organisation itself held between the dates, by date.
std::vector<MeetingTally> MeetingsOf(store::Connection& c, int64_t org_id, std::string_view first,
                                     std::string_view last);

}  // namespace linli::org_life
