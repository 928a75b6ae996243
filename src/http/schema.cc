#include "http/schema.h"

#include <algorithm>
#include <cstdint>

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
boost::json::value Number(std::string d) { return Typed("number", d); }
boost::json::value Date() { return {{"type", "string"}, {"format", "date"}}; }
boost::json::value DateTime() { return {{"type", "string"}, {"format", "date-time"}}; }

boost::json::value Enum(std::initializer_list<std::string_view> values) {
  return Enum(std::span<const std::string_view>(values.begin(), values.size()));
}
boost::json::value Enum(std::span<const std::string_view> values) {
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

namespace {

boost::json::value Sized(const Field& field, bool multiline) {
  boost::json::value out = Str();
  auto& o = out.as_object();
  if (!(field.may_be_empty && !field.required)) {
    o["minLength"] = std::max<size_t>(field.min_length, 1);
  }
  if (field.max > 0) o["maxLength"] = field.max;
  if (multiline) o["description"] = "several lines allowed";
  return out;
}

boost::json::value Id() { return {{"type", "integer"}, {"minimum", 1}, {"maximum", Form::kMaxId}}; }

boost::json::value TypeOf(const Field& field) {
  switch (field.type) {
    case FieldType::kString:
      return Sized(field, false);
    case FieldType::kText:
      return Sized(field, true);
    case FieldType::kId:
      return Id();
    case FieldType::kIdList: {
      boost::json::value item = Id();
      if (!field.description.empty()) item.as_object()["description"] = field.description;
      boost::json::value out = Arr(std::move(item));
      out.as_object()["uniqueItems"] = true;
      if (field.max > 0) out.as_object()["maxItems"] = field.max;
      return out;
    }
    case FieldType::kEnum:
      if (field.values.empty()) return Str();
      return Enum(field.values);
    case FieldType::kDateTime:
      return DateTime();
    case FieldType::kNumber:
      return {{"type", "number"}, {"minimum", field.min}, {"maximum", field.bound}};
    case FieldType::kInt:
      return {{"type", "integer"},
              {"minimum", static_cast<int64_t>(field.min)},
              {"maximum", static_cast<int64_t>(field.bound)}};
    case FieldType::kBool:
      return Bool();
    case FieldType::kDate:
      return Date();
    case FieldType::kMonth:
      return {{"type", "string"},
              {"pattern", "^(19|2[0-9])[0-9]{2}-(0[1-9]|1[0-2])$"},
              {"description", "a month, YYYY-MM"}};
    case FieldType::kObject:
      return Body(field.fields);
  }
  return {};
}

}  // namespace

boost::json::value Of(const Field& field) {
  boost::json::value out = TypeOf(field);
  if (!field.description.empty() && field.type != FieldType::kIdList) {
    auto& o = out.as_object();
    const auto* more = o.if_contains("description");
    o["description"] = more ? std::string(field.description) + "; " + std::string(more->as_string())
                            : std::string(field.description);
  }
  if (field.nullable) return Nullable(std::move(out));
  return out;
}

boost::json::value Body(std::span<const Field> fields) {
  std::vector<std::pair<std::string, boost::json::value>> props;
  std::vector<std::string> required;
  for (const Field& f : fields) {
    props.emplace_back(f.name, Of(f));
    if (f.required) required.emplace_back(f.name);
  }
  return Obj(std::move(props), std::move(required));
}

boost::json::value PageOf(boost::json::value item) {
  return Obj({{"items", Arr(std::move(item))},
              {"page", Int()},
              {"per_page", Int()},
              {"total", Int("rows matching the filters in the caller's scope")}},
             {"items", "page", "per_page", "total"});
}

}  // namespace linli::http::schema
