// The party organisations of the demo places and their members, built through the orgs
// module's commands (CreateOrg, AddMember):
//   灵峰社区党总支: a branch per grid, two groups in each, members drawn from the grid's residents;
//   丹东路社区党委: a branch per grid with groups, members drawn from residents, and the joint
//     branch of the 商贸服务圈 (seed 000) whose members are merchants of the circle;
//   碧江区: a community party branch in each of the 26 communities (seed 001), with two groups;
//   江西xx市: 14 committees, 13 general branches and 245 branches over its 183 communities
//     (seed 004), a few of them deliberately breaking the formation rules (see party_jiangxi.cc)
//     so that the organisation checks have something to show.
// Every member is a person; members are held by the lowest organisation (a group where a
// branch has groups).
#pragma once

#include <cstdint>
#include <vector>

#include "demo/builder.h"
#include "demo/households.h"
#include "demo/sites.h"

namespace linli::demo {

struct PartyMember {
  Resident person;
  int64_t branch = 0;  // the branch it belongs to
  int64_t org = 0;     // the organisation holding the membership (the branch or one of its groups)
};

struct LocalParty {
  int64_t root = 0;
  std::vector<int64_t> branches;
  std::vector<PartyMember> members;  // in the order they were added
};

LocalParty BuildLingfengParty(Builder& b, const Hezhou& h);
LocalParty BuildDandongluParty(Builder& b, const Jilin& j);
void BuildBijiangParty(Builder& b, const Bijiang& bj);
void BuildJiangxiParty(Builder& b, const Jiangxi& jx);

}  // namespace linli::demo
