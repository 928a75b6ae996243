// 碧江区's 26 community party branches (seed 001: 辖区26个社区党支部), each with two member
// groups. The text counts 2877 resident members; the demo keeps a handful per branch.
#include <array>

#include <fmt/format.h>

#include "demo/membership.h"
#include "demo/party.h"

namespace linli::demo {
namespace {

constexpr uint64_t kSeed = 0x4c696e6c69'1001;

}  // namespace

void BuildBijiangParty(Builder& b, const Bijiang& bj) {
  DemoRng rng(kSeed);
  for (const auto& c : bj.communities) {
    const int64_t branch = b.Org(std::nullopt, "branch", fmt::format("{}党支部", c.name), c.id);
    const std::array<int64_t, 2> groups = {b.Org(branch, "group", "第一党小组", c.id),
                                           b.Org(branch, "group", "第二党小组", c.id)};
    EnrolNewMembers(b, rng, bj.folk, c.id, rng.Between(6, 12), groups, branch);
  }
}

}  // namespace linli::demo
