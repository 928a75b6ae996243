// The shapes of the areas module's answers, each declared once (http/shape.h): their JSON and
// their schemas (the OpenAPI components Area, AreaView and AreaSubtree) come from these
// structs. They view the records they are made from: keep the record alive while its answer is
// written.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "http/shape.h"
#include "modules/areas/area.h"

namespace linli::areas {

namespace shape = http::shape;

struct AreaAnswer {
  static constexpr std::string_view kSchemaName = "Area";
  int64_t id = 0;
  shape::OneOf<&Kinds> kind;
  std::string_view name;
  std::string_view path;
  int64_t depth = 0;
  shape::Time created_at;
  shape::Time updated_at;
  std::optional<int64_t> parent_id;
  std::optional<std::string_view> code;
  std::optional<shape::RawObject> geometry;
  static constexpr shape::Doc kDocs[] = {{"path", "materialized path of ids, \"/1/4/9/\""},
                                         {"depth", "0 for a root"},
                                         {"parent_id", "none for a root (a city)"},
                                         {"code", "administrative division code"},
                                         {"geometry", "GeoJSON Polygon or MultiPolygon"}};
};
BOOST_DESCRIBE_STRUCT(AreaAnswer, (),
                      (id, kind, name, path, depth, created_at, updated_at, parent_id, code,
                       geometry))

// An area above another, as the one area's answer lists them.
struct AncestorRef {
  int64_t id = 0;
  shape::OneOf<&Kinds> kind;
  std::string_view name;
};
BOOST_DESCRIBE_STRUCT(AncestorRef, (), (id, kind, name))

// One area with the areas above it, root first.
struct AreaView : AreaAnswer {
  static constexpr std::string_view kSchemaName = "AreaView";
  std::vector<AncestorRef> ancestors;
};
BOOST_DESCRIBE_STRUCT(AreaView, (AreaAnswer), (ancestors))

struct AreaSubtree {
  static constexpr std::string_view kSchemaName = "AreaSubtree";
  std::vector<AreaAnswer> items;
  bool truncated = false;
  static constexpr shape::Doc kDocs[] = {
      {"items", "the area and the areas below it, in path order"},
      {"truncated", "more areas lie below than the answer holds"}};
};
BOOST_DESCRIBE_STRUCT(AreaSubtree, (), (items, truncated))

AreaAnswer AnswerOf(const Area& a);
AreaView ViewOf(const Area& a, const std::vector<Area>& ancestors);

}  // namespace linli::areas
