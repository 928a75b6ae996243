#include "modules/report_in/report_ins.h"

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "store/migration_files.h"
#include "store/sqlite/sqlite_database.h"

namespace linli::report_in {
namespace {

constexpr int64_t kMid2025Ms = 1'751'328'000'000;  // 2025-07-01
constexpr int64_t kDec2024Ms = 1'733'011'200'000;  // 2024-12-01
constexpr int64_t kCommunity = 17;

// The tables of other modules that report_in's rows refer to, reduced to their keys.
constexpr std::string_view kParents =
    "CREATE TABLE areas (id INTEGER PRIMARY KEY);"
    "CREATE TABLE persons (id INTEGER PRIMARY KEY);"
    "CREATE TABLE party_orgs (id INTEGER PRIMARY KEY);"
    "CREATE TABLE duty_zones (id INTEGER PRIMARY KEY);"
    "INSERT INTO areas (id) VALUES (5), (17);"
    "INSERT INTO party_orgs (id) VALUES (1);";
constexpr std::string_view kUnit =
    "INSERT INTO work_units (id, name, kind, org_id, created_at, updated_at)"
    " VALUES (1, 'unit', 'government', 1, 0, 0)";
constexpr std::string_view kPerson = "INSERT INTO persons (id) VALUES (?)";
constexpr std::string_view kConfirmed =
    "INSERT INTO report_ins (kind, person_id, unit_id, community_id, status, receipt_no,"
    " submitted_by, submitted_at) VALUES ('member', ?, 1, ?, 'confirmed', ?, 1, 0)";

// The record's and report_in's migrations, with or without those that number receipts by
// series.
std::vector<store::Migration> Migrations(bool with_series) {
  std::vector<store::Migration> out;
  for (std::string_view owner : {"record", "report_in"}) {
    for (auto& m : store::MigrationFiles(owner)) {
      if (with_series || (m.name != "003_series.sql" && m.name != "003_receipt_series.sql")) {
        out.push_back(m);
      }
    }
  }
  return out;
}

// A database on which `receipts` were issued (in `kCommunity`) before receipts were numbered by
// series, then migrated.
class ReceiptNumbers : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("linli-receipts-" + std::to_string(::getpid()) + ".db");
    Remove();
  }
  void TearDown() override {
    db_.reset();
    Remove();
  }
  void Remove() const {
    for (const auto* suffix : {"", "-wal", "-shm"}) {
      std::filesystem::remove(path_.string() + suffix);
    }
  }
  store::Connection& OpenWith(const std::vector<std::string>& receipts) {
    db_.reset();
    Remove();
    db_ = store::OpenSqlite(path_.string());
    auto& c = db_->Conn();
    {
      store::Tx tx(c, store::Tx::kWrite);
      c.ExecScript(kParents);
      tx.Commit();
    }
    db_->Migrate(Migrations(false));
    store::Tx tx(c, store::Tx::kWrite);
    c.Exec(kUnit);
    int64_t person = 0;
    for (const auto& no : receipts) {
      c.Exec(kPerson, {++person});
      c.Exec(kConfirmed, {person, kCommunity, no});
    }
    tx.Commit();
    db_->Migrate(Migrations(true));
    return c;
  }
  std::string Next(store::Connection& c, int64_t community, int64_t now_ms = kMid2025Ms) {
    store::Tx tx(c, store::Tx::kWrite);
    auto no = NextReceiptNo(c, community, now_ms);
    tx.Commit();
    return no;
  }

  std::filesystem::path path_;
  std::unique_ptr<store::Database> db_;
};

TEST_F(ReceiptNumbers, FreshDatabaseStartsAtOne) {
  auto& c = OpenWith({});
  EXPECT_EQ(Next(c, kCommunity), "RI-2025-17-0001");
  EXPECT_EQ(Next(c, kCommunity), "RI-2025-17-0002");
}

// Receipts issued before the migration are never issued again: each series goes on after its
// highest number, also where numbers are missing (counting would give RI-2025-17-0003 again).
TEST_F(ReceiptNumbers, GoOnAfterTheHighestIssued) {
  const struct {
    std::vector<std::string> issued;
    int64_t community;
    int64_t now_ms;
    std::string want;
  } cases[] = {
      {{"RI-2025-17-0001", "RI-2025-17-0002", "RI-2025-17-0003"},
       17,
       kMid2025Ms,
       "RI-2025-17-0004"},
      {{"RI-2025-17-0001", "RI-2025-17-0003"}, 17, kMid2025Ms, "RI-2025-17-0004"},
      {{"RI-2025-17-0009", "RI-2025-17-0010"}, 17, kMid2025Ms, "RI-2025-17-0011"},
      {{"RI-2025-17-0003"}, 5, kMid2025Ms, "RI-2025-5-0001"},
      {{"RI-2024-17-0007"}, 17, kMid2025Ms, "RI-2025-17-0001"},
      {{"RI-2024-17-0007", "RI-2025-17-0002"}, 17, kDec2024Ms, "RI-2024-17-0008"},
  };
  for (const auto& k : cases) {
    auto& c = OpenWith(k.issued);
    EXPECT_EQ(Next(c, k.community, k.now_ms), k.want) << k.want;
  }
}

}  // namespace
}  // namespace linli::report_in
