// The shapes of the people module's answers, each declared once (http/shape.h): their JSON and
// their schemas (the OpenAPI components Person, PersonView and PersonalValue) come from these
// structs. A person appears only masked: the ID number and the phone are their masks. They view
// the records they are made from: keep the record alive while its answer is written.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "auth/actor.h"
#include "http/shape.h"
#include "modules/areas/area_ref.h"
#include "modules/people/person.h"
#include "modules/people/queries.h"

namespace linli::people {

namespace shape = http::shape;

struct PersonAnswer {
  static constexpr std::string_view kSchemaName = "Person";
  int64_t id = 0;
  std::string_view name;
  std::optional<shape::OneOf<&Genders>> gender;
  std::optional<std::string_view> birth_date;
  std::optional<std::string_view> id_number;
  std::optional<std::string_view> phone;
  std::optional<std::string_view> address;
  shape::Time created_at;
  shape::Time updated_at;
  std::optional<areas::AreaRef> area;
  static constexpr shape::Doc kDocs[] = {{"birth_date", "YYYY-MM-DD"},
                                         {"id_number", "masked: first 6 and last 4 characters"},
                                         {"phone", "masked: first 3 and last 4 digits"},
                                         {"area", "the household or smallest known area"}};
};
BOOST_DESCRIBE_STRUCT(PersonAnswer, (),
                      (id, name, gender, birth_date, id_number, phone, address, created_at,
                       updated_at, area))

using NamedRef = shape::IdName;

// A role the person holds, on an area or a party organisation.
struct RoleAnswer {
  int64_t id = 0;
  shape::OneOf<&auth::RoleNames> role;
  std::optional<NamedRef> area;
  std::optional<NamedRef> org;
  static constexpr shape::Doc kDocs[] = {{"id", "the role grant"}};
};
BOOST_DESCRIBE_STRUCT(RoleAnswer, (), (id, role, area, org))

// One person with the roles they hold.
struct PersonView : PersonAnswer {
  static constexpr std::string_view kSchemaName = "PersonView";
  std::vector<RoleAnswer> roles;
};
BOOST_DESCRIBE_STRUCT(PersonView, (PersonAnswer), (roles))

// One personal field revealed, unmasked.
struct PersonalValue {
  static constexpr std::string_view kSchemaName = "PersonalValue";
  shape::OneOf<&PersonalFields> field;
  std::string_view value;
};
BOOST_DESCRIBE_STRUCT(PersonalValue, (), (field, value))

PersonAnswer AnswerOf(const Person& p);
PersonView ViewOf(const Person& p, const std::vector<PersonRole>& roles);

}  // namespace linli::people
