#include "modules/appeals/appeal.h"

#include <fmt/format.h>

namespace linli::appeals {
namespace {

constexpr std::string_view kSteps =
    "SELECT id, step, from_state, to_state, actor_id, actor_label, note, reason, detail, at"
    " FROM appeal_steps WHERE appeal_id = ? ORDER BY id";
constexpr std::string_view kSupervisions =
    "SELECT kind, due_at, level_area_id, raised_at FROM appeal_supervisions WHERE appeal_id = ?"
    " ORDER BY id";

constexpr std::string_view kProviderPeople =
    "SELECT person_id FROM service_provider_people WHERE provider_id = ? ORDER BY person_id";

// The columns FromRow reads, with {0}..{3} for those of the joined tables: the place's name and
// kind, the assignee's name and the organisation of an assignee unit.
constexpr std::string_view kColumns =
    "a.id, a.channel, a.category, a.urgency, a.description, a.area_id, a.area_path, {0}, {1},"
    " a.grid_id, a.lng, a.lat, a.resident_id, p.name, p.phone_mask, a.raised_by, a.state,"
    " a.assignee_kind, a.assignee_id, {2}, a.accept_by, a.on_site_by, a.resolve_by,"
    " a.overdue_at, a.rating, a.escalated_to, a.escalated_area_id, a.referred_to, a.merged_into,"
    " a.reopened, a.created_at, a.updated_at, {3}";

}  // namespace

const std::string kAppealColumns =
    fmt::format(kColumns, "ar.name", "ar.kind", "COALESCE(ap.name, wu.name, sp.name)", "uo.path");
const std::string_view kAppealFrom =
    "appeals a JOIN areas ar ON ar.id = a.area_id JOIN persons p ON p.id = a.resident_id"
    " LEFT JOIN persons ap ON a.assignee_kind = 'person' AND ap.id = a.assignee_id"
    " LEFT JOIN work_units wu ON a.assignee_kind = 'unit' AND wu.id = a.assignee_id"
    " LEFT JOIN party_orgs uo ON uo.id = wu.org_id"
    " LEFT JOIN service_providers sp ON a.assignee_kind = 'provider' AND sp.id = a.assignee_id";
const std::string kAppealResidentColumns = fmt::format(kColumns, "NULL", "NULL", "NULL", "NULL");
const std::string_view kAppealResidentFrom = "appeals a JOIN persons p ON p.id = a.resident_id";

Appeal FromRow(const store::Row& r) {
  Appeal a;
  a.id = r.Int(0);
  a.channel = r.Text(1);
  a.category = r.Text(2);
  a.urgency = r.Text(3);
  a.description = r.Text(4);
  a.area_id = r.Int(5);
  a.area_path = r.Text(6);
  a.area_name = r.Text(7);
  a.area_kind = r.Text(8);
  a.grid_id = r.OptInt(9);
  if (!r.IsNull(10)) a.lng = r.Real(10);
  if (!r.IsNull(11)) a.lat = r.Real(11);
  a.resident_id = r.Int(12);
  a.resident_name = r.Text(13);
  a.resident_phone_mask = r.OptText(14);
  a.raised_by = r.OptInt(15);
  a.state = r.Text(16);
  a.assignee_kind = r.OptText(17);
  a.assignee_id = r.OptInt(18);
  a.assignee_name = r.OptText(19);
  a.accept_by = r.OptInt(20);
  a.on_site_by = r.OptInt(21);
  a.resolve_by = r.OptInt(22);
  a.overdue_at = r.OptInt(23);
  a.rating = r.OptText(24);
  a.escalated_to = r.OptText(25);
  a.escalated_area_id = r.OptInt(26);
  a.referred_to = r.OptText(27);
  a.merged_into = r.OptInt(28);
  a.reopened = r.Int(29);
  a.created_at = r.Int(30);
  a.updated_at = r.Int(31);
  a.assignee_org_path = r.OptText(32);
  return a;
}

std::optional<Appeal> Load(store::Connection& c, int64_t id) {
  auto row = c.QueryOne(
      fmt::format("SELECT {} FROM {} WHERE a.id = ?", kAppealColumns, kAppealFrom), {id});
  if (!row) return std::nullopt;
  Appeal a = FromRow(*row);
  if (a.assignee_kind == "provider" && a.assignee_id) {
    for (const auto& r : c.Query(kProviderPeople, {*a.assignee_id})) {
      a.assignee_people.push_back(r.Int(0));
    }
  }
  return a;
}

std::vector<Step> StepsOf(store::Connection& c, int64_t appeal_id) {
  std::vector<Step> out;
  for (const auto& r : c.Query(kSteps, {appeal_id})) {
    out.push_back({r.Int(0), r.Text(1), r.OptText(2), r.Text(3), r.OptInt(4), r.Text(5),
                   r.OptText(6), r.OptText(7), r.Text(8), r.Int(9)});
  }
  return out;
}

std::vector<Supervision> SupervisionsOf(store::Connection& c, int64_t appeal_id) {
  std::vector<Supervision> out;
  for (const auto& r : c.Query(kSupervisions, {appeal_id})) {
    out.push_back({r.Text(0), r.Int(1), r.OptInt(2), r.Int(3)});
  }
  return out;
}

const AppealCategory* CategoryOf(const AppealsConfig& config, std::string_view code) {
  for (const auto& c : config.categories) {
    if (c.code == code) return &c;
  }
  return nullptr;
}

}  // namespace linli::appeals
