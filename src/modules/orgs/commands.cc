#include "modules/orgs/commands.h"

#include <fmt/format.h>

#include "core/clock.h"
#include "modules/areas/area.h"
#include "modules/areas/permissions.h"
#include "modules/audit.h"
#include "modules/orgs/permissions.h"
#include "modules/orgs/queries.h"

namespace linli::orgs {
namespace {

constexpr std::string_view kInsert =
    "INSERT INTO party_orgs (parent_id, kind, name, area_id, joint, path, depth, created_at,"
    " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
constexpr std::string_view kSetPath = "UPDATE party_orgs SET path = ? WHERE id = ?";
constexpr std::string_view kSiblingNamed =
    "SELECT id FROM party_orgs WHERE COALESCE(parent_id, 0) = ?"
    " AND (parent_id IS NOT NULL OR area_id = ?) AND name = ? AND id <> ?";
constexpr std::string_view kUpdate =
    "UPDATE party_orgs SET name = ?, joint = ?, area_id = ?, updated_at = ? WHERE id = ?";
constexpr std::string_view kChildrenAreas =
    "SELECT o.id, o.name, a.path, a.name FROM party_orgs o JOIN areas a ON a.id = o.area_id"
    " WHERE o.parent_id = ? ORDER BY o.id";
constexpr std::string_view kMoveSubtree =
    "UPDATE party_orgs SET path = ? || substr(path, ?), depth = depth + ?, updated_at = ?"
    " WHERE path LIKE ?";
constexpr std::string_view kSetParent = "UPDATE party_orgs SET parent_id = ? WHERE id = ?";

bool Within(std::string_view path, std::string_view ancestor_path) {
  return path.substr(0, ancestor_path.size()) == ancestor_path;
}

// An area the actor may see; a 404 naming `pointer` otherwise.
Result<areas::Area> VisibleArea(store::Connection& c, const auth::Actor& actor, int64_t id,
                                std::string pointer) {
  auto a = areas::Load(c, id);
  if (!a || !areas::Allowed(actor, areas::Action::kRead, *a)) {
    return Error::NotFoundField(std::move(pointer), fmt::format("no area {}", id));
  }
  return *a;
}

// The name must be free among the siblings under `parent`, or among the roots sitting in
// `area_id` when there is no parent.
Status NameFree(store::Connection& c, std::optional<int64_t> parent, int64_t area_id,
                const std::string& name, int64_t self) {
  if (c.QueryOne(kSiblingNamed, {parent.value_or(0), area_id, name, self})) {
    return Error::Conflict(fmt::format("a party organisation named {} already exists there", name),
                           "/name");
  }
  return Status::Ok();
}

Error KindRule(std::string pointer, std::string_view child, std::string_view parent) {
  return Error::Rule(std::move(pointer),
                     fmt::format("a {} cannot be placed under a {}: a committee holds general "
                                 "branches and branches, a general branch holds branches, a "
                                 "branch holds groups",
                                 child, parent));
}

}  // namespace

Result<Org> CreateOrg(store::Connection& c, const auth::Actor& actor, const CreateOrgForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto area = VisibleArea(c, actor, f.area_id, "/area_id");
  if (!area) return area.error();
  if (!MayWriteIn(actor, area->path)) return Error::Forbidden();
  std::optional<Org> parent;
  if (f.parent_id) {
    auto p = VisibleOrg(c, actor, *f.parent_id, "parent organisation");
    if (!p) return Error::NotFoundField("/parent_id", p.error().detail);
    if (!MayContain(p->kind, f.kind)) return KindRule("/kind", f.kind, p->kind);
    if (!Within(area->path, p->area_path)) {
      return Error::Rule("/area_id",
                         fmt::format("must be the area of the parent organisation ({}) or an "
                                     "area below it",
                                     p->area_name));
    }
    parent = std::move(*p);
  } else if (!MayStandAlone(f.kind)) {
    return Error::Rule("/parent_id",
                       fmt::format("a {} is part of a branch: give parent_id", f.kind));
  }
  if (Status s = NameFree(c, f.parent_id, f.area_id, f.name, 0); !s) return s.error();

  const int64_t now = NowMs();
  const int64_t depth = parent ? parent->depth + 1 : 0;
  const std::string pending = fmt::format("pending:{}:{}", now, f.name);
  auto rows = c.Query(kInsert, {store::Opt(f.parent_id), f.kind, f.name, f.area_id,
                                int64_t{f.joint ? 1 : 0}, pending, depth, now, now});
  const int64_t id = rows.front().Int(0);
  const std::string path = (parent ? parent->path : std::string("/")) + std::to_string(id) + "/";
  c.Exec(kSetPath, {path, id});
  record::EventLog::Append(
      c, EventBy(actor, "org.create", "party_org", id, area->path,
                 {{"kind", f.kind},
                  {"name", f.name},
                  {"area_id", f.area_id},
                  {"joint", f.joint},
                  {"path", path},
                  {"parent_id", f.parent_id ? boost::json::value(*f.parent_id) : nullptr}}));
  auto created = Load(c, id);
  tx.Commit();
  return *created;
}

Result<Org> UpdateOrg(store::Connection& c, const auth::Actor& actor, int64_t id,
                      const UpdateOrgForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto o = VisibleOrg(c, actor, id);
  if (!o) return o.error();
  if (!Allowed(actor, Action::kWrite, *o)) return Error::Forbidden();
  Org next = *o;
  boost::json::object changes;
  if (f.area_id && *f.area_id != o->area_id) {
    auto area = VisibleArea(c, actor, *f.area_id, "/area_id");
    if (!area) return area.error();
    if (!MayWriteIn(actor, area->path)) return Error::Forbidden();
    if (o->parent_id) {
      auto p = Load(c, *o->parent_id);
      if (p && !Within(area->path, p->area_path)) {
        return Error::Rule("/area_id",
                           fmt::format("must be the area of the parent organisation ({}) or an "
                                       "area below it",
                                       p->area_name));
      }
    }
    for (const auto& child : c.Query(kChildrenAreas, {id})) {
      if (!Within(child.Text(2), area->path)) {
        return Error::Rule("/area_id",
                           fmt::format("the organisation {} below sits in {}, outside that area",
                                       child.Text(1), child.Text(3)));
      }
    }
    changes["area_id"] = {{"from", o->area_id}, {"to", *f.area_id}};
    next.area_id = *f.area_id;
    next.area_path = area->path;
  }
  if (f.name && *f.name != o->name) {
    changes["name"] = {{"from", o->name}, {"to", *f.name}};
    next.name = *f.name;
  }
  if (f.name || changes.contains("area_id")) {
    if (Status s = NameFree(c, o->parent_id, next.area_id, next.name, id); !s) return s.error();
  }
  if (f.joint && *f.joint != o->joint) {
    if (*f.joint && !MayBeJoint(o->kind)) {
      return Error::Rule("/joint", "only a branch can be a joint branch");
    }
    changes["joint"] = {{"from", o->joint}, {"to", *f.joint}};
    next.joint = *f.joint;
  }
  if (changes.empty()) return *o;  // nothing differs: no write, no event
  c.Exec(kUpdate, {next.name, int64_t{next.joint ? 1 : 0}, next.area_id, NowMs(), id});
  record::EventLog::Append(
      c, EventBy(actor, "org.update", "party_org", id, next.area_path, std::move(changes)));
  auto updated = Load(c, id);
  tx.Commit();
  return *updated;
}

Result<Org> MoveOrg(store::Connection& c, const auth::Actor& actor, int64_t id,
                    const MoveOrgForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto o = VisibleOrg(c, actor, id);
  if (!o) return o.error();
  if (!Allowed(actor, Action::kWrite, *o)) return Error::Forbidden();
  auto p = VisibleOrg(c, actor, f.parent_id, "parent organisation");
  if (!p) return Error::NotFoundField("/parent_id", p.error().detail);
  if (!Allowed(actor, Action::kWrite, *p)) return Error::Forbidden();
  if (Within(p->path, o->path)) {
    return Error::Rule("/parent_id",
                       "an organisation cannot move under itself or an organisation below it");
  }
  if (o->parent_id == p->id) return *o;  // already there
  if (!MayContain(p->kind, o->kind)) return KindRule("/parent_id", o->kind, p->kind);
  if (!Within(o->area_path, p->area_path)) {
    return Error::Rule(
        "/parent_id", fmt::format("{} sits in {}, outside the area of the new parent ({})", o->name,
                                  o->area_name, p->area_name));
  }
  if (Status s = NameFree(c, p->id, o->area_id, o->name, id); !s) return s.error();
  const std::string new_path = p->path + std::to_string(id) + "/";
  const int64_t shift = (p->depth + 1) - o->depth;
  c.Exec(kMoveSubtree,
         {new_path, static_cast<int64_t>(o->path.size()) + 1, shift, NowMs(), o->path + "%"});
  c.Exec(kSetParent, {p->id, id});
  record::EventLog::Append(
      c, EventBy(actor, "org.move", "party_org", id, o->area_path,
                 {{"from_parent_id", o->parent_id ? boost::json::value(*o->parent_id) : nullptr},
                  {"to_parent_id", p->id},
                  {"from_path", o->path},
                  {"to_path", new_path}}));
  auto moved = Load(c, id);
  tx.Commit();
  return *moved;
}

}  // namespace linli::orgs
