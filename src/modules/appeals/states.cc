#include "modules/appeals/states.h"

#include <vector>

#include <fmt/format.h>

#include "store/sql.h"

namespace linli::appeals {

std::map<int64_t, StateNow> StatesOf(store::Connection& c, std::span<const int64_t> ids) {
  std::map<int64_t, StateNow> out;
  if (ids.empty()) return out;
  const std::vector<store::Value> params(ids.begin(), ids.end());
  for (const auto& r :
       c.Query(fmt::format("SELECT id, state, category FROM appeals WHERE id IN ({})",
                           store::Marks(ids.size())),
               params)) {
    out[r.Int(0)] = {r.Text(1), r.Text(2)};
  }
  return out;
}

}  // namespace linli::appeals
