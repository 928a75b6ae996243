// Forms of the areas module: raw JSON in, validated structs out.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "core/field.h"
#include "core/result.h"

namespace linli::areas {

struct CreateAreaForm {
  std::optional<int64_t> parent_id;  // none: a new root (a city)
  std::string kind;
  std::string name;
  std::optional<std::string> code;
  std::optional<std::string> geometry;  // GeoJSON text, already checked
};

struct UpdateAreaForm {
  std::optional<std::string> name;
  std::optional<std::string> code;
  std::optional<std::string> geometry;
  bool clear_geometry = false;
};

struct MoveAreaForm {
  int64_t parent_id = 0;
};

// The fields of each body, as the forms read them and the routes document them. A geometry
// (create, update) is read beside them: a GeoJSON Polygon or MultiPolygon of closed rings in
// longitude, latitude, which a field table cannot say.
std::span<const Field> CreateFields();
std::span<const Field> UpdateFields();
std::span<const Field> MoveFields();

Result<CreateAreaForm> ParseCreate(std::string_view body);
Result<UpdateAreaForm> ParseUpdate(std::string_view body);
Result<MoveAreaForm> ParseMove(std::string_view body);

}  // namespace linli::areas
