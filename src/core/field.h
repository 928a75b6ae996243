// Field: one field of a request body, declared once. The form reads and validates the field by
// its declaration (ReadField below) and the route's documentation derives the field's schema,
// with its limits, from the same declaration (http/schema.h), so the two cannot drift. A body is
// a table of fields (schema::Body documents it).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
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
  kEnum,      // one of `values` (none: the caller gives the configured ones)
  kId,        // a whole number from 1 to Form::kMaxId
  kIdList,    // an array of unique ids, at most `max` items
  kDateTime,  // an RFC 3339 date-time (ParseTime), read as ms since the epoch
  kNumber,    // a number from `min` to `bound`
  kInt,       // a whole number from `min` to `bound` (both whole)
  kBool,      // true or false
  kDate,      // a calendar date YYYY-MM-DD that exists
  kMonth,     // a month YYYY-MM, from 1900-01 to 2999-12
  kObject,    // an object of `fields`; its caller reads them with a Form of their own
};

struct Field {
  std::string_view name;
  FieldType type = FieldType::kString;
  bool required = false;
  size_t max = 0;                                 // kString, kText: characters; kIdList: items
  size_t min_length = 0;                          // kString, kText: least characters (above 1)
  bool may_be_empty = false;                      // kString, optional: "" is a value too
  std::span<const std::string_view> values = {};  // kEnum: the values allowed, in order
  std::string_view fallback = {};                 // kEnum, optional: the value when absent
  std::string_view description = {};              // kIdList: describes each item
  double min = 0;                                 // kNumber, kInt: the least value allowed
  double bound = 0;                               // kNumber, kInt: the greatest value allowed
  std::span<const Field> fields = {};             // kObject: its own fields
  // Null is allowed and clears the value (IsCleared); ReadField then gives monostate. A field
  // both required and nullable must be present, null or a value ("is required (null clears
  // it)"). A field not nullable reads null as absent, as the Form accessors do.
  bool nullable = false;
};

// A date-time is at most this long ("2026-05-01T08:30:00.123456789+08:00" is 35).
inline constexpr size_t kMaxDateTime = 40;

// What ReadField gives: a string (kString, kText, kEnum, kDate, kMonth), an int64_t (kId, kInt,
// kDateTime), the ids (kIdList), a double (kNumber) or a bool (kBool); monostate when an optional
// field is absent (and has no fallback) or invalid, and for a kObject, which the caller reads
// itself (ReadObject).
using FieldValue =
    std::variant<std::monostate, std::string, int64_t, std::vector<int64_t>, double, bool>;

// Reads `field` from `f` with the Form accessor its type names; a failure is recorded in `f`
// under the field's name ("is required", the limits, ...), and f.Finish() then fails. A required
// field that failed may give a placeholder value ("" or 0), as the Form accessors do.
FieldValue ReadField(Form& f, const Field& field);

// The value `v` holds as a T; nullopt when it holds none (absent or invalid) or another type.
template <class T>
std::optional<T> As(FieldValue v) {
  if (auto* p = std::get_if<T>(&v)) return std::move(*p);
  return std::nullopt;
}

// True when nullable `field` is present in `f` with the value null (a PATCH clearing it).
bool IsCleared(const Form& f, const Field& field);

// True when "YYYY-MM" names a month from 1900-01 to 2999-12.
bool ValidMonth(std::string_view month);

// The object of kObject `field` in `f`, as a Form whose failures carry the field's pointer;
// REQUIRES: `f` reads a whole body (its pointers have no prefix).
// nullopt when it is absent, or not an object (recorded in `f`: "must be an object {a, b}").
// Copy the failures back with Absorb once its fields are read.
std::optional<Form> ReadObject(Form& f, const Field& field);
// Copies the failures of `sub` (a ReadObject form) into `f`.
void Absorb(Form& f, const Form& sub);

}  // namespace linli
