// Field: one field of a request body, declared once. The form reads and validates the field by
// its declaration (ReadField below) and the route's documentation derives the field's schema
// from the same declaration (http/schema.h), so the two cannot drift.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/form.h"

namespace linli {

enum class FieldType {
  kString,    // one line of text, not empty; required: not blank either
  kText,      // text, not empty; several lines and tabs allowed
  kEnum,      // one of `values`
  kId,        // a whole number from 1 to Form::kMaxId
  kIdList,    // an array of unique ids, at most `max` items
  kDateTime,  // an RFC 3339 date-time (ParseTime), read as ms since the epoch
};

struct Field {
  std::string_view name;
  FieldType type = FieldType::kString;
  bool required = false;
  size_t max = 0;                                 // kString, kText: characters; kIdList: items
  std::span<const std::string_view> values = {};  // kEnum: the values allowed, in order
  std::string_view fallback = {};                 // kEnum, optional: the value when absent
  std::string_view description = {};              // kIdList: describes each item
};

// A date-time is at most this long ("2026-05-01T08:30:00.123456789+08:00" is 35).
inline constexpr size_t kMaxDateTime = 40;

// What ReadField gives: a string (kString, kText, kEnum), an int64_t (kId, kDateTime), or the
// ids (kIdList); monostate when an optional field is absent (and has no fallback) or invalid.
using FieldValue = std::variant<std::monostate, std::string, int64_t, std::vector<int64_t>>;

// Reads `field` from `f` with the Form accessor its type names; a failure is recorded in `f`
// under the field's name ("is required", the limits, ...), and f.Finish() then fails. A required
// field that failed may give a placeholder value ("" or 0), as the Form accessors do.
FieldValue ReadField(Form& f, const Field& field);

}  // namespace linli
