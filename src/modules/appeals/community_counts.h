// The number of appeals of each community (appeal_community_counts, migration 006), so that a
// community's queue has its total from one row. A community is named by its path as stored
// with its appeals (`community_path`: the prefix of `area_path` through the community), so the
// count is exactly the appeals whose area_path lies in the community's range of paths.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace linli::appeals {

// Adds one appeal to the community's count. REQUIRES: inside the intake's write transaction,
// after the appeal row with this community_path was inserted.
void CountInCommunity(store::Connection& c, const std::string& community_path);

// The appeals of the community with this path (0 when it has none).
int64_t CommunityCount(store::Connection& c, const std::string& community_path);

// A community path with its count of appeals.
struct CommunityCountRow {
  std::string community_path;
  int64_t appeals = 0;
};
// The communities with appeals in the subtree at `path` (a community or an area above one), as
// their counts name them (the paths the appeals carry, even of a community moved since), in
// order. Their sum is every appeal placed in the subtree, since each is placed in a community
// or below one. One range of rows of the counts, however many appeals.
std::vector<CommunityCountRow> CommunitiesIn(store::Connection& c, const std::string& path);

// A community path whose stored count, count of appeals naming it as their community_path and
// count of appeals placed in its range of paths are not all equal.
struct CommunityCountDifference {
  std::string community_path;
  int64_t stored = 0;    // its row of appeal_community_counts (0 when none)
  int64_t marked = 0;    // appeals with this community_path
  int64_t in_range = 0;  // appeals with area_path in the range of the path
};
// Checks every stored count and every community of the area tree (by its path now); each
// count is read from an index (appeals_community, appeals_area), never by reading the rows.
std::vector<CommunityCountDifference> RecheckCommunityCounts(store::Connection& c);

}  // namespace linli::appeals
