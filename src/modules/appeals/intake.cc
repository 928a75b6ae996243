// RaiseAppeal: intake from every channel (commands.h).
#include <fmt/format.h>
#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include "core/clock.h"
#include "modules/appeals/commands.h"
#include "modules/appeals/community_counts.h"
#include "modules/appeals/deadlines.h"
#include "modules/appeals/kpi_counts.h"
#include "modules/appeals/permissions.h"
#include "modules/areas/area.h"
#include "modules/audit.h"
#include "modules/people/commands.h"
#include "modules/people/permissions.h"
#include "record/event_log.h"

namespace linli::appeals {
namespace {

constexpr std::string_view kInsert =
    "INSERT INTO appeals (channel, category, urgency, description, area_id, area_path, grid_id,"
    " community_path, lng, lat, resident_id, raised_by, state, accept_by, on_site_by,"
    " resolve_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
    " 'received', ?, ?, ?, ?, ?)";
constexpr std::string_view kStep =
    "INSERT INTO appeal_steps (appeal_id, step, from_state, to_state, actor_id, actor_label,"
    " note, reason, detail, at) VALUES (?, 'raise', NULL, 'received', ?, ?, NULL, NULL, ?, ?)";
constexpr std::string_view kLastStep = "SELECT max(id) FROM appeal_steps WHERE appeal_id = ?";

struct Place {
  areas::Area area;
  std::optional<int64_t> grid_id;
  std::optional<std::string> community_path;  // the community's path, a prefix of area.path
};

// The place of the appeal, checked against what the actor may raise on: 404 naming the field
// when it is missing or outside the actor's scope.
Result<Place> PlaceOf(store::Connection& c, const auth::Actor& actor, const IntakeForm& f,
                      bool for_resident) {
  const std::string field = f.point ? "/point/grid_id" : "/area_id";
  const int64_t id = f.point ? f.point->grid_id : *f.area_id;
  auto area = areas::Load(c, id);
  bool in_scope = false;
  if (area) {
    if (for_resident) {
      for (const auto& g : actor.grants) {
        if (g.role != auth::Role::kResident || g.area_path.empty()) continue;
        auto community = areas::OnPathOfKind(c, g.area_path, "community");
        if (community && area->path.rfind(community->path, 0) == 0) in_scope = true;
      }
    } else {
      in_scope = MayRaiseFor(actor, area->path);
    }
  }
  if (!area || !in_scope) return Error::NotFoundField(field, fmt::format("no area {}", id));
  if (f.point && area->kind != "grid") {
    return Error::Rule(field, fmt::format("{} is a {}, not a grid", area->name, area->kind));
  }
  if (areas::KindRank(area->kind) < areas::KindRank("community")) {
    return Error::Rule(field, fmt::format("{} is a {}: an appeal is placed in a community or below",
                                          area->name, area->kind));
  }
  Place p{*area, std::nullopt, std::nullopt};
  for (const auto& on : areas::OnPath(c, area->path)) {  // one walk for both
    if (on.kind == "grid") p.grid_id = on.id;
    if (on.kind == "community") p.community_path = on.path;
  }
  return p;
}

// The resident a worker raises the appeal for: one on record, or one entered now.
Result<int64_t> ResidentFor(Context& ctx, const auth::Actor& actor, const IntakeForm& f,
                            const areas::Area& place) {
  if (f.resident_id) {
    auto p = people::Load(ctx.c, *f.resident_id);
    if (!p || !people::Allowed(actor, people::Action::kRead, *p)) {
      return Error::NotFoundField("/resident_id", fmt::format("no person {}", *f.resident_id));
    }
    return p->id;
  }
  for (const auto& p : people::FindByPersonal(ctx.c, ctx.crypto, actor,
                                              people::PersonalField::kPhone, f.resident->phone)) {
    if (p.name == f.resident->name) return p.id;  // entered once, reused
  }
  people::PersonForm pf;
  pf.name = f.resident->name;
  pf.phone = f.resident->phone;
  pf.area_id = place.id;
  auto created = people::CreatePerson(ctx.c, ctx.crypto, actor, pf);
  if (!created) return created.error();
  return created->id;
}

std::optional<int64_t> After(int64_t now, int64_t seconds) {
  if (seconds <= 0) return std::nullopt;
  return now + seconds * 1000;
}

}  // namespace

Result<Appeal> RaiseAppeal(Context& ctx, const auth::Actor& actor, const IntakeForm& f) {
  store::Connection& c = ctx.c;
  const bool for_resident = !f.resident_id && !f.resident;
  if (for_resident && !actor.Holds(auth::Role::kResident)) {
    return Error::Rule("/resident_id",
                       "give the resident (resident_id, or resident with name and phone) the "
                       "appeal is raised for");
  }
  if (for_resident && f.channel != "online") {
    return Error::Rule("/channel", "a resident raises their own appeal online");
  }
  if (!for_resident && f.channel == "online") {
    return Error::Rule("/channel",
                       "online is the resident's own channel; a worker records the "
                       "channel the resident came through");
  }
  const AppealCategory* cat = CategoryOf(ctx.config, f.category);
  if (!cat) return Error::Rule("/category", "unknown category");
  store::Tx tx(c, store::Tx::kWrite);
  auto place = PlaceOf(c, actor, f, for_resident);
  if (!place) return place.error();
  int64_t resident_id = actor.person_id;
  if (!for_resident) {
    auto r = ResidentFor(ctx, actor, f, place->area);
    if (!r) return r.error();
    resident_id = *r;
  }
  auto photos = CheckPhotos(c, actor, 0, f.photo_ids, ctx.config.photos_per_appeal);
  if (!photos) return photos.error();
  const int64_t now = NowMs();
  const auto accept_by = After(now, cat->accept_s);
  const auto on_site_by = After(now, cat->on_site_s);
  const auto resolve_by = After(now, cat->resolve_s);
  const store::Value lng = f.point ? store::Value(f.point->lng) : store::Value(store::Null{});
  const store::Value lat = f.point ? store::Value(f.point->lat) : store::Value(store::Null{});
  const store::Value raised_by =
      actor.account_id ? store::Value(actor.account_id) : store::Value(store::Null{});
  const int64_t id = c.Insert(
      kInsert,
      {f.channel, f.category, f.urgency, f.description, place->area.id, place->area.path,
       store::Opt(place->grid_id), store::Opt(place->community_path), lng, lat, resident_id,
       raised_by, store::Opt(accept_by), store::Opt(on_site_by), store::Opt(resolve_by), now, now});
  if (place->community_path) CountInCommunity(c, *place->community_path);
  StartClocks(c, id, {{"accept", accept_by}, {"on_site", on_site_by}, {"resolve", resolve_by}});
  // Never the description, the name or the phone: the event log keeps no personal data.
  boost::json::object summary{{"channel", f.channel},
                              {"category", f.category},
                              {"urgency", f.urgency},
                              {"area_id", place->area.id},
                              {"resident_id", resident_id}};
  if (!photos->empty()) summary["photos"] = boost::json::array(photos->begin(), photos->end());
  c.Exec(kStep, {id, raised_by, actor.login.empty() ? std::string("system") : actor.login,
                 boost::json::serialize(summary), now});
  if (!f.photo_ids.empty()) {
    AttachPhotos(c, id, "raise", c.QueryInt(kLastStep, {id}), f.photo_ids, now);
  }
  record::EventLog::Append(c,
                           EventBy(actor, "appeal.raise", "appeal", id, place->area.path, summary));
  kpi::Update(c, id, kpi::Counts{});
  auto a = Load(c, id);
  tx.Commit();
  if (ctx.wake) c.WhenCommitted(ctx.wake);
  return *a;
}

}  // namespace linli::appeals
