// 丹东路社区 of 站前街道 (seed 000). The text names only the province (吉林), not the city or
// district, so they are the placeholders "吉林省某市" and "某区", and the ID-number region is the
// placeholder 229901, which belongs to no real county. The three estates are invented.
#include <array>
#include <utility>

#include "demo/rng.h"
#include "demo/sites.h"

namespace linli::demo {
namespace {

constexpr uint64_t kSeed = 0x4c696e6c69'0000;

constexpr std::array<std::string_view, 1> kRegions = {"229901"};
constexpr std::array<std::string_view, 10> kSurnames = {"王", "李", "张", "刘", "于",
                                                        "孙", "赵", "金", "姜", "崔"};

}  // namespace

Jilin BuildJilin(Builder& b) {
  DemoRng rng(kSeed);
  const Folk folk{kRegions, kSurnames};
  Jilin j;
  j.folk = folk;
  j.city = b.Area(std::nullopt, "city", "吉林省某市");
  j.district = b.Area(j.city, "district", "某区");
  j.subdistrict = b.Area(j.district, "subdistrict", "站前街道");
  CommunityPlaces& c = j.dandonglu;
  c.name = "丹东路社区";
  c.id = b.Area(j.subdistrict, "community", c.name);
  constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kGrids = {
      {{"第一网格", "丹东路小区"}, {"第二网格", "站前小区"}, {"第三网格", "商贸小区"}}};
  for (const auto& [grid_name, estate] : kGrids) {
    const int64_t grid = b.Area(c.id, "grid", std::string(grid_name));
    c.grids.push_back(grid);
    BuildEstate(
        b, rng, folk, grid,
        {.name = std::string(estate), .buildings = 2, .entrances = 2, .floors = 6, .per_floor = 2},
        c);
  }
  // Simple outlines for the dashboards' grid map (not surveyed boundaries).
  b.OutlineGrids(c.id, c.grids, 126.5400, 43.8300, 126.5580, 43.8400);
  return j;
}

}  // namespace linli::demo
