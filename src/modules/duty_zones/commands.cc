#include "modules/duty_zones/commands.h"

#include <algorithm>

#include <fmt/format.h>
#include <boost/json/array.hpp>

#include "core/clock.h"
#include "modules/areas/area.h"
#include "modules/areas/permissions.h"
#include "modules/audit.h"
#include "modules/duty_zones/permissions.h"
#include "modules/duty_zones/queries.h"
#include "modules/duty_zones/size_rule.h"
#include "modules/orgs/grant_places.h"
#include "modules/orgs/org.h"
#include "modules/orgs/permissions.h"
#include "modules/people/permissions.h"

namespace linli::duty_zones {
namespace {

constexpr std::string_view kInsert =
    "INSERT INTO duty_zones (grid_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)"
    " RETURNING id";
constexpr std::string_view kNamed =
    "SELECT id FROM duty_zones WHERE grid_id = ? AND name = ? AND id <> ?";
constexpr std::string_view kRename = "UPDATE duty_zones SET name = ?, updated_at = ? WHERE id = ?";
constexpr std::string_view kTouch = "UPDATE duty_zones SET updated_at = ? WHERE id = ?";
constexpr std::string_view kAddMember =
    "INSERT INTO duty_zone_members (zone_id, person_id, created_at) VALUES (?, ?, ?)";
constexpr std::string_view kClearMembers = "DELETE FROM duty_zone_members WHERE zone_id = ?";
constexpr std::string_view kDeleteZone = "DELETE FROM duty_zones WHERE id = ?";
constexpr std::string_view kMemberIds =
    "SELECT person_id FROM duty_zone_members WHERE zone_id = ? ORDER BY person_id";
constexpr std::string_view kPartyOrgOf = "SELECT org_id FROM party_members WHERE person_id = ?";

boost::json::array IdArray(std::vector<int64_t> ids) {
  std::sort(ids.begin(), ids.end());
  boost::json::array out;
  for (int64_t id : ids) out.push_back(id);
  return out;
}

Status NameFree(store::Connection& c, int64_t grid_id, const std::string& name, int64_t self) {
  if (c.QueryOne(kNamed, {grid_id, name, self})) {
    return Error::Conflict(fmt::format("a duty zone named {} already exists on this grid", name),
                           "/name");
  }
  return Status::Ok();
}

// Why person `id` cannot serve in a duty zone, or nullopt when they can: the caller must see
// the person (directly, or through the party organisation holding them) and the person must be
// a party member. A person the caller cannot see reads as missing.
std::optional<std::string> Unfit(store::Connection& c, const auth::Actor& actor, int64_t id) {
  const std::string missing = fmt::format("no person {}", id);
  auto person = people::Load(c, id);
  if (!person) return missing;
  auto org_id = c.QueryOne(kPartyOrgOf, {id});
  std::optional<orgs::Org> org;
  if (org_id) org = orgs::Load(c, org_id->Int(0));
  const bool seen = people::Allowed(actor, people::Action::kRead, *person) ||
                    (org && orgs::Allowed(actor, orgs::Action::kRead, *org));
  if (!seen) return missing;
  if (!org_id) return fmt::format("person {} is not a party member", id);
  return std::nullopt;
}

// Every rule on a member list; all failures at once, each naming /member_ids/N.
Status CheckMembers(store::Connection& c, const auth::Actor& actor, const DutyZoneRules& rules,
                    const std::vector<int64_t>& ids) {
  if (Status s = CheckMemberCount(ids.size(), rules); !s) return s;
  Error e{Code::kUnprocessable, "", {}};
  for (size_t i = 0; i < ids.size(); ++i) {
    if (auto why = Unfit(c, actor, ids[i])) {
      e.fields.push_back({fmt::format("/member_ids/{}", i), *why});
    }
  }
  if (e.fields.empty()) return Status::Ok();
  e.detail = e.fields.size() == 1 ? e.fields.front().detail
                                  : fmt::format("{} members cannot serve", e.fields.size());
  return e;
}

// A grid the caller may see, as an area or as a duty-zone reader (404 naming /grid_id
// otherwise), and write in (403).
Result<areas::Area> WritableGrid(store::Connection& c, const auth::Actor& actor, int64_t id) {
  auto g = areas::Load(c, id);
  const bool seen = g && (areas::Allowed(actor, areas::Action::kRead, *g) ||
                          Allowed(orgs::WithOrgAreas(c, actor), Action::kRead, g->path));
  if (!seen) {
    Error e = Error::NotFound(fmt::format("no area {}", id));
    e.fields.push_back({"/grid_id", e.detail});
    return e;
  }
  if (g->kind != "grid") {
    return Error::Rule("/grid_id", fmt::format("{} is a {}, not a grid: a duty zone covers a grid",
                                               g->name, g->kind));
  }
  if (!Allowed(actor, Action::kWrite, g->path)) return Error::Forbidden();
  return *g;
}

void SetMembers(store::Connection& c, int64_t zone_id, const std::vector<int64_t>& ids,
                int64_t now) {
  c.Exec(kClearMembers, {zone_id});
  for (int64_t id : ids) c.Exec(kAddMember, {zone_id, id, now});
}

ZoneView ViewOf(store::Connection& c, int64_t id) {
  ZoneView v{*Load(c, id), {}};
  v.members = MembersOf(c, id);
  return v;
}

}  // namespace

Result<ZoneView> CreateZone(store::Connection& c, const auth::Actor& actor,
                            const DutyZoneRules& rules, const CreateZoneForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto grid = WritableGrid(c, actor, f.grid_id);
  if (!grid) return grid.error();
  if (Status s = CheckMembers(c, actor, rules, f.member_ids); !s) return s.error();
  if (Status s = NameFree(c, f.grid_id, f.name, 0); !s) return s.error();
  const int64_t now = NowMs();
  const int64_t id = c.Query(kInsert, {f.grid_id, f.name, now, now}).front().Int(0);
  SetMembers(c, id, f.member_ids, now);
  record::EventLog::Append(
      c,
      EventBy(actor, "duty_zone.create", "duty_zone", id, grid->path,
              {{"grid_id", f.grid_id}, {"name", f.name}, {"member_ids", IdArray(f.member_ids)}}));
  auto view = ViewOf(c, id);
  tx.Commit();
  return view;
}

Result<ZoneView> UpdateZone(store::Connection& c, const auth::Actor& actor,
                            const DutyZoneRules& rules, int64_t id, const UpdateZoneForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto z = VisibleZone(c, actor, id);
  if (!z) return z.error();
  if (!Allowed(actor, Action::kWrite, z->grid_path)) return Error::Forbidden();
  boost::json::object changes;
  const int64_t now = NowMs();
  if (f.name && *f.name != z->name) {
    if (Status s = NameFree(c, z->grid_id, *f.name, id); !s) return s.error();
    changes["name"] = {{"from", z->name}, {"to", *f.name}};
  }
  if (f.member_ids) {
    std::vector<int64_t> before;
    for (const auto& r : c.Query(kMemberIds, {id})) before.push_back(r.Int(0));
    std::vector<int64_t> after = *f.member_ids;
    std::sort(after.begin(), after.end());
    if (after != before) {
      if (Status s = CheckMembers(c, actor, rules, *f.member_ids); !s) return s.error();
      changes["member_ids"] = {{"from", IdArray(before)}, {"to", IdArray(after)}};
    }
  }
  if (changes.empty()) return ViewOf(c, id);  // nothing differs: no write, no event
  if (changes.contains("name")) c.Exec(kRename, {*f.name, now, id});
  if (changes.contains("member_ids")) {
    SetMembers(c, id, *f.member_ids, now);
    c.Exec(kTouch, {now, id});
  }
  record::EventLog::Append(
      c, EventBy(actor, "duty_zone.update", "duty_zone", id, z->grid_path, std::move(changes)));
  auto view = ViewOf(c, id);
  tx.Commit();
  return view;
}

Status DeleteZone(store::Connection& c, const auth::Actor& actor, int64_t id) {
  store::Tx tx(c, store::Tx::kWrite);
  auto z = VisibleZone(c, actor, id);
  if (!z) return z.error();
  if (!Allowed(actor, Action::kWrite, z->grid_path)) return Error::Forbidden();
  std::vector<int64_t> members;
  for (const auto& r : c.Query(kMemberIds, {id})) members.push_back(r.Int(0));
  c.Exec(kClearMembers, {id});
  c.Exec(kDeleteZone, {id});
  record::EventLog::Append(
      c, EventBy(actor, "duty_zone.delete", "duty_zone", id, z->grid_path,
                 {{"grid_id", z->grid_id}, {"name", z->name}, {"member_ids", IdArray(members)}}));
  tx.Commit();
  return Status::Ok();
}

}  // namespace linli::duty_zones
