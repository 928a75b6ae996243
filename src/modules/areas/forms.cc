#include "modules/areas/forms.h"

#include <array>

#include <boost/json/serialize.hpp>

#include "core/form.h"
#include "modules/areas/area.h"

namespace linli::areas {
namespace {

constexpr size_t kMaxGeometryBytes = size_t{256} * 1024;
constexpr size_t kMaxName = 100;
constexpr size_t kMaxCode = 32;

enum Create { kParent, kKind, kName, kCode };
constexpr std::array kCreateFields = std::to_array<Field>({
    {.name = "parent_id", .type = FieldType::kId, .description = "none: a new root (a city)"},
    {.name = "kind", .type = FieldType::kEnum, .required = true, .values = Kinds()},
    {.name = "name", .required = true, .max = kMaxName},
    {.name = "code", .max = kMaxCode, .description = "administrative division code"},
});
enum Update { kNewName, kNewCode };
constexpr std::array kUpdateFields = std::to_array<Field>({
    {.name = "name", .max = kMaxName},
    {.name = "code", .max = kMaxCode, .description = "administrative division code"},
});
constexpr std::array kMoveFields = std::to_array<Field>({
    {.name = "parent_id", .type = FieldType::kId, .required = true},
});

std::optional<int64_t> Id(const FieldValue& v) {
  if (const auto* id = std::get_if<int64_t>(&v)) return *id;
  return std::nullopt;
}
std::optional<std::string> Text(FieldValue v) {
  if (auto* s = std::get_if<std::string>(&v)) return std::move(*s);
  return std::nullopt;
}

bool Position(const boost::json::value& v) {
  if (!v.is_array() || v.as_array().size() < 2) return false;
  const auto& a = v.as_array();
  auto num = [](const boost::json::value& x) -> std::optional<double> {
    if (x.is_double()) return x.as_double();
    if (x.is_int64()) return static_cast<double>(x.as_int64());
    return std::nullopt;
  };
  auto lng = num(a[0]);
  auto lat = num(a[1]);
  return lng && lat && *lng >= -180 && *lng <= 180 && *lat >= -90 && *lat <= 90;
}

bool Ring(const boost::json::value& v) {
  if (!v.is_array() || v.as_array().size() < 4) return false;
  for (const auto& p : v.as_array()) {
    if (!Position(p)) return false;
  }
  return v.as_array().front() == v.as_array().back();
}

bool Polygon(const boost::json::value& v) {
  if (!v.is_array() || v.as_array().empty()) return false;
  for (const auto& r : v.as_array()) {
    if (!Ring(r)) return false;
  }
  return true;
}

// The geometry field: a GeoJSON Polygon or MultiPolygon with closed rings in lng/lat.
std::optional<std::string> Geometry(Form& f) {
  const auto* g = f.OptionalValue("geometry");
  if (!g) return std::nullopt;
  const std::string text = boost::json::serialize(*g);
  bool ok = g->is_object() && text.size() <= kMaxGeometryBytes;
  if (ok) {
    const auto& o = g->as_object();
    const auto* type = o.if_contains("type");
    const auto* coords = o.if_contains("coordinates");
    ok = type && coords && type->is_string() && o.size() == 2;
    if (ok && type->as_string() == "Polygon") {
      ok = Polygon(*coords);
    } else if (ok && type->as_string() == "MultiPolygon") {
      ok = coords->is_array() && !coords->as_array().empty();
      if (ok) {
        for (const auto& p : coords->as_array()) ok = ok && Polygon(p);
      }
    } else {
      ok = false;
    }
  }
  if (!ok) {
    f.Fail("geometry",
           "must be a GeoJSON Polygon or MultiPolygon of closed rings in longitude, latitude");
    return std::nullopt;
  }
  return text;
}

}  // namespace

std::span<const Field> CreateFields() { return kCreateFields; }
std::span<const Field> UpdateFields() { return kUpdateFields; }
std::span<const Field> MoveFields() { return kMoveFields; }

Result<CreateAreaForm> ParseCreate(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  CreateAreaForm out;
  out.parent_id = Id(ReadField(f, kCreateFields[kParent]));
  out.kind = Text(ReadField(f, kCreateFields[kKind])).value_or("");
  out.name = Text(ReadField(f, kCreateFields[kName])).value_or("");
  out.code = Text(ReadField(f, kCreateFields[kCode]));
  out.geometry = Geometry(f);
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<UpdateAreaForm> ParseUpdate(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  UpdateAreaForm out;
  out.name = Text(ReadField(f, kUpdateFields[kNewName]));
  out.code = Text(ReadField(f, kUpdateFields[kNewCode]));
  out.clear_geometry = f.IsNull("geometry");
  out.geometry = Geometry(f);
  if (!out.name && !out.code && !out.geometry && !out.clear_geometry) {
    f.Fail("", "give at least one of name, code, geometry");
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<MoveAreaForm> ParseMove(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  MoveAreaForm out;
  out.parent_id = Id(ReadField(f, kMoveFields[0])).value_or(0);
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

}  // namespace linli::areas
