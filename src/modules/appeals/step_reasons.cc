#include "modules/appeals/step_reasons.h"

#include <vector>

#include <fmt/format.h>

#include "store/sql.h"

namespace linli::appeals {

StepReasons ReasonsOfSteps(store::Connection& c, std::span<const int64_t> ids,
                           std::span<const std::string_view> steps) {
  StepReasons out;
  if (ids.empty() || steps.empty()) return out;
  std::vector<store::Value> params(ids.begin(), ids.end());
  for (const auto step : steps) params.emplace_back(std::string(step));
  const std::string sql = fmt::format(
      "SELECT appeal_id, step, reason FROM appeal_steps WHERE appeal_id IN ({}) AND step IN ({})"
      " ORDER BY id",
      store::Marks(ids.size()), store::Marks(steps.size()));
  for (const auto& r : c.Query(sql, params)) {
    out[{r.Int(0), r.Text(1)}] = r.OptText(2);  // the last one of each stays
  }
  return out;
}

}  // namespace linli::appeals
