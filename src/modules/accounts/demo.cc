#include "modules/accounts/demo.h"

#include <optional>
#include <unordered_set>

#include <fmt/format.h>

#include "demo/households.h"
#include "modules/accounts/commands.h"

namespace linli::accounts {
namespace {

using demo::Builder;
using demo::CommunityPlaces;
using demo::DemoRng;
using demo::LocalParty;
using demo::NewPerson;
using demo::PartyMember;
using demo::Resident;
using demo::SeedError;
using demo::Take;

constexpr uint64_t kSeed = 0x4c696e6c69'2000;
constexpr int kAdultAge = 20;

using auth::Role;

class Logins {
 public:
  explicit Logins(Builder& b)
      : b_(b), pw_(b.services().config.security.password_hash_concurrency) {}

  // An account `login` for `person` holding `role` on the area or organisation given.
  void Add(int64_t person, std::string_view login, Role role, std::optional<int64_t> area,
           std::optional<int64_t> org = std::nullopt) {
    NewAccount a;
    a.person_id = person;
    a.login = std::string(login);
    a.password = std::string(demo::kDemoPassword);
    Take(CreateAccount(b_.conn(), pw_, b_.actor(), a), fmt::format("login {}", login));
    ++b_.report().accounts;
    Grant(person, role, area, org);
  }
  void Grant(int64_t person, Role role, std::optional<int64_t> area,
             std::optional<int64_t> org = std::nullopt) {
    Take(GrantRole(b_.conn(), b_.actor(), {person, role, area, org}),
         fmt::format("role {} of person {}", auth::RoleName(role), person));
  }

 private:
  Builder& b_;
  Passwords pw_;
};

// The first adult resident of `c` who is not one of `members`.
const Resident& NonMember(const CommunityPlaces& c, const LocalParty& party) {
  std::unordered_set<int64_t> members;
  for (const auto& m : party.members) members.insert(m.person.person_id);
  for (const auto& r : c.residents) {
    if (r.age >= kAdultAge && !members.contains(r.person_id)) return r;
  }
  throw SeedError("demo logins", Error::Internal(c.name + " has no adult resident to log in"));
}

}  // namespace

void DemoLogin(Builder& b, int64_t person, std::string_view login, Role role,
               std::optional<int64_t> area, std::optional<int64_t> org) {
  Logins(b).Add(person, login, role, area, org);
}

void DemoRows(demo::World& w) {
  Builder& b = w.b;
  const demo::Hezhou& h = w.hezhou;
  const demo::Jilin& j = w.jilin;
  const LocalParty& lingfeng = w.lingfeng;
  const LocalParty& dandonglu = w.dandonglu;
  DemoRng rng(kSeed);
  Logins logins(b);

  const CommunityPlaces& lf = h.lingfeng;
  const CommunityPlaces& dd = j.dandonglu;
  logins.Add(NewPerson(b, rng, h.folk, std::nullopt, 38, true).person_id, "sysadmin",
             Role::kSystemAdmin, std::nullopt);
  logins.Add(NewPerson(b, rng, h.folk, h.district, 49, true).person_id, "district.babu",
             Role::kDistrictAdmin, h.district);
  logins.Add(NewPerson(b, rng, h.folk, h.subdistrict, 44, false).person_id, "subdistrict.babu",
             Role::kSubdistrictAdmin, h.subdistrict);
  logins.Add(NewPerson(b, rng, h.folk, lf.id, 35, false).person_id, "staff.lingfeng", Role::kStaff,
             lf.id);
  logins.Add(NewPerson(b, rng, h.folk, lf.grids[0], 31, true).person_id, "grid.lingfeng",
             Role::kGridWorker, lf.grids[0]);

  const PartyMember& member = lingfeng.members.front();
  logins.Add(member.person.person_id, "member.lingfeng", Role::kMember, std::nullopt,
             member.branch);
  logins.Grant(member.person.person_id, Role::kResident, member.person.household_id);
  const Resident& lf_resident = NonMember(lf, lingfeng);
  logins.Add(lf_resident.person_id, "resident.lingfeng", Role::kResident, lf_resident.household_id);

  logins.Add(NewPerson(b, rng, j.folk, dd.id, 40, false).person_id, "staff.dandonglu", Role::kStaff,
             dd.id);
  const Resident& dd_resident = NonMember(dd, dandonglu);
  logins.Add(dd_resident.person_id, "resident.dandonglu", Role::kResident,
             dd_resident.household_id);
}

}  // namespace linli::accounts
