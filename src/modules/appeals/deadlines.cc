#include "modules/appeals/deadlines.h"

#include <string>
#include <vector>

#include <fmt/format.h>
#include <boost/json/serialize.hpp>

#include "core/clock.h"
#include "modules/appeals/kpi_counts.h"
#include "modules/areas/area.h"
#include "modules/audit.h"
#include "record/event_log.h"

namespace linli::appeals {
namespace {

constexpr std::string_view kUpsert =
    "INSERT INTO appeal_deadlines (appeal_id, kind, due_at) VALUES (?, ?, ?)"
    " ON CONFLICT (appeal_id, kind) DO UPDATE SET due_at = excluded.due_at";
constexpr std::string_view kOne =
    "SELECT due_at FROM appeal_deadlines WHERE appeal_id = ? AND kind = ?";
constexpr std::string_view kAll = "SELECT kind FROM appeal_deadlines WHERE appeal_id = ?";
constexpr std::string_view kDelete =
    "DELETE FROM appeal_deadlines WHERE appeal_id = ? AND kind = ?";
constexpr std::string_view kDue =
    "SELECT appeal_id, kind, due_at FROM appeal_deadlines WHERE due_at <= ? ORDER BY due_at"
    " LIMIT ?";
constexpr std::string_view kNext = "SELECT min(due_at) FROM appeal_deadlines";
constexpr std::string_view kAppeal = "SELECT state, area_path FROM appeals WHERE id = ?";
constexpr std::string_view kSupervise =
    "INSERT INTO appeal_supervisions (appeal_id, kind, due_at, level_area_id, raised_at)"
    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (appeal_id, kind, due_at) DO NOTHING";
constexpr std::string_view kMarkOverdue =
    "UPDATE appeals SET overdue_at = COALESCE(overdue_at, ?) WHERE id = ?";
constexpr std::string_view kStep =
    "INSERT INTO appeal_steps (appeal_id, step, from_state, to_state, actor_id, actor_label,"
    " note, reason, detail, at) VALUES (?, 'supervise', ?, ?, NULL, 'system', NULL, ?, ?, ?)";

std::string_view KindName(std::string_view kind) {
  if (kind == "accept") return "accept";
  if (kind == "on_site") return "on-site";
  return "resolve";
}

}  // namespace

void SetDeadline(store::Connection& c, int64_t appeal_id, std::string_view kind, int64_t due_at) {
  c.Exec(kUpsert, {appeal_id, std::string(kind), due_at});
}

void StartClocks(store::Connection& c, int64_t appeal_id, std::initializer_list<Clock> clocks) {
  std::string values;
  std::vector<store::Value> params;
  for (const Clock& clock : clocks) {
    if (!clock.due_at) continue;
    values += values.empty() ? "(?, ?, ?)" : ", (?, ?, ?)";
    params.insert(params.end(), {appeal_id, std::string(clock.kind), *clock.due_at});
  }
  if (params.empty()) return;
  c.Exec("INSERT INTO appeal_deadlines (appeal_id, kind, due_at) VALUES " + values, params);
}

void MeetDeadline(store::Connection& c, int64_t appeal_id, std::string_view kind, int64_t now) {
  auto row = c.QueryOne(kOne, {appeal_id, std::string(kind)});
  if (!row) return;
  const int64_t due = row->Int(0);
  if (due <= now) RaiseOverdue(c, appeal_id, kind, due, now);
  c.Exec(kDelete, {appeal_id, std::string(kind)});
}

void MeetAll(store::Connection& c, int64_t appeal_id, int64_t now) {
  for (const auto& r : c.Query(kAll, {appeal_id})) MeetDeadline(c, appeal_id, r.Text(0), now);
}

bool RaiseOverdue(store::Connection& c, int64_t appeal_id, std::string_view kind, int64_t due_at,
                  int64_t now) {
  auto appeal = c.QueryOne(kAppeal, {appeal_id});
  if (!appeal) return false;
  const std::string state = appeal->Text(0);
  const std::string path = appeal->Text(1);
  // The subdistrict above the place: the level an overdue appeal is raised to.
  auto level = areas::OnPathOfKind(c, path, "subdistrict");
  const store::Value level_id = level ? store::Value(level->id) : store::Value(store::Null{});
  if (c.Exec(kSupervise, {appeal_id, std::string(kind), due_at, level_id, now}) == 0) {
    return false;  // already raised
  }
  c.Exec(kMarkOverdue, {now, appeal_id});
  const std::string to = level ? level->name : std::string("the level above");
  const std::string reason = fmt::format("the {} deadline {} passed; raised to {} for supervision",
                                         KindName(kind), FormatTime(due_at), to);
  boost::json::object detail{{"kind", kind}, {"due_at", FormatTime(due_at)}};
  detail["level_area_id"] = level ? boost::json::value(level->id) : nullptr;
  c.Exec(kStep, {appeal_id, state, state, reason, boost::json::serialize(detail), now});
  record::EventLog::Append(
      c, EventBy(SystemActor(), "appeal.overdue", "appeal", appeal_id, path, detail));
  return true;
}

int64_t RunDue(store::Connection& c, int64_t now, int64_t batch) {
  int64_t raised = 0;
  while (true) {
    store::Tx tx(c, store::Tx::kWrite);
    const auto rows = c.Query(kDue, {now, batch});
    for (const auto& r : rows) {
      // Outside any step: the KPI counters (overdue_open) follow the appeal's new overdue_at
      // here. A step that meets a missed deadline counts it in its own Snapshot and Update.
      const int64_t appeal_id = r.Int(0);
      const kpi::Counts before = kpi::Snapshot(c, appeal_id);
      if (RaiseOverdue(c, appeal_id, r.Text(1), r.Int(2), now)) {
        kpi::Update(c, appeal_id, before);
        ++raised;
      }
      c.Exec(kDelete, {appeal_id, r.Text(1)});
    }
    tx.Commit();
    if (static_cast<int64_t>(rows.size()) < batch) break;
  }
  return raised;
}

std::optional<int64_t> NextDue(store::Connection& c) {
  auto row = c.QueryOne(kNext);
  if (!row || row->IsNull(0)) return std::nullopt;
  return row->Int(0);
}

}  // namespace linli::appeals
