// 碧江区 of 铜仁市 (seed 001): 26 communities, each with a community party branch. The text
// names 西门 (of 市中), 梵净山 (of 环北) and 广场 (of 河西); the other 23 communities take generic
// names (name_tables.h) and are spread over those three subdistricts.
#include <array>

#include <fmt/format.h>

#include "demo/name_tables.h"
#include "demo/sites.h"

namespace linli::demo {
namespace {

constexpr std::string_view kCityCode = "520600";
constexpr std::string_view kDistrictCode = "520602";

// 碧江区 first; then 万山区, 江口县, 玉屏侗族自治县, 思南县.
constexpr std::array<std::string_view, 5> kRegions = {"520602", "520603", "520621", "520622",
                                                      "520624"};
constexpr std::array<std::string_view, 8> kSurnames = {"杨", "田", "吴", "龙",
                                                       "张", "王", "罗", "石"};

struct SubdistrictPlan {
  std::string_view name;
  std::string_view named_community;  // the one the text names
  int communities;
};
constexpr std::array<SubdistrictPlan, 3> kSubdistricts = {{
    {"市中街道", "西门社区", 9},
    {"环北街道", "梵净山社区", 9},
    {"河西街道", "广场社区", 8},
}};

}  // namespace

Bijiang BuildBijiang(Builder& b) {
  Bijiang bj;
  bj.folk = Folk{kRegions, kSurnames};
  bj.city = b.Area(std::nullopt, "city", "铜仁市", std::string(kCityCode));
  bj.district = b.Area(bj.city, "district", "碧江区", std::string(kDistrictCode));
  const auto words = CommunityWords();
  size_t next_word = 0;
  for (const auto& s : kSubdistricts) {
    const int64_t subdistrict = b.Area(bj.district, "subdistrict", std::string(s.name));
    for (int i = 0; i < s.communities; ++i) {
      CommunityPlaces c;
      c.name = i == 0 ? std::string(s.named_community)
                      : fmt::format("{}社区", words[next_word++ % words.size()]);
      c.id = b.Area(subdistrict, "community", c.name);
      bj.communities.push_back(std::move(c));
    }
  }
  return bj;
}

}  // namespace linli::demo
