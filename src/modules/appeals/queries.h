// Read side of the appeals module: lists filtered by the actor's scope (workers and admins see
// the appeals placed in their areas; a resident their own; an assignee those dispatched to
// them), one appeal with its timeline, and the assignees the system suggests.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json/array.hpp>

#include "auth/actor.h"
#include "core/result.h"
#include "http/query.h"
#include "modules/appeals/appeal.h"
#include "modules/appeals/kpi.h"
#include "modules/appeals/partners.h"
#include "modules/appeals/photos.h"
#include "modules/appeals/settings.h"
#include "store/database.h"

namespace linli::appeals {

struct AppealFilter {
  std::optional<std::string> state;
  std::optional<std::string> category;
  std::optional<int64_t> area_id;  // the area and everything below it
  bool assigned_to_me = false;
  std::optional<bool> overdue;
  std::optional<bool> supervised;  // raised for supervision at least once
  std::optional<int64_t> from_ms;  // created at or after
  std::optional<int64_t> to_ms;    // created before
  std::optional<std::string> q;    // text in the description
  std::optional<kpi::Metric> kpi;  // in this set of kpi.h (what a KPI figure links to)
};

struct AppealPage {
  std::vector<Appeal> items;
  int64_t total = 0;
};

// An unknown or unseen ?area_id is a 404 naming it.
Result<AppealPage> ListAppeals(store::Connection& c, const auth::Actor& actor,
                               const AppealFilter& f, const http::Page& page);

struct AppealView {
  Appeal appeal;
  std::vector<Step> steps;
  std::vector<Supervision> supervisions;
  std::optional<Appeal> follows;  // the appeal a merged one follows
  std::vector<Photo> photos;      // at intake and on resolving, in upload order
};
// One appeal the actor may read (also the appeal one's own merged appeal follows).
Result<AppealView> GetAppeal(store::Connection& c, const auth::Actor& actor, int64_t id);

// The assignees the system suggests for an appeal, in order, each with its reason: the members
// serving duty zones on the appeal's grid, the grid workers of that grid, the co-building units
// and the providers registered for its category in its community (partners.h); the group the
// category prefers (suggest_first) comes first. Only for those who may dispatch it.
Result<std::vector<Suggestion>> Suggest(store::Connection& c, const auth::Actor& actor,
                                        const AppealsConfig& config, int64_t id);

}  // namespace linli::appeals
