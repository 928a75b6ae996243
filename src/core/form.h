// Form: turns a raw JSON request body into validated values once, so commands never see raw
// input. Each accessor validates one field and records a FieldError on failure; Finish() adds
// every field the form did not ask for ("unknown field") and returns all failures together.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "core/result.h"

namespace linli {

class Form {
 public:
  // Parses `body`; an empty body, malformed JSON, invalid UTF-8 or a non-object is an error
  // that names the whole body (the JSON pointer "").
  static Result<Form> Parse(std::string_view body);
  explicit Form(boost::json::object object, std::string prefix = "");

  bool Has(std::string_view key) const;
  // True when `key` is present with the value null (a PATCH clearing the field).
  bool IsNull(std::string_view key) const;

  // Text: trimmed of nothing; refuses control characters (except \n and \t when multiline)
  // and lengths (in code points) outside [min_len, max_len].
  std::string RequiredString(std::string_view key, size_t max_len = 200, size_t min_len = 1);
  std::optional<std::string> OptionalString(std::string_view key, size_t max_len = 200,
                                            size_t min_len = 0, bool multiline = false);
  std::string RequiredText(std::string_view key, size_t max_len = 4000) {
    auto v = OptionalString(key, max_len, 1, true);
    if (!v && !Has(key)) Fail(key, "is required");
    return v.value_or("");
  }
  std::optional<int64_t> OptionalInt(std::string_view key, int64_t min, int64_t max);
  int64_t RequiredInt(std::string_view key, int64_t min, int64_t max);
  std::optional<int64_t> OptionalId(std::string_view key) { return OptionalInt(key, 1, kMaxId); }
  int64_t RequiredId(std::string_view key) { return RequiredInt(key, 1, kMaxId); }
  std::optional<bool> OptionalBool(std::string_view key);
  std::string RequiredEnum(std::string_view key, std::span<const std::string_view> allowed);
  std::optional<std::string> OptionalEnum(std::string_view key,
                                          std::span<const std::string_view> allowed);
  // A calendar date "YYYY-MM-DD" that exists.
  std::optional<std::string> OptionalDate(std::string_view key);
  // An array of ids, each unique; nullopt when absent.
  std::optional<std::vector<int64_t>> OptionalIdList(std::string_view key, size_t max_items);

  // The raw value of `key` (nullptr when absent or null), for fields a module checks itself.
  const boost::json::value* OptionalValue(std::string_view key) { return Get(key); }

  // Records a failure found by the caller; key "" names the whole body (a cross-field rule).
  void Fail(std::string_view key, std::string detail);

  // All failures, plus every key not asked for; Ok when there are none.
  Status Finish() const;

  static constexpr int64_t kMaxId = (int64_t{1} << 53) - 1;

 private:
  const boost::json::value* Get(std::string_view key);
  std::string Pointer(std::string_view key) const;

  boost::json::object object_;
  std::string prefix_;
  std::set<std::string, std::less<>> asked_;
  std::vector<FieldError> errors_;
};

// Length of a UTF-8 string in code points. REQUIRES: valid UTF-8.
size_t Utf8Length(std::string_view s);
// True when `s` is valid UTF-8.
bool ValidUtf8(std::string_view s);
// True when "YYYY-MM-DD" names a real date.
bool ValidDate(std::string_view s);
// "2026-05-01T08:30:00Z", "2026-05-01T16:30:00+08:00", optional fractional seconds, to ms since
// the epoch; nullopt when malformed.
std::optional<int64_t> ParseTime(std::string_view s);

}  // namespace linli
