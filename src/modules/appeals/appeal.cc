#include "modules/appeals/appeal.h"

#include <fmt/format.h>
#include <boost/json/parse.hpp>

#include "core/clock.h"

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

boost::json::value OptTime(const std::optional<int64_t>& ms) {
  return ms ? boost::json::value(FormatTime(*ms)) : boost::json::value(nullptr);
}
template <class T>
boost::json::value Opt(const std::optional<T>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}

}  // namespace

namespace {

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

void WriteMembers(http::JsonText& j, const Appeal& a, const AppealsConfig& config) {
  const auto time = [](const std::optional<int64_t>& ms) -> std::optional<std::string> {
    if (!ms) return std::nullopt;
    return FormatTime(*ms);
  };
  const AppealCategory* cat = CategoryOf(config, a.category);
  j.Key("id").Int(a.id);
  j.Key("channel").String(a.channel);
  j.Key("category").BeginObject();
  j.Key("code").String(a.category).Key("name").String(cat ? cat->name : a.category);
  j.EndObject();
  j.Key("urgency").String(a.urgency);
  j.Key("description").String(a.description);
  j.Key("state").String(a.state);
  j.Key("resident").BeginObject();
  j.Key("id").Int(a.resident_id).Key("name").String(a.resident_name);
  j.Key("phone").StringOrNull(a.resident_phone_mask);
  j.EndObject();
  j.Key("deadlines").BeginObject();
  j.Key("accept_by").StringOrNull(time(a.accept_by));
  j.Key("on_site_by").StringOrNull(time(a.on_site_by));
  j.Key("resolve_by").StringOrNull(time(a.resolve_by));
  j.EndObject();
  j.Key("overdue").Bool(a.overdue_at.has_value());
  j.Key("overdue_at").StringOrNull(time(a.overdue_at));
  j.Key("rating").StringOrNull(a.rating);
  j.Key("escalated_to").StringOrNull(a.escalated_to);
  j.Key("referred_to").StringOrNull(a.referred_to);
  j.Key("merged_into").IntOrNull(a.merged_into);
  j.Key("reopened").Int(a.reopened);
  j.Key("created_at").String(FormatTime(a.created_at));
  j.Key("updated_at").String(FormatTime(a.updated_at));
  j.Key("place").BeginObject();
  j.Key("area").BeginObject();
  j.Key("id").Int(a.area_id).Key("name").String(a.area_name);
  j.Key("kind").String(a.area_kind).Key("path").String(a.area_path);
  j.EndObject();
  j.Key("grid_id").IntOrNull(a.grid_id);
  j.Key("point");
  if (a.lng && a.lat) {
    j.BeginObject().Key("lng").Double(*a.lng).Key("lat").Double(*a.lat).EndObject();
  } else {
    j.Null();
  }
  j.EndObject();
  j.Key("assignee");
  if (a.assignee_kind && a.assignee_id) {
    j.BeginObject().Key("kind").String(*a.assignee_kind).Key("id").Int(*a.assignee_id);
    j.Key("name").StringOrNull(a.assignee_name);
    j.EndObject();
  } else {
    j.Null();
  }
}

std::string JsonOf(const Appeal& a, const AppealsConfig& config) {
  http::JsonText j;
  j.Reserve(1024);
  j.BeginObject();
  WriteMembers(j, a, config);
  j.EndObject();
  return j.Take();
}

boost::json::object ToJson(const Step& s) {
  boost::system::error_code ec;
  auto detail = boost::json::parse(s.detail, ec);
  return {{"id", s.id},
          {"step", s.step},
          {"from_state", Opt(s.from_state)},
          {"to_state", s.to_state},
          {"actor", s.actor_label},
          {"note", Opt(s.note)},
          {"reason", Opt(s.reason)},
          {"detail", ec ? boost::json::value(boost::json::object()) : detail},
          {"at", FormatTime(s.at)}};
}

boost::json::object ToJson(const Supervision& s) {
  return {{"kind", s.kind},
          {"due_at", FormatTime(s.due_at)},
          {"level_area_id", Opt(s.level_area_id)},
          {"raised_at", FormatTime(s.raised_at)}};
}

}  // namespace linli::appeals
