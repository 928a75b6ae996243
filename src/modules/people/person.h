// The master person record and its read-only interface for other modules.
// ID numbers and phones never leave this module unmasked except through RevealPersonal.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <boost/json/object.hpp>

#include "store/database.h"

namespace linli::people {

inline constexpr std::array<std::string_view, 2> kGenders = {"male", "female"};
inline constexpr std::array<std::string_view, 2> kPersonalFields = {"id_number", "phone"};

// A person's gender: male, female.
constexpr std::span<const std::string_view> Genders() { return kGenders; }
// The personal fields kept sealed and shown masked: id_number, phone.
constexpr std::span<const std::string_view> PersonalFields() { return kPersonalFields; }

struct Person {
  int64_t id = 0;
  std::string name;
  std::optional<std::string> gender;      // male | female
  std::optional<std::string> birth_date;  // YYYY-MM-DD
  std::optional<std::string> id_number_mask;
  std::optional<std::string> phone_mask;
  std::optional<int64_t> area_id;
  std::string area_path;  // "" when the person has no area
  std::optional<std::string> area_name;
  std::optional<std::string> area_kind;
  std::optional<std::string> address;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

extern const std::string_view kPersonColumns;  // SELECT list over persons p LEFT JOIN areas a
extern const std::string_view kPersonFrom;     // "persons p LEFT JOIN areas a ON ..."
Person FromRow(const store::Row& r);
std::optional<Person> Load(store::Connection& c, int64_t id);
// The masked Person answer (answers.h) as a JSON value, for answers built as boost::json
// values: the only form in which a person appears in a response.
boost::json::object ToJson(const Person& p);

}  // namespace linli::people
