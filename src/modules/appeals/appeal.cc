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

const std::string_view kAppealColumns =
    "a.id, a.channel, a.category, a.urgency, a.description, a.area_id, a.area_path, ar.name,"
    " ar.kind, a.grid_id, a.lng, a.lat, a.resident_id, p.name, p.phone_mask, a.raised_by,"
    " a.state, a.assignee_kind, a.assignee_id, COALESCE(ap.name, wu.name, sp.name), a.accept_by, "
    "a.on_site_by, a.resolve_by,"
    " a.overdue_at, a.rating, a.escalated_to, a.escalated_area_id, a.referred_to, a.merged_into,"
    " a.reopened, a.created_at, a.updated_at, uo.path";
const std::string_view kAppealFrom =
    "appeals a JOIN areas ar ON ar.id = a.area_id JOIN persons p ON p.id = a.resident_id"
    " LEFT JOIN persons ap ON a.assignee_kind = 'person' AND ap.id = a.assignee_id"
    " LEFT JOIN work_units wu ON a.assignee_kind = 'unit' AND wu.id = a.assignee_id"
    " LEFT JOIN party_orgs uo ON uo.id = wu.org_id"
    " LEFT JOIN service_providers sp ON a.assignee_kind = 'provider' AND sp.id = a.assignee_id";

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

boost::json::object ToJson(const Appeal& a, const AppealsConfig& config,
                           const boost::json::storage_ptr& sp) {
  const AppealCategory* cat = CategoryOf(config, a.category);
  boost::json::object o(
      {{"id", a.id},
       {"channel", a.channel},
       {"category", {{"code", a.category}, {"name", cat ? cat->name : a.category}}},
       {"urgency", a.urgency},
       {"description", a.description},
       {"state", a.state},
       {"resident",
        {{"id", a.resident_id}, {"name", a.resident_name}, {"phone", Opt(a.resident_phone_mask)}}},
       {"deadlines",
        {{"accept_by", OptTime(a.accept_by)},
         {"on_site_by", OptTime(a.on_site_by)},
         {"resolve_by", OptTime(a.resolve_by)}}},
       {"overdue", a.overdue_at.has_value()},
       {"overdue_at", OptTime(a.overdue_at)},
       {"rating", Opt(a.rating)},
       {"escalated_to", Opt(a.escalated_to)},
       {"referred_to", Opt(a.referred_to)},
       {"merged_into", Opt(a.merged_into)},
       {"reopened", a.reopened},
       {"created_at", FormatTime(a.created_at)},
       {"updated_at", FormatTime(a.updated_at)}},
      sp);
  boost::json::object place(
      {{"area",
        {{"id", a.area_id}, {"name", a.area_name}, {"kind", a.area_kind}, {"path", a.area_path}}},
       {"grid_id", Opt(a.grid_id)}},
      sp);
  if (a.lng && a.lat) {
    place["point"] = {{"lng", *a.lng}, {"lat", *a.lat}};
  } else {
    place["point"] = nullptr;
  }
  o["place"] = std::move(place);
  if (a.assignee_kind && a.assignee_id) {
    o["assignee"] = {
        {"kind", *a.assignee_kind}, {"id", *a.assignee_id}, {"name", Opt(a.assignee_name)}};
  } else {
    o["assignee"] = nullptr;
  }
  return o;
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
