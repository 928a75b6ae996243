// The appeals module's settings, config.json section "appeals": the half-hour circle
// (半小时便民服务圈) and 接诉即办 clocks of each category (DOMAIN.md part 3), follow-up and
// photos. Other modules read them through Settings() below.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/settings.h"
#include "modules/appeals/photos.h"
#include "modules/module.h"

namespace linli::appeals {

// One category of appeal and its clocks, in seconds from intake.
struct AppealCategory {
  std::string code;       // identifier used by the API
  std::string name;       // shown to people
  int64_t accept_s = 0;   // to accept (respond); 0: no clock
  int64_t on_site_s = 0;  // to be on site; 0: no on-site clock for this category
  int64_t resolve_s = 0;  // to resolve; 0: no clock
  // Whom suggestions list first: duty_zone_member, grid_worker, unit or provider.
  std::string suggest_first = "duty_zone_member";
};

// "categories" in config.json replaces the whole list.
struct AppealsConfig {
  std::vector<AppealCategory> categories = {
      {"small_matter", "小事急办", 300, 600, 1800, "duty_zone_member"},
      {"urgent_safety", "紧急安全", 600, 0, 3600, "grid_worker"},
      {"utilities", "水电气暖", 900, 0, 7200, "grid_worker"},
      {"ordinary", "一般诉求", 3600, 0, 86400, "duty_zone_member"},
      {"complex", "复杂诉求", 86400, 0, int64_t{15} * 86400, "duty_zone_member"},
  };
  int follow_up_days = 3;     // staff may close a resolved appeal the resident has not rated after
  int photos_per_appeal = 9;  // photos attached to one appeal, intake and resolve together
  int orphan_photo_hours = 24;  // an upload never attached is removed after this many hours
};

settings::Section<AppealsConfig> AppealsSection();

// The appeals settings as loaded. REQUIRES: the appeals module is listed and settings are loaded.
const AppealsConfig& Settings(const Services& services);
// Where photos are kept and their limits: DATA/photos, http.upload_limit and
// appeals.orphan_photo_hours. REQUIRES: as Settings.
PhotoStore PhotoStoreOf(const Services& services);

}  // namespace linli::appeals
