// AreaRef: an area as other modules' answers name it (http/shape.h), {id, name, kind, path}.
#pragma once

#include <cstdint>
#include <string_view>

#include "http/shape.h"

namespace linli::areas {

struct AreaRef {
  int64_t id = 0;
  std::string_view name;
  std::string_view kind;
  std::string_view path;
};
BOOST_DESCRIBE_STRUCT(AreaRef, (), (id, name, kind, path))

}  // namespace linli::areas
