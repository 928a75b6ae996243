// 灵峰社区 of 八步街道, 八步区, 贺州市 (seed 003). 建安街 and 贤德北巷 are the streets the text
// names; they are kept as estates. The other two estates, 灵峰小区 and 灵峰花园, are invented
// for the demo.
#include <array>

#include "demo/rng.h"
#include "demo/sites.h"

namespace linli::demo {
namespace {

constexpr uint64_t kSeed = 0x4c696e6c69'0003;  // "Linli" and the seed text's number

// Administrative division codes (GB/T 2260) of the city and district.
constexpr std::string_view kCityCode = "451100";
constexpr std::string_view kDistrictCode = "451102";

// 八步区 first; then 平桂区, 昭平县, 钟山县, 富川瑶族自治县.
constexpr std::array<std::string_view, 5> kRegions = {"451102", "451103", "451121", "451122",
                                                      "451123"};
constexpr std::array<std::string_view, 12> kSurnames = {"黄", "李", "陈", "莫", "覃", "钟",
                                                        "邓", "梁", "廖", "黎", "陆", "韦"};

}  // namespace

Hezhou BuildHezhou(Builder& b) {
  DemoRng rng(kSeed);
  const Folk folk{kRegions, kSurnames};
  Hezhou h;
  h.folk = folk;
  h.city = b.Area(std::nullopt, "city", "贺州市", std::string(kCityCode));
  h.district = b.Area(h.city, "district", "八步区", std::string(kDistrictCode));
  h.subdistrict = b.Area(h.district, "subdistrict", "八步街道");
  CommunityPlaces& c = h.lingfeng;
  c.name = "灵峰社区";
  c.id = b.Area(h.subdistrict, "community", c.name);
  for (const char* grid : {"第一网格", "第二网格", "第三网格", "第四网格"}) {
    c.grids.push_back(b.Area(c.id, "grid", grid));
  }
  // Simple outlines for the dashboards' grid map (not surveyed boundaries).
  b.OutlineGrids(c.id, c.grids, 111.5480, 24.4060, 111.5640, 24.4150);
  BuildEstate(b, rng, folk, c.grids[0],
              {.name = "建安街",
               .street = true,
               .buildings = 10,
               .first_number = 2,
               .number_step = 2,
               .floors = 3},
              c);
  BuildEstate(b, rng, folk, c.grids[1],
              {.name = "贤德北巷", .street = true, .buildings = 12, .floors = 2}, c);
  BuildEstate(b, rng, folk, c.grids[2],
              {.name = "灵峰小区", .buildings = 2, .entrances = 2, .floors = 5, .per_floor = 2}, c);
  BuildEstate(b, rng, folk, c.grids[3],
              {.name = "灵峰花园", .buildings = 2, .entrances = 1, .floors = 6, .per_floor = 2}, c);
  return h;
}

}  // namespace linli::demo
