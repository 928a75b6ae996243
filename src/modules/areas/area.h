// The area tree's records and its read-only interface for other modules.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/object.hpp>

#include "store/database.h"

namespace linli::areas {

// Kinds from the top of the tree down; a child's kind must rank below its parent's. The forms,
// the answers and their schemas read them.
inline constexpr std::array<std::string_view, 9> kKinds = {"city",      "district", "subdistrict",
                                                           "community", "grid",     "estate",
                                                           "building",  "entrance", "household"};
constexpr std::span<const std::string_view> Kinds() { return kKinds; }
// Position of `kind` in Kinds(); -1 when unknown.
int KindRank(std::string_view kind);

struct Area {
  int64_t id = 0;
  std::optional<int64_t> parent_id;
  std::string kind;
  std::string name;
  std::optional<std::string> code;
  std::string path;
  int64_t depth = 0;
  std::optional<std::string> geometry;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

// Reads one area; nullopt when there is none.
std::optional<Area> Load(store::Connection& c, int64_t id);
// The areas above `a`, from the root down (not including `a`).
std::vector<Area> Ancestors(store::Connection& c, const Area& a);
// The areas on `path`, from the root down, the last included; each read by primary key. (One
// statement with `id IN (...)` costs more: SQLite builds a temporary index of the list.)
std::vector<Area> OnPath(store::Connection& c, std::string_view path);
// The area of `kind` on `path`: the place itself or the one above it of that kind; nullopt when
// there is none. Reads the path's areas by primary key, never scans the areas of that kind.
std::optional<Area> OnPathOfKind(store::Connection& c, std::string_view path,
                                 std::string_view kind);

// The SELECT list Load and the queries share; FromRow reads it.
extern const std::string_view kAreaColumns;
Area FromRow(const store::Row& r);

}  // namespace linli::areas
