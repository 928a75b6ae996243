// Work units (工作单位): where in-service members work, each with its party organisation. A unit
// rep role held on that organisation is how the unit sees its members' receipts and sheets.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/report_in/forms.h"
#include "store/database.h"
#include "store/page.h"

namespace linli::report_in {

struct WorkUnit {
  int64_t id = 0;
  std::string name;
  std::string kind;
  int64_t org_id = 0;
  std::string org_name;
  std::string org_path;
  std::string org_area_path;  // the area the organisation sits in
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

std::optional<WorkUnit> LoadUnit(store::Connection& c, int64_t id);
// True when the unit holds a confirmed report-in to the community. Part of the module's read
// interface (the appeals module dispatches only to such units).
bool UnitReportedIn(store::Connection& c, int64_t unit_id, int64_t community_id);

// Rules: the party organisation is one the caller can see (404 naming /org_id) and sits in an
// area the caller manages (403); an organisation stands for one unit (409 /org_id); the name
// is free (409 /name).
Result<WorkUnit> CreateUnit(store::Connection& c, const auth::Actor& actor, const UnitForm& f);

struct UnitPage {
  std::vector<WorkUnit> items;
  int64_t total = 0;
};
// Every signed-in role may list units; `q` is part of the name.
Result<UnitPage> ListUnits(store::Connection& c, const auth::Actor& actor,
                           const std::optional<std::string>& q, const store::Page& page);
Result<WorkUnit> GetUnit(store::Connection& c, const auth::Actor& actor, int64_t id);

}  // namespace linli::report_in
