// Identities for demo persons: a name, a birth date consistent with an age counted on a fixed
// reference date, a valid 18-character resident ID number (GB 11643-1999, check character from
// IdNumberCheckChar) and, for most adults, an 11-digit mobile number. Every ID number and phone
// issued by one IdentityMaker is distinct.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>

#include "demo/rng.h"

namespace linli::demo {

// Ages in the demo data are counted on 1 July of this year, so the data does not depend on the
// day it is loaded.
inline constexpr int kAsOfYear = 2025;

struct Identity {
  std::string name;
  bool male = false;
  int age = 0;
  std::string birth_date;  // YYYY-MM-DD
  std::string id_number;   // plain; the people module seals it
  std::optional<std::string> phone;
};

// Not thread-safe.
class IdentityMaker {
 public:
  // Someone `age` years old on the reference date whose ID number was issued in `region`
  // (six digits). REQUIRES: 0 <= age < 110; region is six ASCII digits.
  Identity Make(DemoRng& rng, std::string_view region, int age, bool male,
                const std::string& surname);

 private:
  std::string IdNumber(DemoRng& rng, std::string_view region, const std::string& birth_digits,
                       bool male);
  std::optional<std::string> Phone(DemoRng& rng, int age);

  std::unordered_set<std::string> ids_;
  std::unordered_set<std::string> phones_;
};

}  // namespace linli::demo
