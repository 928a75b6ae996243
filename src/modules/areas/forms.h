// Forms of the areas module: raw JSON in, validated structs out.
#pragma once

#include <optional>
#include <string>

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

Result<CreateAreaForm> ParseCreate(std::string_view body);
Result<UpdateAreaForm> ParseUpdate(std::string_view body);
Result<MoveAreaForm> ParseMove(std::string_view body);

}  // namespace linli::areas
