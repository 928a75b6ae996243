#include "modules/appeals/kpi_counts.h"

#include <charconv>
#include <map>
#include <tuple>

namespace linli::appeals::kpi {
namespace {

// The day an appeal was received, in China Standard Time (UTC+8, no daylight saving).
constexpr std::string_view kDayOfCreated =
    "strftime('%Y-%m-%d', (a.created_at + 28800000) / 1000, 'unixepoch')";
constexpr std::string_view kAdd =
    "INSERT INTO appeal_kpi_counts (area_id, day, metric, n) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (area_id, day, metric) DO UPDATE SET n = n + excluded.n";
constexpr std::string_view kSum =
    "SELECT metric, sum(n) FROM appeal_kpi_counts WHERE area_id = ?"
    " AND day >= COALESCE(strftime('%Y-%m-%d', (? + 28800000) / 1000, 'unixepoch'), '')"
    " AND day < COALESCE(strftime('%Y-%m-%d', (? + 28800000) / 1000, 'unixepoch'), '9999')"
    " GROUP BY metric";
// Path ranges: every path below "/1/4/" lies in ["/1/4/", "/1/40") since '0' follows '/'.
constexpr std::string_view kOverdue =
    "SELECT count(*) FROM appeals a WHERE a.state IN ('received', 'accepted', 'dispatched',"
    " 'taken', 'on_site', 'escalated') AND a.area_path >= ? AND a.area_path < ?"
    " AND a.overdue_at IS NOT NULL";
constexpr std::string_view kStored = "SELECT area_id, day, metric, n FROM appeal_kpi_counts";

// SELECT area_path, day, then one 0/1 column per metric, FROM appeals a (composed once from
// kpi.cc's conditions, so the counters and the list filter share the text).
const std::string& FlagsSelect() {
  static const std::string sql = [] {
    std::string s = "SELECT a.area_path, " + std::string(kDayOfCreated);
    for (const auto& d : Metrics())
      s += ", CASE WHEN " + std::string(d.condition) + " THEN 1 ELSE 0 END";
    return s + " FROM appeals a";
  }();
  return sql;
}

Counts FlagsOf(const store::Row& r) {
  Counts out{};
  for (size_t i = 0; i < kMetricCount; ++i) out[i] = r.Int(i + 2);
  return out;
}

// The area ids of a path "/1/4/9/", top first.
std::vector<int64_t> PathIds(std::string_view path) {
  std::vector<int64_t> ids;
  size_t i = 0;
  while (i < path.size()) {
    const size_t slash = path.find('/', i);
    const size_t end = slash == std::string_view::npos ? path.size() : slash;
    int64_t id = 0;
    if (end > i && std::from_chars(path.data() + i, path.data() + end, id).ec == std::errc()) {
      ids.push_back(id);
    }
    i = end + 1;
  }
  return ids;
}

}  // namespace

Counts Snapshot(store::Connection& c, int64_t appeal_id) {
  auto row = c.QueryOne(FlagsSelect() + " WHERE a.id = ?", {appeal_id});
  if (!row) return Counts{};
  return FlagsOf(*row);
}

void Update(store::Connection& c, int64_t appeal_id, const Counts& before) {
  auto row = c.QueryOne(FlagsSelect() + " WHERE a.id = ?", {appeal_id});
  if (!row) return;
  const Counts after = FlagsOf(*row);
  const std::string day = row->Text(1);
  const std::vector<int64_t> areas = PathIds(row->Text(0));
  for (size_t i = 0; i < kMetricCount; ++i) {
    const int64_t delta = after[i] - before[i];
    if (delta == 0) continue;
    const std::string metric(Metrics()[i].name);
    for (const int64_t area : areas) c.Exec(kAdd, {area, day, metric, delta});
  }
}

Counts Sum(store::Connection& c, int64_t area_id, std::optional<int64_t> from_ms,
           std::optional<int64_t> to_ms) {
  Counts out{};
  for (const auto& r : c.Query(kSum, {area_id, store::Opt(from_ms), store::Opt(to_ms)})) {
    auto m = FromName(r.Text(0));
    if (m) out[static_cast<size_t>(*m)] = r.Int(1);
  }
  return out;
}

int64_t OverdueNow(store::Connection& c, const std::string& area_path) {
  std::string upper = area_path;
  if (!upper.empty()) upper.back() = '0';
  return c.QueryInt(kOverdue, {area_path, upper});
}

std::vector<Difference> Recheck(store::Connection& c) {
  using Key = std::tuple<int64_t, std::string, std::string>;
  std::map<Key, std::pair<int64_t, int64_t>> counts;  // stored, recomputed
  for (const auto& r : c.Query(FlagsSelect())) {
    const Counts flags = FlagsOf(r);
    const std::string day = r.Text(1);
    for (const int64_t area : PathIds(r.Text(0))) {
      for (size_t i = 0; i < kMetricCount; ++i) {
        if (flags[i] != 0) counts[{area, day, std::string(Metrics()[i].name)}].second += flags[i];
      }
    }
  }
  for (const auto& r : c.Query(kStored)) {
    counts[{r.Int(0), r.Text(1), r.Text(2)}].first += r.Int(3);
  }
  std::vector<Difference> out;
  for (const auto& [key, v] : counts) {
    if (v.first == v.second) continue;
    out.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), v.first, v.second});
  }
  return out;
}

}  // namespace linli::appeals::kpi
