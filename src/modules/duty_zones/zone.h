// Party member duty zones (党员责任区): a zone covers one grid and is served by a few members.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/people/person.h"
#include "store/database.h"

namespace linli::duty_zones {

struct Zone {
  int64_t id = 0;
  int64_t grid_id = 0;
  std::string grid_name;
  std::string grid_path;
  std::string name;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

// A member serving in a zone, with the membership that makes them a party member (none when
// the membership has since ended).
struct ZoneMember {
  people::Person person;
  std::optional<int64_t> org_id;
  std::optional<std::string> status;  // full | probationary
};

// A zone with the members serving in it, as every answer shows it (answers.h).
struct ZoneView {
  Zone zone;
  std::vector<ZoneMember> members;
};

extern const std::string_view kZoneColumns;
extern const std::string_view kZoneFrom;  // "duty_zones z JOIN areas g ON g.id = z.grid_id"
Zone FromRow(const store::Row& r);
std::optional<Zone> Load(store::Connection& c, int64_t id);
// The members serving in the zone, by name.
std::vector<ZoneMember> MembersOf(store::Connection& c, int64_t zone_id);

}  // namespace linli::duty_zones
