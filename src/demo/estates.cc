#include "demo/estates.h"

#include <fmt/format.h>

namespace linli::demo {
namespace {

void Households(Builder& b, DemoRng& rng, const Folk& folk, int64_t grid, int64_t parent,
                const EstatePlan& p, CommunityPlaces& community) {
  for (int floor = 1; floor <= p.floors; ++floor) {
    for (int room = 1; room <= p.per_floor; ++room) {
      const std::string name =
          p.street ? fmt::format("{}{:02}室", floor, room) : fmt::format("{}{:02}", floor, room);
      const int64_t household = b.Area(parent, "household", name);
      community.households.push_back(household);
      ++b.report().households;
      for (auto& r : PopulateHousehold(b, rng, folk, household)) {
        r.grid_id = grid;
        community.residents.push_back(std::move(r));
      }
    }
  }
}

}  // namespace

void BuildEstate(Builder& b, DemoRng& rng, const Folk& folk, int64_t grid, const EstatePlan& plan,
                 CommunityPlaces& community) {
  const int64_t estate = b.Area(grid, "estate", plan.name);
  for (int i = 0; i < plan.buildings; ++i) {
    if (plan.street) {
      const int number = plan.first_number + i * plan.number_step;
      const int64_t house = b.Area(estate, "building", fmt::format("{}号", number));
      Households(b, rng, folk, grid, house, plan, community);
      continue;
    }
    const int64_t tower = b.Area(estate, "building", fmt::format("{}栋", i + 1));
    for (int e = 1; e <= plan.entrances; ++e) {
      const int64_t entrance = b.Area(tower, "entrance", fmt::format("{}单元", e));
      Households(b, rng, folk, grid, entrance, plan, community);
    }
  }
}

}  // namespace linli::demo
