#include "city.h"

#include <fmt/format.h>

#include "core/personal_data.h"
#include "demo/identity.h"
#include "demo/name_tables.h"
#include "life.h"
#include "stmt.h"

namespace linli::bench {
namespace {

constexpr int kCommunitiesPerSubdistrict = 20;
constexpr int kSubdistrictsPerDistrict = 15;
constexpr int kGridsPerCommunity = 4;
constexpr int kBuildingsPerGrid = 3;
// People and places are on record a month before the first appeal.
constexpr int64_t kSettledAt = kHistoryStart - int64_t{30} * 86'400'000;

std::string Numbered(std::string_view word, size_t i, size_t n, std::string_view suffix) {
  if (i < n) return fmt::format("{}{}", word, suffix);
  return fmt::format("{}{}{}", word, i / n + 1, suffix);
}

class Writer {
 public:
  Writer(sqlite3* db, Chain& chain, const Crypto& crypto)
      : chain_(chain),
        crypto_(crypto),
        area_(db,
              "INSERT INTO areas (id, parent_id, kind, name, code, path, depth, geometry,"
              " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)"),
        person_(db,
                "INSERT INTO persons (id, name, gender, birth_date, id_number_enc,"
                " id_number_hash, id_number_mask, phone_enc, phone_hash, phone_mask, area_id,"
                " address, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)"),
        account_(db,
                 "INSERT INTO accounts (id, person_id, login, password_hash, created_at,"
                 " updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
        grant_(db,
               "INSERT INTO role_grants (person_id, role, area_id, org_id, created_at)"
               " VALUES (?, ?, ?, NULL, ?)"),
        password_hash_(Crypto::HashPassword(kPassword)) {}

  // Returns the new area's id; `path` receives its materialized path.
  int64_t Area(std::optional<int64_t> parent, const std::string& parent_path, int depth,
               std::string_view kind, const std::string& name, std::string& path) {
    const int64_t id = ++area_id_;
    path = (parent ? parent_path : std::string("/")) + std::to_string(id) + "/";
    area_.Int(id)
        .OptInt(parent)
        .Text(kind)
        .Text(name)
        .Null()
        .Text(path)
        .Int(depth)
        .Int(kSettledAt)
        .Int(kSettledAt)
        .Run();
    chain_.Append(kSettledAt, {std::nullopt, "system"}, "area.create", "area", id, path,
                  fmt::format(R"({{"kind":"{}","name":"{}","parent_id":{}}})", kind, name,
                              parent ? std::to_string(*parent) : "null"));
    return id;
  }

  // A person `age` years old living in `area_id`, with sealed ID number and phone.
  int64_t Person(demo::DemoRng& rng, std::string_view region, int age, int64_t area_id,
                 const std::string& area_path) {
    const bool male = rng.Percent(50);
    const demo::Identity who = ids_.Make(rng, region, age, male, demo::PickSurname(rng, {}));
    const int64_t id = ++person_id_;
    const std::string id_mask = MaskIdNumber(who.id_number);
    person_.Int(id)
        .Text(who.name)
        .Text(male ? "male" : "female")
        .Text(who.birth_date)
        .Blob(crypto_.Seal(who.id_number))
        .Text(crypto_.LookupHash(who.id_number))
        .Text(id_mask);
    std::string phone_json = "null";
    if (who.phone) {
      const std::string mask = MaskPhone(*who.phone);
      person_.Blob(crypto_.Seal(*who.phone)).Text(crypto_.LookupHash(*who.phone)).Text(mask);
      phone_json = fmt::format("\"{}\"", mask);
    } else {
      person_.Null().Null().Null();
    }
    person_.Int(area_id).Int(kSettledAt).Int(kSettledAt).Run();
    chain_.Append(
        kSettledAt, {std::nullopt, "system"}, "person.create", "person", id, area_path,
        fmt::format(
            R"({{"id":{},"name":"{}","gender":"{}","birth_date":"{}","id_number":"{}","phone":{},"area_id":{}}})",
            id, who.name, male ? "male" : "female", who.birth_date, id_mask, phone_json, area_id));
    return id;
  }

  // An account for `person` with `role` on `area` (nullopt: everywhere).
  Account Login(int64_t person, std::string login, std::string_view role,
                std::optional<int64_t> area) {
    const int64_t id = ++account_id_;
    account_.Int(id)
        .Int(person)
        .Text(login)
        .Text(password_hash_)
        .Int(kSettledAt)
        .Int(kSettledAt)
        .Run();
    grant_.Int(person).Text(role).OptInt(area).Int(kSettledAt).Run();
    return {person, id, std::move(login)};
  }

 private:
  Chain& chain_;
  const Crypto& crypto_;
  Stmt area_, person_, account_, grant_;
  std::string password_hash_;
  demo::IdentityMaker ids_;
  int64_t area_id_ = 0, person_id_ = 0, account_id_ = 0;
};

}  // namespace

City BuildCity(sqlite3* db, Chain& chain, const Crypto& crypto, const Size& size) {
  demo::DemoRng rng(20261101);
  Writer w(db, chain, crypto);
  City city;
  const int n_comm = size.communities;
  const int n_sub = (n_comm + kCommunitiesPerSubdistrict - 1) / kCommunitiesPerSubdistrict;
  const int n_dist = (n_sub + kSubdistrictsPerDistrict - 1) / kSubdistrictsPerDistrict;
  const auto sub_words = demo::SubdistrictWords();
  const auto comm_words = demo::CommunityWords();

  std::string city_path;
  city.city_id = w.Area(std::nullopt, "", 0, "city", "基准市", city_path);
  std::vector<std::string> dist_paths(n_dist), sub_paths(n_sub);
  for (int d = 0; d < n_dist; ++d) {
    city.districts.push_back(w.Area(city.city_id, city_path, 1, "district",
                                    fmt::format("第{}区", d + 1), dist_paths[d]));
  }
  for (int s = 0; s < n_sub; ++s) {
    const int d = s / kSubdistrictsPerDistrict;
    const size_t k = s % kSubdistrictsPerDistrict;
    const std::string name = Numbered(sub_words[k % sub_words.size()], k, sub_words.size(), "街道");
    city.subdistricts.push_back(
        {w.Area(city.districts[d], dist_paths[d], 2, "subdistrict", name, sub_paths[s]), name, {}});
  }
  for (int c = 0; c < n_comm; ++c) {
    const int s = c / kCommunitiesPerSubdistrict;
    const size_t k = c % kCommunitiesPerSubdistrict;
    Community comm;
    comm.subdistrict = s;
    comm.id = w.Area(city.subdistricts[s].id, sub_paths[s], 3, "community",
                     Numbered(comm_words[k % comm_words.size()], k, comm_words.size(), "社区"),
                     comm.path);
    city.communities.push_back(std::move(comm));
  }
  for (int c = 0; c < n_comm; ++c) {
    for (int g = 0; g < kGridsPerCommunity; ++g) {
      Grid grid;
      grid.community = c;
      grid.id = w.Area(city.communities[c].id, city.communities[c].path, 4, "grid",
                       fmt::format("第{}网格", g + 1), grid.path);
      const int column = c % 60, row = c / 60;  // communities on a map 60 wide
      grid.lng = 111.0 + column * 0.01 + g * 0.002;
      grid.lat = 24.0 + row * 0.01 + g * 0.002;
      city.grids.push_back(std::move(grid));
    }
  }
  std::vector<std::string> estate_paths(city.grids.size());
  std::vector<int64_t> estates(city.grids.size());
  for (size_t g = 0; g < city.grids.size(); ++g) {
    estates[g] = w.Area(city.grids[g].id, city.grids[g].path, 5, "estate",
                        fmt::format("{}花园", comm_words[g % comm_words.size()]), estate_paths[g]);
  }
  std::vector<int64_t> buildings;
  std::vector<std::string> building_paths;
  for (size_t g = 0; g < city.grids.size(); ++g) {
    for (int b = 0; b < kBuildingsPerGrid; ++b) {
      std::string path;
      buildings.push_back(
          w.Area(estates[g], estate_paths[g], 6, "building", fmt::format("{}号楼", b + 1), path));
      building_paths.push_back(std::move(path));
    }
  }
  // Households: each grid houses its share of the residents, 1 to 4 to a household.
  struct Household {
    int64_t id = 0;
    std::string path;
    int members = 0;
  };
  std::vector<std::vector<Household>> per_grid(city.grids.size());
  const auto n_grids = static_cast<int64_t>(city.grids.size());
  for (int64_t g = 0; g < n_grids; ++g) {
    int64_t left = size.residents / n_grids + (g < size.residents % n_grids ? 1 : 0);
    int in_building[kBuildingsPerGrid] = {};
    while (left > 0) {
      const int members = static_cast<int>(std::min<int64_t>(left, rng.Between(1, 4)));
      const size_t b = per_grid[g].size() % kBuildingsPerGrid;
      const int j = in_building[b]++;
      const size_t bi = static_cast<size_t>(g) * kBuildingsPerGrid + b;
      Household h;
      h.members = members;
      h.id = w.Area(buildings[bi], building_paths[bi], 7, "household",
                    fmt::format("{}0{}", 1 + j / 2, 1 + j % 2), h.path);
      per_grid[g].push_back(std::move(h));
      left -= members;
    }
  }
  // Residents, grid by grid; each household's first member is its head and holds an account.
  for (int64_t g = 0; g < n_grids; ++g) {
    Grid& grid = city.grids[g];
    const int d = city.communities[grid.community].subdistrict / kSubdistrictsPerDistrict;
    const std::string region = fmt::format("4511{:02}", d % 100);
    grid.first_head = city.heads.size();
    for (const Household& h : per_grid[g]) {
      const int64_t head = w.Person(rng, region, rng.Between(25, 85), h.id, h.path);
      city.heads.push_back(w.Login(head, fmt::format("r{}", head), "resident", h.id));
      for (int m = 1; m < h.members; ++m) w.Person(rng, region, rng.Between(0, 90), h.id, h.path);
    }
    grid.heads = city.heads.size() - grid.first_head;
  }
  // The workers who act on appeals.
  for (size_t c = 0; c < city.communities.size(); ++c) {
    Community& comm = city.communities[c];
    const int64_t p = w.Person(rng, "451100", rng.Between(25, 55), comm.id, comm.path);
    comm.staff = w.Login(p, fmt::format("staff.c{}", c + 1), "staff", comm.id);
  }
  for (size_t g = 0; g < city.grids.size(); ++g) {
    Grid& grid = city.grids[g];
    const int64_t p = w.Person(rng, "451100", rng.Between(25, 55), grid.id, grid.path);
    grid.worker = w.Login(p, fmt::format("grid.g{}", g + 1), "grid_worker", grid.id);
  }
  for (size_t s = 0; s < city.subdistricts.size(); ++s) {
    Subdistrict& sub = city.subdistricts[s];
    const int64_t p = w.Person(rng, "451100", rng.Between(30, 55), sub.id, sub_paths[s]);
    sub.admin = w.Login(p, fmt::format("sub.s{}", s + 1), "subdistrict_admin", sub.id);
  }
  for (size_t d = 0; d < city.districts.size(); ++d) {
    const int64_t p =
        w.Person(rng, "451100", rng.Between(30, 55), city.districts[d], dist_paths[d]);
    city.district_admins.push_back(
        w.Login(p, fmt::format("district.d{}", d + 1), "district_admin", city.districts[d]));
  }
  const int64_t p = w.Person(rng, "451100", 40, city.city_id, city_path);
  city.system_admin = w.Login(p, "sysadmin.bench", "system_admin", std::nullopt);
  return city;
}

}  // namespace linli::bench
