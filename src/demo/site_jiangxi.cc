// The 江西 city of seed 004, which the text keeps anonymous ("xx市"); so does the demo: the city
// is "江西xx市", its districts and counties are placeholders (中心城区 is the text's own word),
// subdistricts and communities take generic names (name_tables.h), and the ID-number region is
// the placeholder 369901, which belongs to no real county. 183 communities, as the text counts.
#include <array>

#include <fmt/format.h>

#include "demo/name_tables.h"
#include "demo/rng.h"
#include "demo/sites.h"

namespace linli::demo {
namespace {

constexpr uint64_t kSeed = 0x4c696e6c69'0004;

constexpr std::array<std::string_view, 1> kRegions = {"369901"};
constexpr std::array<std::string_view, 10> kSurnames = {"刘", "王", "李", "胡", "罗",
                                                        "曾", "肖", "邹", "彭", "郭"};

// Each district's subdistricts, by their numbers of communities (183 in all).
struct DistrictPlan {
  std::string_view name;
  std::array<int, 4> communities;  // per subdistrict; 0 ends the list
};
constexpr std::array<DistrictPlan, 7> kDistricts = {{
    {"中心城区", {9, 10, 9, 10}},
    {"甲区", {12, 12, 11, 0}},
    {"乙县", {14, 14, 0, 0}},
    {"丙县", {13, 13, 0, 0}},
    {"丁县", {10, 10, 0, 0}},
    {"戊县", {9, 9, 0, 0}},
    {"己市", {9, 9, 0, 0}},
}};

// Community names are a generic word with one of these endings ("和平社区", "和平路社区", ...),
// so that the city's 183 names are all different.
constexpr std::array<std::string_view, 5> kNameEndings = {"", "路", "里", "苑", "街"};
// Steps through the word-and-ending pairs; coprime with their number, so no pair comes twice.
constexpr size_t kNameStride = 7;

// The name of the city's `n`th community. REQUIRES: n < CommunityWords().size() * 5.
std::string CommunityName(size_t n) {
  const auto words = CommunityWords();
  const size_t pair = (n * kNameStride) % (words.size() * kNameEndings.size());
  return fmt::format("{}{}社区", words[pair % words.size()], kNameEndings[pair / words.size()]);
}

}  // namespace

Jiangxi BuildJiangxi(Builder& b) {
  DemoRng rng(kSeed);
  const Folk folk{kRegions, kSurnames};
  Jiangxi jx;
  jx.folk = folk;
  jx.city = b.Area(std::nullopt, "city", "江西xx市");
  const auto subdistrict_words = SubdistrictWords();
  for (const auto& d : kDistricts) {
    const int64_t district = b.Area(jx.city, "district", std::string(d.name));
    for (size_t s = 0; s < d.communities.size() && d.communities[s] > 0; ++s) {
      const int64_t subdistrict =
          b.Area(district, "subdistrict", fmt::format("{}街道", subdistrict_words[s]));
      for (int i = 0; i < d.communities[s]; ++i) {
        CommunityPlaces c;
        c.name = CommunityName(jx.communities.size());
        c.id = b.Area(subdistrict, "community", c.name);
        jx.communities.push_back(std::move(c));
      }
    }
  }
  // A few households, in the first community only.
  CommunityPlaces& first = jx.communities.front();
  first.grids.push_back(b.Area(first.id, "grid", "第一网格"));
  BuildEstate(
      b, rng, folk, first.grids[0],
      {.name = first.name.substr(0, first.name.size() - std::string_view("社区").size()) + "小区",
       .buildings = 1,
       .entrances = 2,
       .floors = 4,
       .per_floor = 2},
      first);
  return jx;
}

}  // namespace linli::demo
