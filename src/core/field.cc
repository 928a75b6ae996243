#include "core/field.h"

#include <algorithm>

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

FieldValue Required(Form& f, const Field& field, FieldValue v) {
  if (field.required && !f.Has(field.name)) f.Fail(field.name, "is required");
  return v;
}

FieldValue ReadInt(Form& f, const Field& field) {
  const auto least = static_cast<int64_t>(field.min);
  const auto most = static_cast<int64_t>(field.bound);
  if (field.required) return f.RequiredInt(field.name, least, most);
  return Number(f.OptionalInt(field.name, least, most));
}

FieldValue ReadBool(Form& f, const Field& field) {
  const auto v = f.OptionalBool(field.name);
  if (!v) return Required(f, field, std::monostate{});
  return *v;
}

FieldValue ReadMonth(Form& f, const Field& field) {
  auto v = f.OptionalString(field.name, 7, 7);
  if (!v) return Required(f, field, std::monostate{});
  if (!ValidMonth(*v)) {
    f.Fail(field.name, "must be a month YYYY-MM");
    return std::monostate{};
  }
  return std::move(*v);
}

FieldValue ReadString(Form& f, const Field& field, bool multiline) {
  const size_t least =
      field.may_be_empty && !field.required ? 0 : std::max<size_t>(field.min_length, 1);
  if (field.required && !multiline) return f.RequiredString(field.name, field.max, least);
  if (field.required && least == 1) return f.RequiredText(field.name, field.max);
  auto v = f.OptionalString(field.name, field.max, least, multiline);
  if (!v) return Required(f, field, std::monostate{});
  return std::move(*v);
}

int Digits(std::string_view s) {
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace

bool ValidMonth(std::string_view month) {
  if (month.size() != 7 || month[4] != '-') return false;
  const int y = Digits(month.substr(0, 4));
  const int m = Digits(month.substr(5, 2));
  return y >= 1900 && y <= 2999 && m >= 1 && m <= 12;  // NOLINT(*-magic-numbers)
}

bool IsCleared(const Form& f, const Field& field) { return field.nullable && f.IsNull(field.name); }

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
  if (field.required && field.nullable) {
    Field optional = field;
    optional.required = false;
    FieldValue v = ReadField(f, optional);
    if (!f.Has(field.name) && !f.IsNull(field.name)) {
      f.Fail(field.name, "is required (null clears it)");
    }
    return v;
  }
  switch (field.type) {
    case FieldType::kString:
      return ReadString(f, field, false);
    case FieldType::kText:
      return ReadString(f, field, true);
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
    case FieldType::kInt:
      return ReadInt(f, field);
    case FieldType::kBool:
      return ReadBool(f, field);
    case FieldType::kDate:
      return Required(f, field, Text(f.OptionalDate(field.name)));
    case FieldType::kMonth:
      return ReadMonth(f, field);
    case FieldType::kObject:
      return std::monostate{};  // ReadObject
  }
  return std::monostate{};
}

}  // namespace linli
