// linli_gen_city: builds the benchmark city (bench/README.md) in a data directory the real
// server serves: runs the real migrations, then writes areas, people, accounts, five million
// appeals with their timelines, clocks, supervisions, search index, KPI counters and the
// hash-chained events of every write, with prepared statements in large transactions.
//
//   linli_gen_city --data DIR [--scale S]   (S = 1: 3,000 communities, 1,000,000 residents,
//                                            5,000,000 appeals; smaller S for a quick check)
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "app/runtime.h"
#include "chain.h"
#include "city.h"
#include "core/clock.h"
#include "core/crypto.h"
#include "life.h"
#include "modules/appeals/kpi.h"
#include "stmt.h"

namespace linli::bench {
namespace {

// The generated city's data key (DATA/secret.key): fixed, so the sealed data of a cached city
// opens with the key written beside it. A benchmark key, never a deployment's.
constexpr std::string_view kDataKey =
    "6c696e6c692d62656e63682d636974792d6b65792d6e6f742d666f722d757365";

// Tables loaded in bulk: their secondary indexes are dropped first and created again (from the
// migrations' own statements) once the rows are in, which is many times faster.
constexpr std::string_view kBulkTables =
    "('areas', 'persons', 'accounts', 'role_grants', 'appeals', 'appeal_steps',"
    " 'appeal_supervisions', 'events')";

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// An appeal's membership in each set of kpi.h (0 or 1), in the order of kpi::Metrics().
using Flagset = std::array<int, appeals::kpi::kMetricCount>;

// The KPI counters of kpi_counts.h for the areas city .. grid, as dense arrays of
// (area, day, metric) while the appeals are generated; written in key order at the end.
class KpiCounts {
 public:
  void AddLevel(int64_t first_id, int64_t count) {
    levels_.push_back({first_id, count, std::vector<int32_t>(count * kDays * kMetrics, 0)});
  }
  void Add(const std::vector<int64_t>& area_ids, int64_t day, const Flagset& flags) {
    for (size_t l = 0; l < levels_.size(); ++l) {
      Level& lv = levels_[l];
      const int64_t base = ((area_ids[l] - lv.first) * kDays + day) * kMetrics;
      for (size_t m = 0; m < kMetrics; ++m) lv.n[base + m] += flags[m];
    }
  }
  // Writes appeal_kpi_days and appeal_kpi_months; returns the rows written.
  int64_t Write(sqlite3* db) {
    std::string columns;
    std::string marks;
    for (const auto& d : appeals::kpi::Metrics()) {
      columns += fmt::format(", {}", d.name);
      marks += ", ?";
    }
    Stmt day_row(db, fmt::format("INSERT INTO appeal_kpi_days (area_id, day{}) VALUES (?, ?{})",
                                 columns, marks));
    Stmt month_row(
        db, fmt::format("INSERT INTO appeal_kpi_months (area_id, month{}) VALUES (?, ?{})", columns,
                        marks));
    std::vector<std::string> days;
    for (int64_t d = 0; d < kDays; ++d) days.push_back(LocalDate(kHistoryStart + d * kMsPerDay));
    int64_t rows = 0;
    const auto put = [&rows](Stmt& st, int64_t area, const std::string& period,
                             const std::array<int64_t, kMetrics>& n) {
      st.Int(area).Text(period);
      for (const int64_t v : n) st.Int(v);
      st.Run();
      ++rows;
    };
    for (const Level& lv : levels_) {
      for (int64_t a = 0; a < lv.count; ++a) {
        std::array<int64_t, kMetrics> month{};
        for (int64_t d = 0; d < kDays; ++d) {
          std::array<int64_t, kMetrics> day{};
          for (size_t m = 0; m < kMetrics; ++m) day[m] = lv.n[((a * kDays) + d) * kMetrics + m];
          // A row counts received appeals only: none received, nothing to count.
          if (day[0] != 0) put(day_row, lv.first + a, days[d], day);
          for (size_t m = 0; m < kMetrics; ++m) month[m] += day[m];
          const bool month_ends = d + 1 == kDays || days[d + 1].compare(0, 7, days[d], 0, 7) != 0;
          if (month_ends) {
            if (month[0] != 0) put(month_row, lv.first + a, days[d].substr(0, 7), month);
            month = {};
          }
        }
      }
    }
    return rows;
  }

 private:
  static constexpr size_t kMetrics = appeals::kpi::kMetricCount;
  struct Level {
    int64_t first, count;
    std::vector<int32_t> n;
  };
  std::vector<Level> levels_;
};

// Membership of the appeal in each set of kpi.h, from its final row and its timeline.
Flagset Flags(const Life& a) {
  using appeals::kpi::Metric;
  Flagset f{};
  auto set = [&f](Metric m, bool v) { f[static_cast<size_t>(m)] = v ? 1 : 0; };
  const bool arrived = std::any_of(a.steps.begin(), a.steps.end(), [&](const StepRow& s) {
    return s.step == "arrive" && a.on_site_by && s.at <= *a.on_site_by;
  });
  // The condition is EXISTS over every answer from "received": one in time is enough.
  const bool responded = std::any_of(a.steps.begin(), a.steps.end(), [&](const StepRow& s) {
    return s.from == "received" && s.to != "received" && (!a.accept_by || s.at <= *a.accept_by);
  });
  set(Metric::kReceived, true);
  set(Metric::kRespondedInTime, responded);
  set(Metric::kOnSiteClocked, a.on_site_by.has_value());
  set(Metric::kOnSiteInTime, a.on_site_by.has_value() && arrived);
  set(Metric::kResolutionBase, a.state != "referred" && a.state != "merged");
  set(Metric::kResolved, a.state == "resolved" || a.state == "followed_up" || a.state == "closed");
  set(Metric::kRated, a.rating.has_value());
  set(Metric::kSatisfied, a.rating == "satisfied");
  set(Metric::kBasicallySatisfied, a.rating == "basically_satisfied");
  set(Metric::kNotSatisfied, a.rating == "not_satisfied");
  set(Metric::kSatisfiedOrBasically, a.rating == "satisfied" || a.rating == "basically_satisfied");
  set(Metric::kOverdueOpen,
      a.overdue_at.has_value() &&
          (a.state == "received" || a.state == "accepted" || a.state == "dispatched" ||
           a.state == "taken" || a.state == "on_site" || a.state == "escalated"));
  return f;
}

class AppealWriter {
 public:
  explicit AppealWriter(sqlite3* db)
      : appeal_(db,
                "INSERT INTO appeals (id, channel, category, urgency, description, area_id,"
                " area_path, grid_id, community_path, lng, lat, resident_id, raised_by, state,"
                " assignee_kind, assignee_id, accept_by, on_site_by, resolve_by, overdue_at,"
                " rating, escalated_to, escalated_area_id, referred_to, merged_into, reopened,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        step_(db,
              "INSERT INTO appeal_steps (appeal_id, step, from_state, to_state, actor_id,"
              " actor_label, note, reason, detail, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        supervision_(db,
                     "INSERT INTO appeal_supervisions (appeal_id, kind, due_at, level_area_id,"
                     " raised_at) VALUES (?, ?, ?, ?, ?)"),
        fts_(db, "INSERT INTO appeals_fts (rowid, description) VALUES (?, ?)") {}

  // The appeal placed at a point of `grid` in `community`, as intake writes it (community_path:
  // the community's path, a prefix of the grid's).
  void Write(Chain& chain, int64_t id, const Grid& grid, const Community& community,
             const Cast& cast, double lng, double lat, const Life& a) {
    appeal_.Int(id)
        .Text(a.channel)
        .Text(a.category)
        .Text(a.urgency)
        .Text(a.description)
        .Int(grid.id)
        .Text(grid.path)
        .Int(grid.id)
        .Text(community.path)
        .Real(lng)
        .Real(lat)
        .Int(cast.resident_person)
        .OptInt(a.raised_by)
        .Text(a.state);
    if (a.assignee_id) {
      appeal_.Text("person").Int(*a.assignee_id);
    } else {
      appeal_.Null().Null();
    }
    appeal_.OptInt(a.accept_by)
        .OptInt(a.on_site_by)
        .OptInt(a.resolve_by)
        .OptInt(a.overdue_at)
        .OptText(a.rating)
        .OptText(a.escalated_to)
        .OptInt(a.escalated_area_id)
        .OptText(a.referred_to)
        .OptInt(a.merged_into)
        .Int(a.reopened)
        .Int(a.created_at)
        .Int(a.updated_at)
        .Run();
    fts_.Int(id).Text(a.description).Run();
    for (const auto& s : a.steps) {
      step_.Int(id)
          .Text(s.step)
          .OptText(s.from)
          .Text(s.to)
          .OptInt(s.actor_account)
          .Text(s.actor_login)
          .OptText(s.note)
          .OptText(s.reason)
          .Text(s.detail)
          .Int(s.at)
          .Run();
      chain.Append(s.at, {s.actor_account, s.actor_login}, s.action, "appeal", id, grid.path,
                   s.summary);
    }
    for (const auto& s : a.supervisions) {
      supervision_.Int(id)
          .Text(s.kind)
          .Int(s.due_at)
          .Int(cast.subdistrict_id)
          .Int(s.raised_at)
          .Run();
    }
  }

 private:
  Stmt appeal_, step_, supervision_, fts_;
};

int Generate(const std::string& data, double scale) {
  const auto start = Clock::now();
  Size size;
  size.communities = std::max(20, static_cast<int>(size.communities * scale));
  size.residents = std::max<int64_t>(2000, static_cast<int64_t>(size.residents * scale));
  size.appeals = std::max<int64_t>(10000, static_cast<int64_t>(size.appeals * scale));
  std::filesystem::create_directories(data);
  for (const char* f : {"linli.db", "linli.db-wal", "linli.db-shm"}) {
    std::filesystem::remove(std::filesystem::path(data) / f);
  }
  {
    std::ofstream key(std::filesystem::path(data) / "secret.key");
    key << kDataKey << "\n";
  }
  // The real migrations, through the composition root.
  {
    auto rt = app::Open(data, false);
    if (!rt) {
      std::cerr << "gen: " << rt.error().detail << "\n";
      return 1;
    }
    app::Migrate(**rt);
  }
  const Crypto crypto(*Crypto::KeyFromHex(kDataKey));
  sqlite3* db = nullptr;
  if (sqlite3_open((std::filesystem::path(data) / "linli.db").c_str(), &db) != SQLITE_OK) {
    std::cerr << "gen: cannot open the database\n";
    return 1;
  }
  Exec(db,
       "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000;"
       " PRAGMA locking_mode=EXCLUSIVE; PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=OFF");
  std::vector<std::string> indexes;
  {
    sqlite3_stmt* st = nullptr;
    const std::string sql = fmt::format(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        " AND tbl_name IN {}",
        kBulkTables);
    sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
    std::vector<std::string> names;
    while (sqlite3_step(st) == SQLITE_ROW) {
      names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
      indexes.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
    }
    sqlite3_finalize(st);
    for (const auto& n : names) Exec(db, "DROP INDEX " + n);
  }
  Exec(db, "BEGIN");
  Chain chain(db);
  const City city = BuildCity(db, chain, crypto, size);
  std::cout << fmt::format(
                   "gen: {} areas' worth of city, {} household heads, {} events ({:.0f} s)\n",
                   city.grids.size(), city.heads.size(), chain.Count(), Since(start))
            << std::flush;
  Exec(db, "COMMIT");

  KpiCounts kpi;
  kpi.AddLevel(city.city_id, 1);
  kpi.AddLevel(city.districts.front(), static_cast<int64_t>(city.districts.size()));
  kpi.AddLevel(city.subdistricts.front().id, static_cast<int64_t>(city.subdistricts.size()));
  kpi.AddLevel(city.communities.front().id, static_cast<int64_t>(city.communities.size()));
  kpi.AddLevel(city.grids.front().id, static_cast<int64_t>(city.grids.size()));

  demo::DemoRng rng(5'000'000);
  AppealWriter writer(db);
  struct Last {
    int64_t id = 0, open_until = 0;
  };
  std::vector<Last> last(city.grids.size());
  // appeal_community_counts, as intake keeps it: the appeals of each community.
  std::vector<int64_t> community_appeals(city.communities.size(), 0);
  const int64_t span = kHistoryEnd - kHistoryStart;
  Exec(db, "BEGIN");
  for (int64_t i = 0; i < size.appeals; ++i) {
    const int64_t id = i + 1;
    const int64_t created = kHistoryStart + (span / size.appeals) * i +
                            rng.Below(static_cast<int>(std::max<int64_t>(1, span / size.appeals)));
    const auto g = static_cast<size_t>(rng.Below(static_cast<int>(city.grids.size())));
    const Grid& grid = city.grids[g];
    const Community& comm = city.communities[grid.community];
    const Subdistrict& sub = city.subdistricts[comm.subdistrict];
    const Account& head = city.heads[grid.first_head + rng.Below(static_cast<int>(grid.heads))];
    const Cast cast{comm.staff.account,
                    comm.staff.login,
                    grid.worker.person,
                    grid.worker.account,
                    grid.worker.login,
                    sub.admin.account,
                    sub.admin.login,
                    head.person,
                    head.account,
                    head.login,
                    sub.id,
                    sub.name};
    LifeInput in{id, created, grid.id, &cast, std::nullopt, 0};
    if (last[g].id != 0) {
      in.merge_candidate = last[g].id;
      in.merge_candidate_open_until = last[g].open_until;
    }
    const Life a = Live(rng, in);
    const double lng = grid.lng + rng.Below(2000) * 1e-6;
    const double lat = grid.lat + rng.Below(2000) * 1e-6;
    writer.Write(chain, id, grid, comm, cast, lng, lat, a);
    ++community_appeals[grid.community];
    const int64_t day = (created - kHistoryStart) / kMsPerDay;
    const int d = comm.subdistrict / 15;
    kpi.Add({city.city_id, city.districts[d], sub.id, comm.id, grid.id}, day, Flags(a));
    if (a.state != "merged") last[g] = {id, a.open_until};
    if (id % 250'000 == 0) {
      Exec(db, "COMMIT; BEGIN");
      std::cout << fmt::format("gen: {} appeals, {} events ({:.0f} s)\n", id, chain.Count(),
                               Since(start))
                << std::flush;
    }
  }
  chain.Finish();
  const int64_t kpi_rows = kpi.Write(db);
  {
    Stmt count(db, "INSERT INTO appeal_community_counts (community_path, appeals) VALUES (?, ?)");
    for (size_t i = 0; i < city.communities.size(); ++i) {
      if (community_appeals[i] != 0)
        count.Text(city.communities[i].path).Int(community_appeals[i]).Run();
    }
  }
  Exec(db, "COMMIT");
  std::cout << fmt::format("gen: {} KPI counter rows; creating indexes ({:.0f} s)\n", kpi_rows,
                           Since(start))
            << std::flush;
  for (const auto& sql : indexes) Exec(db, sql);
  Exec(db, "PRAGMA locking_mode=NORMAL; PRAGMA journal_mode=WAL");
  sqlite3_close(db);
  std::cout << fmt::format("gen: done: {} appeals, {} events in {:.0f} s\n", size.appeals,
                           chain.Count(), Since(start));
  return 0;
}

}  // namespace
}  // namespace linli::bench

int main(int argc, char** argv) {
  std::string data;
  double scale = 1.0;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--data") data = argv[i + 1];
    if (flag == "--scale") scale = std::atof(argv[i + 1]);
  }
  if (data.empty() || scale <= 0) {
    std::cerr << "usage: linli_gen_city --data DIR [--scale S]\n";
    return 2;
  }
  if (!linli::Crypto::Init()) return 1;
  return linli::bench::Generate(data, scale);
}
