#include "modules/areas/area.h"

#include <array>

#include <boost/json/parse.hpp>

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
  std::string_view p = a.path;
  // path "/1/4/9/": every id but the last.
  size_t i = 1;
  while (i < p.size()) {
    const size_t j = p.find('/', i);
    const int64_t id = std::stoll(std::string(p.substr(i, j - i)));
    if (id != a.id) {
      if (auto anc = Load(c, id)) out.push_back(std::move(*anc));
    }
    i = j + 1;
  }
  return out;
}

std::optional<Area> OnPathOfKind(store::Connection& c, std::string_view path,
                                 std::string_view kind) {
  // path "/1/4/9/": every id, top first.
  size_t i = 1;
  while (i < path.size()) {
    const size_t j = path.find('/', i);
    if (j == std::string_view::npos) break;
    const int64_t id = std::stoll(std::string(path.substr(i, j - i)));
    if (auto a = Load(c, id); a && a->kind == kind) return a;
    i = j + 1;
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
