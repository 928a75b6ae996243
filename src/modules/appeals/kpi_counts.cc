#include "modules/appeals/kpi_counts.h"

#include <charconv>
#include <map>

#include <fmt/format.h>

#include "auth/actor.h"
#include "core/clock.h"

namespace linli::appeals::kpi {
namespace {

// The day an appeal was received, in China Standard Time (UTC+8, no daylight saving).
constexpr std::string_view kDayOfCreated =
    "strftime('%Y-%m-%d', (a.created_at + 28800000) / 1000, 'unixepoch')";

// "received, responded_in_time, ...": the counter columns, in the order of Metrics().
std::string Columns(std::string_view each_format) {
  std::string out;
  for (const auto& d : Metrics()) {
    if (!out.empty()) out += ", ";
    out += fmt::format(fmt::runtime(each_format), d.name);
  }
  return out;
}

// The statements of one counter table, keyed by area and `period` ("day" or "month").
struct CounterTable {
  CounterTable(std::string_view table_name, std::string_view period_column)
      : period(period_column),
        table(table_name),
        // The summed counters of one area over periods [lo, hi).
        sum(fmt::format("SELECT {} FROM {} WHERE area_id = ? AND {} >= ? AND {} < ?",
                        Columns("coalesce(sum({}), 0)"), table_name, period, period)),
        // The stored rows of one area: period, then the counters.
        stored(fmt::format("SELECT {}, {} FROM {} WHERE area_id = ?", period, Columns("{}"),
                           table_name)) {
    for (size_t rows = 1; rows <= kPreparedRows; ++rows) upserts.push_back(MakeUpsert(rows));
  }

  // Adds `rows` rows of deltas, each (area, period, counters...), to the counters of their
  // (area, period), in one statement. REQUIRES: the rows' keys are distinct.
  std::string Upsert(size_t rows) const {
    return rows <= kPreparedRows ? upserts[rows - 1] : MakeUpsert(rows);
  }
  std::string MakeUpsert(size_t rows) const {
    std::string values;
    for (size_t i = 0; i < rows; ++i) values += fmt::format("{}(?, ?{})", i ? ", " : "", Marks());
    return fmt::format(
        "INSERT INTO {0} (area_id, {1}, {2}) VALUES {3} ON CONFLICT (area_id, {1})"
        " DO UPDATE SET {4}",
        table, period, Columns("{}"), values, Columns("{0} = {0} + excluded.{0}"));
  }
  // Upserts of up to this many rows (an area path's depth) are composed once.
  static constexpr size_t kPreparedRows = 12;

  static std::string Marks() {
    std::string marks;
    for (size_t i = 0; i < kMetricCount; ++i) marks += ", ?";
    return marks;
  }

  std::string period;
  std::string table;
  std::string sum;
  std::string stored;
  std::vector<std::string> upserts;  // [n - 1]: of n rows
};

const CounterTable& Days() {
  static const CounterTable t("appeal_kpi_days", "day");
  return t;
}
const CounterTable& Months() {
  static const CounterTable t("appeal_kpi_months", "month");
  return t;
}

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

// The recomputed day rows of the appeals placed at or below a path: day, then the counters.
const std::string& RecountSql() {
  static const std::string sql = [] {
    std::string s = "SELECT " + std::string(kDayOfCreated) + " AS d";
    for (const auto& d : Metrics())
      s += ", sum(CASE WHEN " + std::string(d.condition) + " THEN 1 ELSE 0 END)";
    return s + " FROM appeals a WHERE a.area_path >= ? AND a.area_path < ? GROUP BY d";
  }();
  return sql;
}

Counts CountsAt(const store::Row& r, size_t first) {
  Counts out{};
  for (size_t i = 0; i < kMetricCount; ++i) out[i] = r.Int(first + i);
  return out;
}

void AddTo(Counts& into, const Counts& more) {
  for (size_t i = 0; i < kMetricCount; ++i) into[i] += more[i];
}

// "2026-12" after "2026-11", "2027-01" after "2026-12".
std::string NextMonth(std::string_view month) {
  int y = 0;
  int m = 0;
  std::from_chars(month.data(), month.data() + 4, y);
  std::from_chars(month.data() + 5, month.data() + 7, m);
  if (++m > 12) {
    m = 1;
    ++y;
  }
  return fmt::format("{:04}-{:02}", y, m);
}

Counts SumRange(store::Connection& c, const std::string& sql, int64_t area_id,
                const std::string& lo, const std::string& hi) {
  if (lo >= hi) return Counts{};
  auto row = c.QueryOne(sql, {area_id, lo, hi});
  return row ? CountsAt(*row, 0) : Counts{};
}

void Compare(int64_t area_id, std::string_view kind, const std::map<std::string, Counts>& stored,
             const std::map<std::string, Counts>& recomputed, std::vector<Difference>& out) {
  std::map<std::string, std::pair<Counts, Counts>> both;
  for (const auto& [k, v] : stored) both[k].first = v;
  for (const auto& [k, v] : recomputed) both[k].second = v;
  for (const auto& [period, v] : both) {
    for (size_t i = 0; i < kMetricCount; ++i) {
      if (v.first[i] == v.second[i]) continue;
      out.push_back({area_id, std::string(kind), period, std::string(Metrics()[i].name), v.first[i],
                     v.second[i]});
    }
  }
}

std::map<std::string, Counts> Stored(store::Connection& c, const CounterTable& t, int64_t area_id) {
  std::map<std::string, Counts> out;
  for (const auto& r : c.Query(t.stored, {area_id})) {
    out[r.Text(0)] = CountsAt(r, 1);
  }
  return out;
}

}  // namespace

Counts Snapshot(store::Connection& c, int64_t appeal_id) {
  auto row = c.QueryOne(FlagsSelect() + " WHERE a.id = ?", {appeal_id});
  if (!row) return Counts{};
  return CountsAt(*row, 2);
}

void Update(store::Connection& c, int64_t appeal_id, const Counts& before) {
  auto row = c.QueryOne(FlagsSelect() + " WHERE a.id = ?", {appeal_id});
  if (!row) return;
  const Counts after = CountsAt(*row, 2);
  if (after == before) return;
  const std::string day = row->Text(1);
  const std::string month = day.substr(0, 7);
  // The deltas of every area on the appeal's path, for one day row and one month row each.
  const std::vector<int64_t> areas = auth::PathIds(row->Text(0));
  if (areas.empty()) return;
  const auto params = [&](const std::string& period) {
    std::vector<store::Value> p;
    p.reserve(areas.size() * (2 + kMetricCount));
    for (const int64_t area : areas) {
      p.emplace_back(area);
      p.emplace_back(period);
      for (size_t i = 0; i < kMetricCount; ++i) p.emplace_back(after[i] - before[i]);
    }
    return p;
  };
  c.Exec(Days().Upsert(areas.size()), params(day));
  c.Exec(Months().Upsert(areas.size()), params(month));
}

Counts Sum(store::Connection& c, int64_t area_id, std::optional<int64_t> from_ms,
           std::optional<int64_t> to_ms) {
  // Whole months from the month rows, the days at either end from the day rows.
  const std::string lo = from_ms ? LocalDate(*from_ms) : "";
  const std::string hi = to_ms ? LocalDate(*to_ms) : "9999-12-32";
  std::string first_month;  // the first month wholly inside [lo, hi)
  if (!lo.empty()) first_month = lo.ends_with("-01") ? lo.substr(0, 7) : NextMonth(lo);
  const std::string end_month = hi.substr(0, 7);  // months before it end by hi
  if (first_month >= end_month) return SumRange(c, Days().sum, area_id, lo, hi);
  Counts out = SumRange(c, Months().sum, area_id, first_month, end_month);
  if (!lo.empty()) AddTo(out, SumRange(c, Days().sum, area_id, lo, first_month + "-01"));
  if (to_ms) AddTo(out, SumRange(c, Days().sum, area_id, end_month + "-01", hi));
  return out;
}

int64_t OverdueNow(store::Connection& c, int64_t area_id) {
  // Every period's cohorts (Sum of no bounds reads the area's month rows alone).
  return At(Sum(c, area_id, std::nullopt, std::nullopt), Metric::kOverdueOpen);
}

std::vector<Difference> Recheck(store::Connection& c) {
  std::vector<Difference> out;
  int64_t after = 0;
  constexpr int64_t kBatch = 10'000;
  for (;;) {
    const auto areas =
        c.Query("SELECT id, path FROM areas WHERE id > ? ORDER BY id LIMIT ?", {after, kBatch});
    if (areas.empty()) break;
    for (const auto& area : areas) {
      const int64_t id = area.Int(0);
      after = id;
      std::map<std::string, Counts> days;
      std::map<std::string, Counts> months;
      for (const auto& r :
           c.Query(RecountSql(), {area.Text(1), auth::PathRangeEnd(area.Text(1))})) {
        const Counts n = CountsAt(r, 1);
        days[r.Text(0)] = n;
        AddTo(months[r.Text(0).substr(0, 7)], n);
      }
      Compare(id, Days().period, Stored(c, Days(), id), days, out);
      Compare(id, Months().period, Stored(c, Months(), id), months, out);
    }
  }
  return out;
}

}  // namespace linli::appeals::kpi
