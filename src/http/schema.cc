#include "http/schema.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

namespace linli::http::schema {
namespace {
boost::json::value Typed(std::string_view type, const std::string& description) {
  boost::json::object o{{"type", type}};
  if (!description.empty()) o["description"] = description;
  return o;
}
}  // namespace

boost::json::value Str(std::string d) { return Typed("string", d); }
boost::json::value Int(std::string d) { return Typed("integer", d); }
boost::json::value Bool(std::string d) { return Typed("boolean", d); }
boost::json::value Date() { return {{"type", "string"}, {"format", "date"}}; }
boost::json::value DateTime() { return {{"type", "string"}, {"format", "date-time"}}; }

boost::json::value Enum(std::initializer_list<std::string_view> values) {
  return Enum(std::vector<std::string_view>(values));
}
boost::json::value Enum(const std::vector<std::string_view>& values) {
  boost::json::array a;
  for (auto v : values) a.emplace_back(v);
  return {{"type", "string"}, {"enum", std::move(a)}};
}

boost::json::value Arr(boost::json::value item) {
  return {{"type", "array"}, {"items", std::move(item)}};
}

boost::json::value Ref(std::string_view name) {
  return {{"$ref", "#/components/schemas/" + std::string(name)}};
}

boost::json::value Nullable(boost::json::value s) {
  boost::json::array any{std::move(s), {{"type", "null"}}};
  return {{"anyOf", std::move(any)}};
}

boost::json::value Obj(std::vector<std::pair<std::string, boost::json::value>> props,
                       std::vector<std::string> required) {
  boost::json::object p;
  for (auto& [k, v] : props) p[k] = std::move(v);
  boost::json::object o{
      {"type", "object"}, {"properties", std::move(p)}, {"additionalProperties", false}};
  if (!required.empty()) {
    boost::json::array r;
    for (auto& k : required) r.emplace_back(k);
    o["required"] = std::move(r);
  }
  return o;
}

boost::json::value Of(const Field& field) {
  const std::string description(field.description);
  boost::json::value out;
  switch (field.type) {
    case FieldType::kString:
    case FieldType::kText:
      return Str(description);
    case FieldType::kId:
      return Int(description);
    case FieldType::kIdList:
      return Arr(Int(description));
    case FieldType::kEnum:
      out = Enum(std::vector<std::string_view>(field.values.begin(), field.values.end()));
      break;
    case FieldType::kDateTime:
      out = DateTime();
      break;
  }
  if (!description.empty()) out.as_object()["description"] = description;
  return out;
}

boost::json::value PageOf(boost::json::value item) {
  return Obj({{"items", Arr(std::move(item))},
              {"page", Int()},
              {"per_page", Int()},
              {"total", Int("rows matching the filters in the caller's scope")}},
             {"items", "page", "per_page", "total"});
}

}  // namespace linli::http::schema
