// The generated city's people and places: the area tree (city > district > subdistrict >
// community > grid > estate > building > household), the residents of every household with
// their ID numbers and phones sealed as the people module seals them, and the accounts that
// act on appeals (community staff, grid workers, subdistrict and district admins, a system
// admin, and every household head as a resident). Written with one area.create or person.create
// event each.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <vector>

#include "chain.h"
#include "core/crypto.h"

namespace linli::bench {

struct Size {
  int communities = 3000;
  int64_t residents = 1'000'000;
  int64_t appeals = 5'000'000;
};

// The password of every generated account.
inline constexpr std::string_view kPassword = "linli-bench-pass";

struct Account {
  int64_t person = 0, account = 0;
  std::string login;
};

struct Grid {
  int64_t id = 0;
  std::string path;
  int community = 0;  // index into City::communities
  double lng = 0, lat = 0;
  size_t first_head = 0, heads = 0;  // household heads living in it, in City::heads
  Account worker;
};

struct Community {
  int64_t id = 0;
  std::string path;
  int subdistrict = 0;
  Account staff;
};

struct Subdistrict {
  int64_t id = 0;
  std::string name;
  Account admin;
};

struct City {
  int64_t city_id = 0;
  std::vector<int64_t> districts;
  std::vector<Subdistrict> subdistricts;
  std::vector<Community> communities;
  std::vector<Grid> grids;
  std::vector<Account> heads;
  std::vector<Account> district_admins;
  Account system_admin;
};

City BuildCity(sqlite3* db, Chain& chain, const Crypto& crypto, const Size& size);

}  // namespace linli::bench
