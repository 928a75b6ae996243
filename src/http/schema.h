// Small builders for the JSON Schemas that document routes (OpenAPI 3.1 uses JSON Schema).
#pragma once

#include <initializer_list>
#include <span>
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
boost::json::value Number(std::string description = {});
boost::json::value Date();
boost::json::value DateTime();
boost::json::value Enum(std::initializer_list<std::string_view> values);
boost::json::value Enum(std::span<const std::string_view> values);
boost::json::value Arr(boost::json::value item);
boost::json::value Ref(std::string_view name);
boost::json::value Nullable(boost::json::value s);
// An object with the given properties; `required` lists the ones that must be present.
// additionalProperties is false: the API refuses unknown fields.
boost::json::value Obj(std::vector<std::pair<std::string, boost::json::value>> props,
                       std::vector<std::string> required = {});
// The schema of one declared body field (core/field.h): its type, its limits (minLength and
// maxLength, maxItems, minimum and maximum), its enum values and its description; a kIdList's
// description is its items'. A kEnum without values (configured ones) is a string; a kDate is
// format date, a kMonth a pattern; a nullable field is Nullable(its schema).
boost::json::value Of(const Field& field);
// The schema of a body of `fields`: an object of their schemas, required the required ones.
boost::json::value Body(std::span<const Field> fields);
// {"items": [item], "page", "per_page", "total"}
boost::json::value PageOf(boost::json::value item);

}  // namespace linli::http::schema
