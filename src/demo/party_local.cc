// The party organisations of 灵峰社区 and 丹东路社区, with members drawn from their residents.
// Both stay within the formation rules: 灵峰's general branch has more than 50 members and each
// branch at most 50; 丹东路's committee (seed 000 calls it 社区党委) more than 100.
#include <array>
#include <string_view>

#include "demo/membership.h"
#include "demo/party.h"

namespace linli::demo {
namespace {

constexpr uint64_t kLingfengSeed = 0x4c696e6c69'1003;
constexpr uint64_t kDandongluSeed = 0x4c696e6c69'1000;

constexpr std::array<std::string_view, 4> kBranchNames = {"第一党支部", "第二党支部", "第三党支部",
                                                          "第四党支部"};
constexpr std::array<std::string_view, 3> kGroupNames = {"第一党小组", "第二党小组", "第三党小组"};

std::vector<Resident> ResidentsOfGrid(const CommunityPlaces& c, int64_t grid) {
  std::vector<Resident> out;
  for (const auto& r : c.residents) {
    if (r.grid_id == grid) out.push_back(r);
  }
  return out;
}

// A branch per grid of `c` under `root`, with `groups` groups each holding members drawn from
// the grid's residents, `min_members`..`max_members` per branch.
void BranchesByGrid(Builder& b, DemoRng& rng, const CommunityPlaces& c, int64_t root, int groups,
                    int min_members, int max_members, LocalParty& party) {
  for (size_t g = 0; g < c.grids.size(); ++g) {
    const int64_t grid = c.grids[g];
    const int64_t branch = b.Org(root, "branch", std::string(kBranchNames[g]), grid);
    party.branches.push_back(branch);
    std::vector<int64_t> holders;
    holders.reserve(static_cast<size_t>(groups));
    for (int i = 0; i < groups; ++i) {
      holders.push_back(
          b.Org(branch, "group", std::string(kGroupNames[static_cast<size_t>(i)]), grid));
    }
    for (auto& m : EnrolResidents(b, rng, ResidentsOfGrid(c, grid),
                                  rng.Between(min_members, max_members), holders, branch)) {
      party.members.push_back(std::move(m));
    }
  }
}

}  // namespace

LocalParty BuildLingfengParty(Builder& b, const Hezhou& h) {
  DemoRng rng(kLingfengSeed);
  LocalParty party;
  party.root = b.Org(std::nullopt, "general_branch", "灵峰社区党总支", h.lingfeng.id);
  BranchesByGrid(b, rng, h.lingfeng, party.root, 2, 14, 18, party);
  return party;
}

LocalParty BuildDandongluParty(Builder& b, const Jilin& j) {
  DemoRng rng(kDandongluSeed);
  LocalParty party;
  const CommunityPlaces& c = j.dandonglu;
  party.root = b.Org(std::nullopt, "committee", "丹东路社区党委", c.id);
  BranchesByGrid(b, rng, c, party.root, 3, 29, 31, party);
  // The merchants of the 商贸服务圈 (seed 000) gathered in one joint branch.
  const int64_t joint = b.Org(party.root, "branch", "商贸服务圈联合党支部", c.id, true);
  party.branches.push_back(joint);
  const std::array<int64_t, 1> holder = {joint};
  for (auto& m : EnrolNewMembers(b, rng, j.folk, c.id, rng.Between(14, 18), holder, joint)) {
    party.members.push_back(std::move(m));
  }
  return party;
}

}  // namespace linli::demo
