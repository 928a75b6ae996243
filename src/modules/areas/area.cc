#include "modules/areas/area.h"

#include <array>

#include <boost/json/parse.hpp>

#include "auth/actor.h"
#include "core/clock.h"

namespace linli::areas {
namespace {
constexpr std::array<std::string_view, 9> kKinds = {"city",      "district", "subdistrict",
                                                    "community", "grid",     "estate",
                                                    "building",  "entrance", "household"};
constexpr std::string_view kLoad =
    "SELECT id, parent_id, kind, name, code, path, depth, geometry, created_at, updated_at"
    " FROM areas WHERE id = ?";
}  // namespace

const std::string_view kAreaColumns =
    "a.id, a.parent_id, a.kind, a.name, a.code, a.path, a.depth, a.geometry, a.created_at,"
    " a.updated_at";

std::span<const std::string_view> Kinds() { return kKinds; }

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

boost::json::object ToJson(const Area& a) {
  boost::json::object o{{"id", a.id},
                        {"kind", a.kind},
                        {"name", a.name},
                        {"path", a.path},
                        {"depth", a.depth},
                        {"created_at", FormatTime(a.created_at)},
                        {"updated_at", FormatTime(a.updated_at)}};
  o["parent_id"] = a.parent_id ? boost::json::value(*a.parent_id) : nullptr;
  o["code"] = a.code ? boost::json::value(*a.code) : nullptr;
  if (a.geometry) {
    boost::system::error_code ec;
    auto g = boost::json::parse(*a.geometry, ec);
    o["geometry"] = ec ? boost::json::value(nullptr) : g;
  } else {
    o["geometry"] = nullptr;
  }
  return o;
}

}  // namespace linli::areas
