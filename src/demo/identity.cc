#include "demo/identity.h"

#include <array>

#include <fmt/format.h>

#include "core/personal_data.h"
#include "demo/name_tables.h"

namespace linli::demo {
namespace {

constexpr std::array<std::string_view, 30> kMobilePrefixes = {
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
    "151", "152", "155", "156", "157", "158", "159", "176", "177", "178",
    "180", "181", "182", "183", "185", "186", "187", "188", "189", "199"};
constexpr int kPhoneFromAge = 16;
constexpr int kElderlyAge = 75;

}  // namespace

Identity IdentityMaker::Make(DemoRng& rng, std::string_view region, int age, bool male,
                             const std::string& surname) {
  Identity who;
  who.male = male;
  who.age = age;
  who.name = surname + PickGivenName(rng, age, male);
  // A birthday in the first half of the year has passed by 1 July; one in the second has not.
  const int month = rng.Between(1, 12);
  const int day = rng.Between(1, 28);
  const int year = kAsOfYear - age - (month > 6 ? 1 : 0);
  who.birth_date = fmt::format("{:04}-{:02}-{:02}", year, month, day);
  who.id_number = IdNumber(rng, region, fmt::format("{:04}{:02}{:02}", year, month, day), male);
  who.phone = Phone(rng, age);
  return who;
}

std::string IdentityMaker::IdNumber(DemoRng& rng, std::string_view region,
                                    const std::string& birth_digits, bool male) {
  for (;;) {
    // Sequence code: two digits, then one whose parity is the sex (odd for men).
    const int parity_digit = rng.Below(5) * 2 + (male ? 1 : 0);
    const std::string first17 =
        fmt::format("{}{}{:02}{}", region, birth_digits, rng.Below(100), parity_digit);
    std::string id = first17 + IdNumberCheckChar(first17);
    if (ids_.insert(id).second) return id;
  }
}

std::optional<std::string> IdentityMaker::Phone(DemoRng& rng, int age) {
  if (age < kPhoneFromAge) return std::nullopt;
  if (!rng.Percent(age >= kElderlyAge ? 60 : 92)) return std::nullopt;
  for (;;) {
    std::string phone =
        fmt::format("{}{:04}{:04}", rng.Pick(kMobilePrefixes), rng.Below(10000), rng.Below(10000));
    if (phones_.insert(phone).second) return phone;
  }
}

}  // namespace linli::demo
