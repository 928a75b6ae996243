#include "modules/appeals/settings.h"

namespace linli::appeals {
namespace {

using settings::Number;
using settings::Text;

settings::Section<AppealCategory> CategorySection() {
  using C = AppealCategory;
  return {"category",
          "One category and its clocks, in seconds from intake (0: no such clock).",
          {Text("code", &C::code, "identifier used by the API"),
           Text("name", &C::name, "shown to people"),
           Number("accept_s", &C::accept_s, "seconds to accept (respond)"),
           Number("on_site_s", &C::on_site_s, "seconds to be on site"),
           Number("resolve_s", &C::resolve_s, "seconds to resolve"),
           Text("suggest_first", &C::suggest_first,
                "whom suggestions list first: duty_zone_member, grid_worker, unit or provider")},
          [](AppealCategory& c, const std::string& where, settings::Errors& errors) {
            if (c.code.empty() || c.name.empty())
              errors.push_back(where + " needs a code and a name");
            if (c.suggest_first != "duty_zone_member" && c.suggest_first != "grid_worker" &&
                c.suggest_first != "unit" && c.suggest_first != "provider") {
              errors.push_back(
                  where + ".suggest_first must be duty_zone_member, grid_worker, unit or provider");
            }
          }};
}

}  // namespace

settings::Section<AppealsConfig> AppealsSection() {
  using A = AppealsConfig;
  return {"appeals",
          "Appeal categories and their clocks (a list given replaces the defaults), follow-up "
          "and photos.",
          {settings::List("categories", &A::categories, CategorySection(),
                          "the categories in the order offered"),
           Number("follow_up_days", &A::follow_up_days,
                  "days after which staff may close a resolved appeal the resident has not rated"),
           Number("photos_per_appeal", &A::photos_per_appeal,
                  "photos attached to one appeal, intake and resolve together"),
           Number("orphan_photo_hours", &A::orphan_photo_hours,
                  "hours after which an upload never attached is removed", 1)}};
}

const AppealsConfig& Settings(const Services& services) {
  return services.settings.Get<AppealsConfig>();
}

PhotoStore PhotoStoreOf(const Services& services) {
  return {services.config.data_dir + "/photos", services.config.http.upload_limit,
          Settings(services).orphan_photo_hours};
}

}  // namespace linli::appeals
