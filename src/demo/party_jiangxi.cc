// The community party organisations of 江西xx市 (seed 004: 全市183个社区中，目前共建立14个党委、
// 13个党总支、245个党支部). Which communities hold a committee or a general branch is drawn
// once; every other community has a single branch:
//   14 committees, each with 4 branches and 104..112 members in all (a committee has over 100);
//   13 general branches, 7 with 3 branches and 6 with 2, 51..60 members in all (over 50);
//   156 community branches of 3..6 members;
// 14 * 4 + 7 * 3 + 6 * 2 + 156 = 245 branches. Deliberate breaks of the formation rules, for
// GET /api/v1/orgs/{id}/checks to show:
//   the first community branch has 52 members (over 50: should be a general branch);
//   the second has 2 full members and 1 probationary and is not joint (should be joint);
//   the third is a joint branch (联合党支部) of 2 full members (allowed, shown as info);
//   the last general branch has 2 branches of 20..22 members (50 or fewer: info).
// Members are new persons placed in their community.
#include <array>
#include <numeric>

#include <fmt/format.h>

#include "demo/membership.h"
#include "demo/party.h"

namespace linli::demo {
namespace {

constexpr uint64_t kSeed = 0x4c696e6c69'1004;

constexpr int kCommittees = 14;
constexpr int kGeneralBranches = 13;
constexpr int kThreeBranchGeneralBranches = 7;
constexpr int kCommitteeBranches = 4;

constexpr std::array<std::string_view, 4> kBranchNames = {"第一党支部", "第二党支部", "第三党支部",
                                                          "第四党支部"};

// `branches` branches under `parent`, each with `min_members`..`max_members` members.
void Branches(Builder& b, DemoRng& rng, const Folk& folk, const CommunityPlaces& c, int64_t parent,
              int branches, int min_members, int max_members) {
  for (int i = 0; i < branches; ++i) {
    const int64_t branch =
        b.Org(parent, "branch", std::string(kBranchNames[static_cast<size_t>(i)]), c.id);
    const std::array<int64_t, 1> holder = {branch};
    EnrolNewMembers(b, rng, folk, c.id, rng.Between(min_members, max_members), holder, branch);
  }
}

void CommunityBranch(Builder& b, DemoRng& rng, const Folk& folk, const CommunityPlaces& c,
                     int nth) {
  const bool joint = nth == 2;
  const int64_t branch = b.Org(std::nullopt, "branch",
                               fmt::format("{}{}党支部", c.name, joint ? "联合" : ""), c.id, joint);
  const std::array<int64_t, 1> holder = {branch};
  switch (nth) {
    case 0:  // over 50
      EnrolNewMembers(b, rng, folk, c.id, 52, holder, branch);
      return;
    case 1:  // 2 full members and 1 probationary, not joint
      EnrolNewMembers(b, rng, folk, c.id, 3, holder, branch, 2, 100);
      return;
    case 2:  // joint, 2 full members
      EnrolNewMembers(b, rng, folk, c.id, 2, holder, branch, 2);
      return;
    default:
      EnrolNewMembers(b, rng, folk, c.id, rng.Between(3, 6), holder, branch);
  }
}

}  // namespace

void BuildJiangxiParty(Builder& b, const Jiangxi& jx) {
  DemoRng rng(kSeed);
  std::vector<size_t> order(jx.communities.size());
  std::iota(order.begin(), order.end(), size_t{0});
  rng.Shuffle(order);
  size_t next = 0;
  for (int i = 0; i < kCommittees; ++i) {
    const auto& c = jx.communities[order[next++]];
    const int64_t committee = b.Org(std::nullopt, "committee", fmt::format("{}党委", c.name), c.id);
    Branches(b, rng, jx.folk, c, committee, kCommitteeBranches, 26, 28);
  }
  for (int i = 0; i < kGeneralBranches; ++i) {
    const auto& c = jx.communities[order[next++]];
    const int64_t general =
        b.Org(std::nullopt, "general_branch", fmt::format("{}党总支", c.name), c.id);
    if (i == kGeneralBranches - 1) {
      Branches(b, rng, jx.folk, c, general, 2, 20, 22);  // 50 or fewer in all
    } else if (i < kThreeBranchGeneralBranches) {
      Branches(b, rng, jx.folk, c, general, 3, 17, 20);
    } else {
      Branches(b, rng, jx.folk, c, general, 2, 26, 30);
    }
  }
  for (int nth = 0; next < order.size(); ++nth) {
    CommunityBranch(b, rng, jx.folk, jx.communities[order[next++]], nth);
  }
}

}  // namespace linli::demo
