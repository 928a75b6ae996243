#include "core/field.h"

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

}  // namespace

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
  }
  return std::monostate{};
}

}  // namespace linli
