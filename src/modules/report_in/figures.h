// Report-in figures per community and area for a year, each counted from the records at the
// time of asking and traceable: every figure comes with the list query that returns the rows
// behind it.
//   reported_in          member report-ins submitted by the end of the year (any state)
//   confirmed            ... of which confirmed by then
//   units_reported_in,   the same for unit report-ins
//   units_confirmed
//   active               members with at least one confirmed service served in the year
//   hours                confirmed service hours served in the year
//   services             confirmed service records served in the year
//   sheets_sent          feedback sheets of the year sent (acknowledged or not)
//   sheets_acknowledged  ... of which acknowledged by the unit
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "store/database.h"

namespace linli::report_in {

struct FigureSet {
  int64_t reported_in = 0;
  int64_t confirmed = 0;
  int64_t units_reported_in = 0;
  int64_t units_confirmed = 0;
  int64_t active = 0;
  int64_t minutes = 0;
  int64_t services = 0;
  int64_t sheets_sent = 0;
  int64_t sheets_acknowledged = 0;
};

struct CommunityFigures {
  int64_t id = 0;
  std::string name;
  FigureSet figures;
};

struct Figures {
  int64_t area_id = 0;
  std::string area_name;
  std::string area_kind;
  int64_t year = 0;
  FigureSet totals;  // active counts each member once across the area
  std::vector<CommunityFigures> communities;
};

// Rules: the area is one the caller sees (404 naming ?area_id), of kind community or above
// (422 ?area_id), whose figures the caller may read (403).
Result<Figures> GetFigures(store::Connection& c, const auth::Actor& actor, int64_t area_id,
                           int64_t year);

}  // namespace linli::report_in
