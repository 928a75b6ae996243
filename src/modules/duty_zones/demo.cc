#include "modules/duty_zones/demo.h"

#include <array>
#include <string_view>

#include <fmt/format.h>

#include "modules/duty_zones/commands.h"

namespace linli::duty_zones {
namespace {

// The estate of each 灵峰 grid, in grid order (site_hezhou.cc).
constexpr std::array<std::string_view, 4> kGridEstates = {"建安街", "贤德北巷", "灵峰小区",
                                                          "灵峰花园"};
constexpr std::array<size_t, 2> kZoneSizes = {3, 2};
constexpr std::array<std::string_view, 2> kZoneNames = {"第一责任区", "第二责任区"};

// Creates a duty zone on `grid` served by `members` under the configured size rule.
void AddZone(demo::Builder& b, int64_t grid, std::string name, std::vector<int64_t> members) {
  CreateZoneForm f;
  f.grid_id = grid;
  f.name = std::move(name);
  f.member_ids = std::move(members);
  const auto& rules = b.services().settings.Get<DutyZoneRules>();
  demo::Take(CreateZone(b.conn(), b.actor(), rules, f), fmt::format("duty zone {}", f.name));
  ++b.report().duty_zones;
}

}  // namespace

void DemoRows(demo::World& w) {
  const auto& grids = w.hezhou.lingfeng.grids;
  for (size_t g = 0; g < grids.size() && g < kGridEstates.size(); ++g) {
    std::vector<int64_t> members;  // the grid's members, in the order they were enrolled
    for (const auto& m : w.lingfeng.members) {
      if (m.person.grid_id == grids[g]) members.push_back(m.person.person_id);
    }
    size_t next = 0;
    for (size_t z = 0; z < kZoneSizes.size(); ++z) {
      const size_t size = kZoneSizes[z];
      if (next + size > members.size()) break;
      AddZone(w.b, grids[g], fmt::format("{}{}", kGridEstates[g], kZoneNames[z]),
              {members.begin() + static_cast<std::ptrdiff_t>(next),
               members.begin() + static_cast<std::ptrdiff_t>(next + size)});
      next += size;
    }
  }
}

}  // namespace linli::duty_zones
