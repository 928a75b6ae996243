// Small builders for the JSON Schemas that document routes (OpenAPI 3.1 uses JSON Schema).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/json/value.hpp>

#include "core/field.h"

namespace linli::http::schema {

boost::json::value Str(std::string description = {});
boost::json::value Int(std::string description = {});
boost::json::value Bool(std::string description = {});
boost::json::value Date();
boost::json::value DateTime();
boost::json::value Enum(std::initializer_list<std::string_view> values);
boost::json::value Enum(const std::vector<std::string_view>& values);
boost::json::value Arr(boost::json::value item);
boost::json::value Ref(std::string_view name);
boost::json::value Nullable(boost::json::value s);
// An object with the given properties; `required` lists the ones that must be present.
// additionalProperties is false: the API refuses unknown fields.
boost::json::value Obj(std::vector<std::pair<std::string, boost::json::value>> props,
                       std::vector<std::string> required = {});
// The schema of one declared body field (core/field.h): its type, its enum values and its
// description; a kIdList's description is its items'. Limits are not stated.
boost::json::value Of(const Field& field);
// {"items": [item], "page", "per_page", "total"}
boost::json::value PageOf(boost::json::value item);

}  // namespace linli::http::schema
