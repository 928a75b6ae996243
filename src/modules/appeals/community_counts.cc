#include "modules/appeals/community_counts.h"

#include <set>

#include "auth/actor.h"

namespace linli::appeals {
namespace {

constexpr std::string_view kAdd =
    "INSERT INTO appeal_community_counts (community_path, appeals) VALUES (?, 1)"
    " ON CONFLICT (community_path) DO UPDATE SET appeals = appeals + 1";
constexpr std::string_view kCount =
    "SELECT appeals FROM appeal_community_counts WHERE community_path = ?";
constexpr std::string_view kWithAppeals =
    "SELECT community_path, appeals FROM appeal_community_counts"
    " WHERE community_path >= ? AND community_path < ? AND appeals > 0 ORDER BY community_path";
constexpr std::string_view kStoredPaths =
    "SELECT community_path FROM appeal_community_counts WHERE community_path > ?"
    " ORDER BY community_path LIMIT 1000";
constexpr std::string_view kCommunityPaths =
    "SELECT path FROM areas WHERE kind = 'community' AND path > ? ORDER BY path LIMIT 1000";
constexpr std::string_view kMarked = "SELECT count(*) FROM appeals WHERE community_path = ?";
constexpr std::string_view kInRange =
    "SELECT count(*) FROM appeals WHERE area_path >= ? AND area_path < ?";

// Every path of `sql` (keyset-paged by path), into `out`.
void Paths(store::Connection& c, std::string_view sql, std::set<std::string>& out) {
  std::string after;
  for (;;) {
    const auto rows = c.Query(sql, {after});
    if (rows.empty()) return;
    for (const auto& r : rows) out.insert(r.Text(0));
    after = rows.back().Text(0);
  }
}

}  // namespace

void CountInCommunity(store::Connection& c, const std::string& community_path) {
  c.Exec(kAdd, {community_path});
}

int64_t CommunityCount(store::Connection& c, const std::string& community_path) {
  auto r = c.QueryOne(kCount, {community_path});
  return r ? r->Int(0) : 0;
}

std::vector<CommunityCountRow> CommunitiesIn(store::Connection& c, const std::string& path) {
  std::vector<CommunityCountRow> out;
  for (const auto& r : c.Query(kWithAppeals, {path, auth::PathRangeEnd(path)})) {
    out.push_back({r.Text(0), r.Int(1)});
  }
  return out;
}

std::vector<CommunityCountDifference> RecheckCommunityCounts(store::Connection& c) {
  std::set<std::string> paths;
  Paths(c, kStoredPaths, paths);
  Paths(c, kCommunityPaths, paths);
  std::vector<CommunityCountDifference> out;
  for (const auto& p : paths) {
    CommunityCountDifference d{p, CommunityCount(c, p), c.QueryInt(kMarked, {p}),
                               c.QueryInt(kInRange, {p, auth::PathRangeEnd(p)})};
    if (d.stored != d.marked || d.marked != d.in_range) out.push_back(std::move(d));
  }
  return out;
}

}  // namespace linli::appeals
