#include "demo/demo_seed.h"

#include <unistd.h>

#include <array>
#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app/runtime.h"
#include "core/crypto.h"
#include "core/personal_data.h"
#include "modules/audit.h"
#include "modules/orgs/queries.h"
#include "modules/orgs/settings.h"
#include "record/event_log.h"

namespace linli::demo {
namespace {

// A fresh data directory, migrated, seeded once by SetUpTestSuite and shared by the tests that
// only read it.
class DemoSeedTest : public ::testing::Test {
 protected:
  static std::unique_ptr<app::Runtime> OpenFresh(const std::filesystem::path& dir) {
    std::filesystem::remove_all(dir);
    auto rt = app::Open(dir.string(), /*demo=*/true);
    EXPECT_TRUE(rt.ok());
    if (!rt) return nullptr;
    app::Migrate(**rt);
    return std::move(*rt);
  }
  static std::filesystem::path Dir(const std::string& name) {
    return std::filesystem::temp_directory_path() /
           ("linli-demo-" + std::to_string(::getpid()) + "-" + name);
  }

  static void SetUpTestSuite() {
    rt_ = OpenFresh(Dir("main"));
    ASSERT_NE(rt_, nullptr);
    auto rep = Seed(*rt_->services, rt_->modules);
    ASSERT_TRUE(rep.ok()) << rep.error().detail;
    report_ = *rep;
  }
  static void TearDownTestSuite() {
    rt_.reset();
    std::filesystem::remove_all(Dir("main"));
  }

  static store::Connection& C() { return rt_->db->Conn(); }
  static int64_t Count(std::string_view sql, std::initializer_list<store::Value> params = {}) {
    return C().QueryInt(sql, params);
  }
  static std::string PathOf(std::string_view root_name) {
    auto row = C().QueryOne("SELECT path FROM areas WHERE parent_id IS NULL AND name = ?",
                            {std::string(root_name)});
    return row ? row->Text(0) : std::string("(none)");
  }
  static std::map<std::string, int64_t> OrgKindsUnder(const std::string& area_path) {
    std::map<std::string, int64_t> out;
    for (const auto& r : C().Query("SELECT o.kind, count(*) FROM party_orgs o JOIN areas a"
                                   " ON a.id = o.area_id WHERE a.path LIKE ? GROUP BY o.kind",
                                   {area_path + "%"})) {
      out[r.Text(0)] = r.Int(1);
    }
    return out;
  }

  static std::unique_ptr<app::Runtime> rt_;
  static SeedReport report_;
};

std::unique_ptr<app::Runtime> DemoSeedTest::rt_;
SeedReport DemoSeedTest::report_;

// Everything that identifies the data, in id order: equal fingerprints, equal data and ids.
std::string Fingerprint(store::Connection& c) {
  std::string out;
  constexpr std::string_view kAreas =
      "SELECT id, COALESCE(parent_id, 0), kind, name, path, COALESCE(geometry, '') FROM areas"
      " ORDER BY id";
  constexpr std::string_view kPersons =
      "SELECT id, name, gender, birth_date, id_number_mask, COALESCE(phone_mask, ''),"
      " COALESCE(area_id, 0) FROM persons ORDER BY id";
  constexpr std::string_view kOrgs =
      "SELECT id, COALESCE(parent_id, 0), kind, name, area_id, joint, path FROM party_orgs"
      " ORDER BY id";
  constexpr std::string_view kMembers =
      "SELECT person_id, org_id, status, joined_on FROM party_members ORDER BY person_id";
  constexpr std::string_view kZones =
      "SELECT z.id, z.grid_id, z.name, m.person_id FROM duty_zones z JOIN duty_zone_members m"
      " ON m.zone_id = z.id ORDER BY z.id, m.person_id";
  constexpr std::string_view kAccounts = "SELECT id, person_id, login FROM accounts ORDER BY id";
  constexpr std::string_view kGrants =
      "SELECT id, person_id, role, COALESCE(area_id, 0), COALESCE(org_id, 0) FROM role_grants"
      " ORDER BY id";
  constexpr std::string_view kEvents =
      "SELECT seq, action, subject_kind, COALESCE(subject_id, 0) FROM events ORDER BY seq";
  const std::array queries = {kAreas, kPersons,  kOrgs,   kMembers,
                              kZones, kAccounts, kGrants, kEvents};
  for (auto q : queries) {
    for (const auto& r : c.Query(q)) {
      for (size_t i = 0; i < r.size(); ++i) out += r.Text(i) + "|";
      out += "\n";
    }
  }
  return out;
}

TEST_F(DemoSeedTest, ReportsWhatItMade) {
  EXPECT_FALSE(report_.already_seeded);
  EXPECT_EQ(report_.areas, Count("SELECT count(*) FROM areas"));
  EXPECT_EQ(report_.persons, Count("SELECT count(*) FROM persons"));
  EXPECT_EQ(report_.orgs, Count("SELECT count(*) FROM party_orgs"));
  EXPECT_EQ(report_.members, Count("SELECT count(*) FROM party_members"));
  EXPECT_EQ(report_.accounts, 10);
  EXPECT_EQ(report_.households, Count("SELECT count(*) FROM areas WHERE kind = 'household'"));
  EXPECT_EQ(report_.duty_zones, Count("SELECT count(*) FROM duty_zones"));
  EXPECT_GT(report_.duty_zones, 0);
  // Small enough to load in seconds: a few thousand persons at most.
  EXPECT_LT(report_.persons, 5000);
}

TEST_F(DemoSeedTest, LingfengAndItsGridsHaveOutlinesForTheMap) {
  const auto row = C().QueryOne("SELECT path FROM areas WHERE name = '灵峰社区'");
  ASSERT_TRUE(row);
  const std::string lingfeng = row->Text(0);
  EXPECT_EQ(Count("SELECT count(*) FROM areas WHERE path LIKE ? AND kind IN ('community', 'grid')"
                  " AND json_extract(geometry, '$.type') = 'Polygon'",
                  {lingfeng + "%"}),
            5);
  // Each grid's ring is closed: its first point is its last.
  EXPECT_EQ(Count("SELECT count(*) FROM areas WHERE path LIKE ? AND kind = 'grid' AND"
                  " json_extract(geometry, '$.coordinates[0][0]') ="
                  " json_extract(geometry, '$.coordinates[0][4]')",
                  {lingfeng + "%"}),
            4);
}

TEST_F(DemoSeedTest, JiangxiCityHasTheCountsOfSeed004) {
  const std::string city = PathOf("江西xx市");
  EXPECT_EQ(
      Count("SELECT count(*) FROM areas WHERE kind = 'community' AND path LIKE ?", {city + "%"}),
      183);
  // Every community of the city has a name of its own.
  EXPECT_EQ(Count("SELECT count(DISTINCT name) FROM areas WHERE kind = 'community' AND path LIKE ?",
                  {city + "%"}),
            183);
  auto kinds = OrgKindsUnder(city);
  EXPECT_EQ(kinds["committee"], 14);
  EXPECT_EQ(kinds["general_branch"], 13);
  EXPECT_EQ(kinds["branch"], 245);
}

TEST_F(DemoSeedTest, BijiangHas26CommunitiesEachWithABranch) {
  const std::string city = PathOf("铜仁市");
  auto district =
      C().QueryOne("SELECT path FROM areas WHERE name = '碧江区' AND path LIKE ?", {city + "%"});
  ASSERT_TRUE(district);
  const std::string path = district->Text(0);
  EXPECT_EQ(
      Count("SELECT count(*) FROM areas WHERE kind = 'community' AND path LIKE ?", {path + "%"}),
      26);
  EXPECT_EQ(Count("SELECT count(DISTINCT o.area_id) FROM party_orgs o JOIN areas a"
                  " ON a.id = o.area_id WHERE o.kind = 'branch' AND a.kind = 'community'"
                  " AND a.path LIKE ?",
                  {path + "%"}),
            26);
}

// Every page has something to show: work units with in-service members reported in, open
// service posts, and a quarter of org life with attendance.
TEST_F(DemoSeedTest, TheModulesDemoRowsAreThere) {
  EXPECT_EQ(Count("SELECT count(*) FROM work_units"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM report_ins WHERE status = 'confirmed'"), 4);
  EXPECT_EQ(Count("SELECT count(*) FROM report_ins WHERE status = 'submitted'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM service_posts WHERE open = 1"), 3);
  EXPECT_GE(Count("SELECT count(*) FROM org_meetings WHERE held_on BETWEEN '2025-04-01' AND "
                  "'2025-06-30'"),
            5);
  EXPECT_EQ(Count("SELECT count(DISTINCT strftime('%m', held_on)) FROM org_meetings"
                  " WHERE kind = 'theme_day'"),
            3)
      << "a theme day each month of the quarter";
  EXPECT_GT(Count("SELECT count(*) FROM org_meeting_attendance WHERE status = 'present'"), 0);
  EXPECT_GT(Count("SELECT count(*) FROM org_meeting_attendance WHERE status <> 'present'"), 0);
}

TEST_F(DemoSeedTest, SeedNamedPlacesExist) {
  for (const auto& [name, kind] :
       std::vector<std::pair<std::string, std::string>>{{"灵峰社区", "community"},
                                                        {"建安街", "estate"},
                                                        {"贤德北巷", "estate"},
                                                        {"八步街道", "subdistrict"},
                                                        {"丹东路社区", "community"},
                                                        {"站前街道", "subdistrict"}}) {
    EXPECT_EQ(Count("SELECT count(*) FROM areas WHERE name = ? AND kind = ?", {name, kind}), 1)
        << name;
  }
  const std::string lingfeng =
      C().QueryOne("SELECT path FROM areas WHERE name = '灵峰社区'")->Text(0);
  EXPECT_GE(
      Count("SELECT count(*) FROM areas WHERE kind = 'grid' AND path LIKE ?", {lingfeng + "%"}), 3);
  EXPECT_GE(Count("SELECT count(*) FROM persons p JOIN areas a ON a.id = p.area_id"
                  " WHERE a.kind = 'household' AND a.path LIKE ?",
                  {lingfeng + "%"}),
            200);
}

TEST_F(DemoSeedTest, TheDemoLoginsHoldTheirRoles) {
  const std::map<std::string, std::string> expected = {{"sysadmin", "system_admin"},
                                                       {"district.babu", "district_admin"},
                                                       {"subdistrict.babu", "subdistrict_admin"},
                                                       {"staff.lingfeng", "staff"},
                                                       {"grid.lingfeng", "grid_worker"},
                                                       {"member.lingfeng", "member,resident"},
                                                       {"resident.lingfeng", "resident"},
                                                       {"staff.dandonglu", "staff"},
                                                       {"resident.dandonglu", "resident"},
                                                       {"unit.lingfeng", "unit_rep"}};
  std::map<std::string, std::string> got;
  for (const auto& r : C().Query("SELECT a.login, group_concat(g.role, ',') FROM accounts a"
                                 " JOIN (SELECT person_id, role FROM role_grants ORDER BY role) g"
                                 " ON g.person_id = a.person_id GROUP BY a.login")) {
    got[r.Text(0)] = r.Text(1);
  }
  EXPECT_EQ(got, expected);
  // Every login is a named person; every password is the demo one.
  EXPECT_EQ(Count("SELECT count(*) FROM accounts a JOIN persons p ON p.id = a.person_id"
                  " WHERE p.name <> ''"),
            10);
  auto hash = C().QueryOne("SELECT password_hash FROM accounts WHERE login = 'member.lingfeng'");
  ASSERT_TRUE(hash);
  EXPECT_TRUE(Crypto::VerifyPassword(hash->Text(0), kDemoPassword));
  // The member login is a member of the branch it holds the role on, and lives in 灵峰.
  EXPECT_EQ(Count("SELECT count(*) FROM accounts a JOIN role_grants g ON g.person_id ="
                  " a.person_id AND g.role = 'member' JOIN party_orgs o ON o.id = g.org_id"
                  " JOIN party_members m ON m.person_id = a.person_id JOIN party_orgs h"
                  " ON h.id = m.org_id WHERE a.login = 'member.lingfeng' AND o.kind = 'branch'"
                  " AND h.path LIKE o.path || '%'"),
            1);
}

TEST_F(DemoSeedTest, EveryIdNumberIsSealedAndMasked) {
  const std::regex mask(R"(\d{6}\*{8}\d{3}[\dX])");
  int64_t checked = 0;
  for (const auto& r : C().Query("SELECT id_number_enc, id_number_mask, birth_date, typeof("
                                 "id_number_enc) FROM persons")) {
    ASSERT_FALSE(r.IsNull(0));
    EXPECT_EQ(r.Text(3), "blob");
    const std::string mask_text = r.Text(1);
    EXPECT_TRUE(std::regex_match(mask_text, mask)) << mask_text;
    auto plain = rt_->crypto->Open(r.Text(0));
    ASSERT_TRUE(plain);
    EXPECT_TRUE(ValidIdNumber(*plain));
    EXPECT_EQ(r.Text(0).find(*plain), std::string::npos);  // not stored in the clear
    EXPECT_EQ(MaskIdNumber(*plain), mask_text);
    const std::string birth = r.Text(2);
    EXPECT_EQ(plain->substr(6, 8), birth.substr(0, 4) + birth.substr(5, 2) + birth.substr(8, 2));
    ++checked;
  }
  EXPECT_EQ(checked, report_.persons);
  EXPECT_EQ(Count("SELECT count(*) FROM persons WHERE phone_enc IS NOT NULL AND"
                  " (typeof(phone_enc) <> 'blob' OR phone_mask NOT LIKE '___****____')"),
            0);
}

TEST_F(DemoSeedTest, EventChainVerifiesAndCoversEveryRecord) {
  const auto rep = record::EventLog::Verify(C());
  EXPECT_TRUE(rep.ok) << rep.problem;
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE action = 'area.create'"), report_.areas);
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE action = 'person.create'"), report_.persons);
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE action = 'member.add'"), report_.members);
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE action = 'account.create'"), 10);
  EXPECT_GE(Count("SELECT count(*) FROM events WHERE subject_kind = 'party_org'"), report_.orgs);
}

// Only the deliberate breaks in 江西xx市 violate the formation rules; everything else holds.
TEST_F(DemoSeedTest, OnlyTheDeliberateBreaksViolateTheFormationRules) {
  std::map<std::string, int64_t> violations;  // rule -> count
  for (const auto& r : C().Query("SELECT id FROM party_orgs ORDER BY id")) {
    auto rep = orgs::GetChecks(C(), SystemActor(), r.Int(0),
                               rt_->services->settings.Get<orgs::OrgRules>());
    ASSERT_TRUE(rep.ok());
    for (const auto& check : rep->checks) {
      if (check.level == orgs::CheckLevel::kViolation) {
        ++violations[check.rule];
        EXPECT_EQ(rep->org.area_path.rfind(PathOf("江西xx市"), 0), 0u) << rep->org.name;
      }
    }
  }
  EXPECT_EQ(violations.size(), 2u);
  for (const auto& [rule, n] : violations) EXPECT_EQ(n, 1) << rule;
}

TEST_F(DemoSeedTest, SeedingAgainChangesNothing) {
  const std::string before = Fingerprint(C());
  auto again = Seed(*rt_->services, rt_->modules);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->already_seeded);
  EXPECT_EQ(again->persons, 0);
  EXPECT_EQ(Fingerprint(C()), before);
}

TEST_F(DemoSeedTest, AFreshDatabaseGetsTheSameDataAndIds) {
  const auto dir = Dir("second");
  auto other = OpenFresh(dir);
  ASSERT_NE(other, nullptr);
  auto rep = Seed(*other->services, other->modules);
  ASSERT_TRUE(rep.ok()) << rep.error().detail;
  EXPECT_EQ(Fingerprint(other->db->Conn()), Fingerprint(C()));
  other.reset();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace linli::demo
