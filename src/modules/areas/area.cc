#include "modules/areas/area.h"

#include <array>

#include <boost/json/parse.hpp>

#include "auth/actor.h"
#include "modules/areas/answers.h"

namespace linli::areas {
namespace {
constexpr std::string_view kLoad =
    "SELECT id, parent_id, kind, name, code, path, depth, geometry, created_at, updated_at"
    " FROM areas WHERE id = ?";
}  // namespace

const std::string_view kAreaColumns =
    "a.id, a.parent_id, a.kind, a.name, a.code, a.path, a.depth, a.geometry, a.created_at,"
    " a.updated_at";

int KindRank(std::string_view kind) {
  for (size_t i = 0; i < kKinds.size(); ++i) {
    if (kKinds[i] == kind) return static_cast<int>(i);
  }
  return -1;
}

Area FromRow(const store::Row& r) {
  Area a;
  a.id = r.Int(0);
  a.parent_id = r.OptInt(1);
  a.kind = r.Text(2);
  a.name = r.Text(3);
  a.code = r.OptText(4);
  a.path = r.Text(5);
  a.depth = r.Int(6);
  a.geometry = r.OptText(7);
  a.created_at = r.Int(8);
  a.updated_at = r.Int(9);
  return a;
}

std::optional<Area> Load(store::Connection& c, int64_t id) {
  auto row = c.QueryOne(kLoad, {id});
  if (!row) return std::nullopt;
  return FromRow(*row);
}

std::vector<Area> Ancestors(store::Connection& c, const Area& a) {
  std::vector<Area> out;
  for (const int64_t id : auth::PathIds(a.path)) {
    if (id == a.id) continue;
    if (auto anc = Load(c, id)) out.push_back(std::move(*anc));
  }
  return out;
}

std::vector<Area> OnPath(store::Connection& c, std::string_view path) {
  std::vector<Area> out;
  for (const int64_t id : auth::PathIds(path)) {
    if (auto on = Load(c, id)) out.push_back(std::move(*on));
  }
  return out;
}

std::optional<Area> OnPathOfKind(store::Connection& c, std::string_view path,
                                 std::string_view kind) {
  for (const int64_t id : auth::PathIds(path)) {
    if (auto a = Load(c, id); a && a->kind == kind) return a;
  }
  return std::nullopt;
}

}  // namespace linli::areas
