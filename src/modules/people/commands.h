// Use cases of the person record: enter once, correct, reveal (audited), and find by ID number
// or phone without decrypting anything.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/crypto.h"
#include "core/result.h"
#include "modules/people/person.h"
#include "store/database.h"

namespace linli::people {

struct PersonForm {
  std::string name;
  std::optional<std::string> gender;
  std::optional<std::string> birth_date;
  std::optional<std::string> id_number;  // plain, validated; sealed before it is stored
  std::optional<std::string> phone;
  std::optional<int64_t> area_id;
  std::optional<std::string> address;
};

struct PersonPatch {
  std::optional<std::string> name;
  std::optional<std::string> gender;
  std::optional<std::string> birth_date;
  std::optional<std::string> id_number;
  std::optional<std::string> phone;
  bool clear_phone = false;
  std::optional<int64_t> area_id;
  std::optional<std::string> address;
};

// Gender and birth date follow from an ID number when not given; given ones must agree with it.
// An ID number already on record is a 409 naming /id_number (the person is entered once).
Result<Person> CreatePerson(store::Connection& c, const Crypto& crypto, const auth::Actor& actor,
                            const PersonForm& f);
Result<Person> UpdatePerson(store::Connection& c, const Crypto& crypto, const auth::Actor& actor,
                            int64_t id, const PersonPatch& f);

enum class PersonalField { kIdNumber, kPhone };
// The plain value of one field, for a role that needs it; every reveal is an event naming who,
// what, whose and why.
Result<std::string> RevealPersonal(store::Connection& c, const Crypto& crypto,
                                   const auth::Actor& actor, int64_t id, PersonalField field,
                                   const std::string& reason);

// People in the actor's read scope whose ID number or phone equals the value given.
std::vector<Person> FindByPersonal(store::Connection& c, const Crypto& crypto,
                                   const auth::Actor& actor, PersonalField field,
                                   const std::string& value);

}  // namespace linli::people
