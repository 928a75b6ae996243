// A recorded meeting of org life with its roll, and the roll an organisation's members make.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/org_life/validity.h"
#include "modules/orgs/org.h"
#include "modules/people/person.h"
#include "store/database.h"

namespace linli::org_life {

struct Attendee {
  people::Person person;
  AttendanceRow row;
};

struct Meeting {
  int64_t id = 0;
  orgs::Org org;
  std::string kind;
  std::string held_on;
  std::string topic;
  std::string minutes;
  std::optional<std::string> lecturer;
  bool valid = false;
  std::vector<Attendee> attendance;  // by name
  int64_t created_at = 0;
  int64_t updated_at = 0;

  std::vector<AttendanceRow> Rows() const;
};

// Reads one meeting with its roll; nullopt when there is none.
std::optional<Meeting> LoadMeeting(store::Connection& c, int64_t id);

// A member of an organisation or of one below it, as the rolls need them.
struct RollMember {
  int64_t person_id = 0;
  bool full = false;
  std::string org_path;  // of the organisation holding the membership
};
// The members held by `org` and the organisations below it, by person id.
std::vector<RollMember> MembersBelow(store::Connection& c, const orgs::Org& org);

}  // namespace linli::org_life
