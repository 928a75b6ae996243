#include "modules/members/transfers.h"

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "store/migration_files.h"
#include "store/sqlite/sqlite_database.h"

namespace linli::members {
namespace {

constexpr int64_t kMid2025Ms = 1'751'328'000'000;  // 2025-07-01
constexpr int64_t kFromOrg = 3;

// The tables of other modules that the members module's rows refer to, reduced to their keys.
constexpr std::string_view kParents =
    "CREATE TABLE persons (id INTEGER PRIMARY KEY);"
    "CREATE TABLE party_orgs (id INTEGER PRIMARY KEY);"
    "CREATE TABLE work_units (id INTEGER PRIMARY KEY);"
    "INSERT INTO party_orgs (id) VALUES (3), (4);";
constexpr std::string_view kPerson = "INSERT INTO persons (id) VALUES (?)";
constexpr std::string_view kIssued =
    "INSERT INTO member_transfers (person_id, from_org_id, to_org_id, letter, letter_no, reason,"
    " status, issued_by, issued_at) VALUES (?, 3, 4, 'transfer', ?, 'moving', 'issued', 1, 0)";

// The record's and the members module's migrations, with or without those that number letters
// by series.
std::vector<store::Migration> Migrations(bool with_series) {
  std::vector<store::Migration> out;
  for (std::string_view owner : {"record", "members"}) {
    for (auto& m : store::MigrationFiles(owner)) {
      if (with_series || (m.name != "003_series.sql" && m.name != "003_letter_series.sql")) {
        out.push_back(m);
      }
    }
  }
  return out;
}

// Letters issued before they were numbered by series are never issued again: each series goes
// on after its highest number, also where numbers are missing.
TEST(LetterNumbers, GoOnAfterTheHighestIssued) {
  const struct {
    std::vector<std::string> issued;
    std::string want;
  } cases[] = {
      {{}, "ZZ-2025-3-0001"},
      {{"ZZ-2025-3-0001", "ZZ-2025-3-0002", "ZZ-2025-3-0003"}, "ZZ-2025-3-0004"},
      {{"ZZ-2025-3-0002"}, "ZZ-2025-3-0003"},
      {{"ZZ-2025-4-0005", "ZZ-2024-3-0006"}, "ZZ-2025-3-0001"},
  };
  const auto path = std::filesystem::temp_directory_path() /
                    ("linli-letters-" + std::to_string(::getpid()) + ".db");
  auto remove = [&path] {
    for (const auto* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  };
  for (const auto& k : cases) {
    remove();
    auto db = store::OpenSqlite(path.string());
    auto& c = db->Conn();
    {
      store::Tx tx(c, store::Tx::kWrite);
      c.ExecScript(kParents);
      tx.Commit();
    }
    db->Migrate(Migrations(false));
    {
      store::Tx tx(c, store::Tx::kWrite);
      int64_t person = 0;
      for (const auto& no : k.issued) {
        c.Exec(kPerson, {++person});
        c.Exec(kIssued, {person, no});
      }
      tx.Commit();
    }
    db->Migrate(Migrations(true));
    store::Tx tx(c, store::Tx::kWrite);
    EXPECT_EQ(NextLetterNo(c, kFromOrg, kMid2025Ms), k.want) << k.want;
    tx.Commit();
  }
  remove();
}

}  // namespace
}  // namespace linli::members
