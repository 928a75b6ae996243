// The places the seed texts name, built as area trees with their residents:
//   贺州市 > 八步区 > 八步街道 > 灵峰社区 (seed 003), with 建安街 and 贤德北巷;
//   吉林省某市 > 某区 > 站前街道 > 丹东路社区 (seed 000; the text names only the province);
//   铜仁市 > 碧江区 with its 26 communities (seed 001);
//   江西xx市 with its 183 communities (seed 004, which keeps the city anonymous).
// Each builder draws from its own DemoRng, so a change to one place leaves the others as they
// were. `folk` says where each place's people come from, for the members created later.
#pragma once

#include <cstdint>
#include <vector>

#include "demo/builder.h"
#include "demo/estates.h"

namespace linli::demo {

struct Hezhou {
  int64_t city = 0, district = 0, subdistrict = 0;
  CommunityPlaces lingfeng;
  Folk folk;
};
Hezhou BuildHezhou(Builder& b);

struct Jilin {
  int64_t city = 0, district = 0, subdistrict = 0;
  CommunityPlaces dandonglu;
  Folk folk;
};
Jilin BuildJilin(Builder& b);

// Communities here are bare areas: no grids, households or residents.
struct Bijiang {
  int64_t city = 0, district = 0;
  std::vector<CommunityPlaces> communities;
  Folk folk;
};
Bijiang BuildBijiang(Builder& b);

// Communities are bare areas except the first, which has one estate with residents.
struct Jiangxi {
  int64_t city = 0;
  std::vector<CommunityPlaces> communities;
  Folk folk;
};
Jiangxi BuildJiangxi(Builder& b);

}  // namespace linli::demo
