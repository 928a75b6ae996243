#include "modules/areas/commands.h"

#include <fmt/format.h>

#include "core/clock.h"
#include "modules/areas/permissions.h"
#include "modules/audit.h"

namespace linli::areas {
namespace {

constexpr std::string_view kInsert =
    "INSERT INTO areas (parent_id, kind, name, code, path, depth, geometry, created_at,"
    " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
constexpr std::string_view kSetPath = "UPDATE areas SET path = ? WHERE id = ?";
constexpr std::string_view kSiblingNamed =
    "SELECT id FROM areas WHERE COALESCE(parent_id, 0) = ? AND name = ? AND id <> ?";
constexpr std::string_view kUpdate =
    "UPDATE areas SET name = ?, code = ?, geometry = ?, updated_at = ? WHERE id = ?";
constexpr std::string_view kMoveSubtree =
    "UPDATE areas SET path = ? || substr(path, ?), depth = depth + ?, updated_at = ?"
    " WHERE path LIKE ?";
constexpr std::string_view kSetParent = "UPDATE areas SET parent_id = ? WHERE id = ?";

// Loads an area the actor may at least see; 404 otherwise, so that areas outside one's scope
// are not revealed to exist.
Result<Area> Visible(store::Connection& c, const auth::Actor& actor, int64_t id,
                     std::string_view what = "area") {
  auto a = Load(c, id);
  if (!a || !Allowed(actor, Action::kRead, *a)) {
    return Error::NotFound(fmt::format("no {} {}", what, id));
  }
  return *a;
}

Status NameFree(store::Connection& c, std::optional<int64_t> parent, const std::string& name,
                int64_t self) {
  if (c.QueryOne(kSiblingNamed, {parent.value_or(0), name, self})) {
    return Error::Conflict(fmt::format("an area named {} already exists there", name), "/name");
  }
  return Status::Ok();
}

}  // namespace

Result<Area> CreateArea(store::Connection& c, const auth::Actor& actor, const CreateAreaForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  std::optional<Area> parent;
  if (f.parent_id) {
    auto p = Visible(c, actor, *f.parent_id, "parent area");
    if (!p) return Error::NotFoundField("/parent_id", p.error().detail);
    parent = std::move(*p);
    if (!Allowed(actor, Action::kCreate, *parent)) return Error::Forbidden();
    if (KindRank(f.kind) <= KindRank(parent->kind)) {
      return Error::Rule("/kind",
                         fmt::format("a {} cannot be placed under a {}", f.kind, parent->kind));
    }
  } else {
    if (!Allowed(actor, Action::kCreate, Area{})) return Error::Forbidden();
    if (f.kind != "city") return Error::Rule("/parent_id", "only a city stands without a parent");
  }
  if (Status s = NameFree(c, f.parent_id, f.name, 0); !s) return s.error();

  const int64_t now = NowMs();
  const int64_t depth = parent ? parent->depth + 1 : 0;
  const std::string pending = "pending:" + std::to_string(now) + ":" + f.name;
  auto rows = c.Query(kInsert, {store::Opt(f.parent_id), f.kind, f.name, store::Opt(f.code),
                                pending, depth, store::Opt(f.geometry), now, now});
  const int64_t id = rows.front().Int(0);
  const std::string path = (parent ? parent->path : std::string("/")) + std::to_string(id) + "/";
  c.Exec(kSetPath, {path, id});
  record::EventLog::Append(
      c, EventBy(actor, "area.create", "area", id, path,
                 {{"kind", f.kind},
                  {"name", f.name},
                  {"parent_id", f.parent_id ? boost::json::value(*f.parent_id) : nullptr}}));
  auto created = Load(c, id);
  tx.Commit();
  return *created;
}

Result<Area> UpdateArea(store::Connection& c, const auth::Actor& actor, int64_t id,
                        const UpdateAreaForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto a = Visible(c, actor, id);
  if (!a) return a.error();
  if (!Allowed(actor, Action::kUpdate, *a)) return Error::Forbidden();
  Area next = *a;
  boost::json::object changes;
  if (f.name && *f.name != a->name) {
    if (Status s = NameFree(c, a->parent_id, *f.name, id); !s) return s.error();
    changes["name"] = {{"from", a->name}, {"to", *f.name}};
    next.name = *f.name;
  }
  if (f.code && f.code != a->code) {
    changes["code"] = {{"to", *f.code}};
    next.code = f.code;
  }
  if (f.geometry || f.clear_geometry) {
    changes["geometry"] = f.clear_geometry ? "cleared" : "replaced";
    next.geometry = f.clear_geometry ? std::nullopt : f.geometry;
  }
  if (changes.empty()) return *a;  // nothing differs: no write, no event
  const int64_t now = NowMs();
  c.Exec(kUpdate, {next.name, store::Opt(next.code), store::Opt(next.geometry), now, id});
  record::EventLog::Append(c, EventBy(actor, "area.update", "area", id, a->path, changes));
  auto updated = Load(c, id);
  tx.Commit();
  return *updated;
}

Result<Area> MoveArea(store::Connection& c, const auth::Actor& actor, int64_t id,
                      const MoveAreaForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto a = Visible(c, actor, id);
  if (!a) return a.error();
  if (!Allowed(actor, Action::kMove, *a)) return Error::Forbidden();
  auto p = Visible(c, actor, f.parent_id, "parent area");
  if (!p) return Error::NotFoundField("/parent_id", p.error().detail);
  if (!Allowed(actor, Action::kMove, *p)) return Error::Forbidden();
  if (p->path.rfind(a->path, 0) == 0) {
    return Error::Rule("/parent_id", "an area cannot move under itself or an area below it");
  }
  if (a->parent_id == p->id) return *a;  // already there
  if (KindRank(a->kind) <= KindRank(p->kind)) {
    return Error::Rule("/parent_id",
                       fmt::format("a {} cannot be placed under a {}", a->kind, p->kind));
  }
  if (Status s = NameFree(c, p->id, a->name, id); !s) return s.error();
  const std::string new_path = p->path + std::to_string(id) + "/";
  const int64_t shift = (p->depth + 1) - a->depth;
  c.Exec(kMoveSubtree,
         {new_path, static_cast<int64_t>(a->path.size()) + 1, shift, NowMs(), a->path + "%"});
  c.Exec(kSetParent, {p->id, id});
  record::EventLog::Append(
      c, EventBy(actor, "area.move", "area", id, new_path,
                 {{"from_parent_id", a->parent_id ? boost::json::value(*a->parent_id) : nullptr},
                  {"to_parent_id", p->id},
                  {"from_path", a->path},
                  {"to_path", new_path}}));
  auto moved = Load(c, id);
  tx.Commit();
  return *moved;
}

}  // namespace linli::areas
