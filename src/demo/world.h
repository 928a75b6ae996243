// World: the demo places and party organisations of the seed communities, built before any
// module's demo rows, and handed to each module's Manifest::demo in the order the modules are
// listed. A module writes its rows through its own commands with `b`.
#pragma once

#include "demo/builder.h"
#include "demo/party.h"
#include "demo/sites.h"

namespace linli::demo {

class World {
 public:
  Builder& b;
  const Hezhou& hezhou;         // 灵峰社区 (seed 003)
  const Jilin& jilin;           // 丹东路社区 (seed 000)
  const Bijiang& bijiang;       // 碧江区 (seed 001)
  const Jiangxi& jiangxi;       // 江西xx市 (seed 004)
  const LocalParty& lingfeng;   // 灵峰社区党总支, its branches and members
  const LocalParty& dandonglu;  // 丹东路社区党委, its branches and members
};

}  // namespace linli::demo
