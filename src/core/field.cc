#include "core/field.h"

#include <fmt/format.h>

namespace linli {
namespace {

FieldValue Text(std::optional<std::string> v) {
  if (!v) return std::monostate{};
  return std::move(*v);
}

FieldValue Number(std::optional<int64_t> v) {
  if (!v) return std::monostate{};
  return *v;
}

FieldValue ReadEnum(Form& f, const Field& field) {
  if (field.required) return f.RequiredEnum(field.name, field.values);
  auto v = f.OptionalEnum(field.name, field.values);
  if (!v && !field.fallback.empty()) return std::string(field.fallback);
  return Text(std::move(v));
}

FieldValue ReadIdList(Form& f, const Field& field) {
  auto v = f.OptionalIdList(field.name, field.max);
  if (!v) {
    if (field.required && !f.Has(field.name)) f.Fail(field.name, "is required");
    return std::monostate{};
  }
  return std::move(*v);
}

FieldValue ReadDateTime(Form& f, const Field& field) {
  auto s = f.OptionalString(field.name, kMaxDateTime, 1);
  if (!s) {
    if (field.required && !f.Has(field.name)) f.Fail(field.name, "is required");
    return std::monostate{};
  }
  auto ms = ParseTime(*s);
  if (!ms) {
    f.Fail(field.name, "must be a date-time such as 2026-05-01T08:30:00+08:00");
    return std::monostate{};
  }
  return *ms;
}

FieldValue ReadNumber(Form& f, const Field& field) {
  const auto* v = f.OptionalValue(field.name);
  if (!v) {
    if (field.required) f.Fail(field.name, "is required");
    return std::monostate{};
  }
  if (!v->is_number()) {
    f.Fail(field.name, "must be a number");
    return std::monostate{};
  }
  const double d = v->to_number<double>();
  if (d < field.min || d > field.bound) {
    f.Fail(field.name, fmt::format("must be from {} to {}", field.min, field.bound));
    return std::monostate{};
  }
  return d;
}

}  // namespace

std::optional<Form> ReadObject(Form& f, const Field& field) {
  const auto* v = f.OptionalValue(field.name);
  if (!v) {
    if (field.required) f.Fail(field.name, "is required");
    return std::nullopt;
  }
  if (!v->is_object()) {
    std::string names;
    for (const Field& sub : field.fields)
      names += (names.empty() ? "" : ", ") + std::string(sub.name);
    f.Fail(field.name, fmt::format("must be an object {{{}}}", names));
    return std::nullopt;
  }
  return Form(v->as_object(), "/" + std::string(field.name));
}

void Absorb(Form& f, const Form& sub) {
  Status s = sub.Finish();
  if (s) return;
  for (const auto& e : s.error().fields) f.Fail(e.pointer.substr(1), e.detail);
}

FieldValue ReadField(Form& f, const Field& field) {
  switch (field.type) {
    case FieldType::kString:
      if (field.required) return f.RequiredString(field.name, field.max);
      return Text(f.OptionalString(field.name, field.max, 1));
    case FieldType::kText:
      if (field.required) return f.RequiredText(field.name, field.max);
      return Text(f.OptionalString(field.name, field.max, 1, true));
    case FieldType::kEnum:
      return ReadEnum(f, field);
    case FieldType::kId:
      if (field.required) return f.RequiredId(field.name);
      return Number(f.OptionalId(field.name));
    case FieldType::kIdList:
      return ReadIdList(f, field);
    case FieldType::kDateTime:
      return ReadDateTime(f, field);
    case FieldType::kNumber:
      return ReadNumber(f, field);
    case FieldType::kObject:
      return std::monostate{};  // ReadObject
  }
  return std::monostate{};
}

}  // namespace linli
