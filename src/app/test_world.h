// For tests of commands without sockets: a fresh data folder, migrated, holding the demo data of
// the seed communities, and the actor of any demo login built from its role grants exactly as a
// request's is (accounts::GrantsOf), with no password and no session. One world per test suite:
//
//   class RaiseTest : public ::testing::Test {
//    protected:
//     static void SetUpTestSuite() { world_ = app::TestWorld::Open("raise"); }
//     static void TearDownTestSuite() { world_.reset(); }
//     static inline std::unique_ptr<app::TestWorld> world_;
//   };
#pragma once

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "app/runtime.h"
#include "auth/actor.h"
#include "demo/demo_seed.h"
#include "modules/accounts/sessions.h"
#include "modules/orgs/members.h"
#include "modules/people/commands.h"

namespace linli::app {

class TestWorld {
 public:
  // A world in <tmp>/linli-world-<pid>-<name>; throws when it cannot be made.
  static std::unique_ptr<TestWorld> Open(const std::string& name) {
    auto w = std::unique_ptr<TestWorld>(
        new TestWorld(std::filesystem::temp_directory_path() /
                      ("linli-world-" + std::to_string(::getpid()) + "-" + name)));
    auto rt = app::Open(w->dir_.string(), /*demo=*/true);
    if (!rt) throw std::runtime_error("TestWorld: " + rt.error().detail);
    w->rt_ = std::move(*rt);
    Migrate(*w->rt_);
    if (auto seeded = demo::Seed(*w->rt_->services, w->rt_->modules); !seeded) {
      throw std::runtime_error("TestWorld: seed: " + seeded.error().detail);
    }
    return w;
  }
  ~TestWorld() {
    rt_.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  TestWorld(const TestWorld&) = delete;
  TestWorld& operator=(const TestWorld&) = delete;

  store::Connection& C() { return rt_->db->Conn(); }
  Services& S() { return *rt_->services; }
  const Config& config() const { return rt_->config; }

  // The actor of demo login `login` (README's table); throws for an unknown login.
  auth::Actor ActorOf(std::string_view login) {
    auto row =
        C().QueryOne("SELECT id, person_id FROM accounts WHERE login = ?", {std::string(login)});
    if (!row) throw std::runtime_error("TestWorld: no login " + std::string(login));
    auth::Actor a;
    a.account_id = row->Int(0);
    a.person_id = row->Int(1);
    a.login = std::string(login);
    a.grants = accounts::GrantsOf(C(), a.person_id);
    return a;
  }

  // The id of the area named `name` (the demo's names are unique within their kind).
  int64_t AreaId(std::string_view kind, std::string_view name) {
    return C().QueryInt("SELECT id FROM areas WHERE kind = ? AND name = ? ORDER BY id LIMIT 1",
                        {std::string(kind), std::string(name)});
  }

  // The id of the first area of `kind` inside area `within` (itself included).
  int64_t AreaIn(std::string_view kind, int64_t within) {
    return C().QueryInt(
        "SELECT a.id FROM areas a WHERE a.kind = ? AND a.path LIKE (SELECT path FROM areas WHERE "
        "id = ?) || '%' ORDER BY a.id LIMIT 1",
        {std::string(kind), within});
  }

  // A new person living in `area_id`, entered by the system admin; throws when refused.
  int64_t NewPerson(int64_t area_id, std::string name = "新居民") {
    people::PersonForm f;
    f.name = std::move(name);
    f.area_id = area_id;
    auto p = people::CreatePerson(C(), S().crypto, ActorOf("sysadmin"), f);
    if (!p) throw std::runtime_error("TestWorld: person: " + p.error().detail);
    return p->id;
  }

  // A new person of `area_id` admitted to the organisation `org_id` with `status` (full |
  // probationary); throws when refused.
  int64_t Admit(int64_t org_id, int64_t area_id, std::string status = "full") {
    const int64_t person = NewPerson(area_id, "新党员");
    auto m = orgs::AddMember(C(), ActorOf("sysadmin"), org_id, {person, std::move(status), {}});
    if (!m) throw std::runtime_error("TestWorld: member: " + m.error().detail);
    return person;
  }

  // A new person of `area_id` admitted to the first branch within the community `community_id`.
  int64_t NewPartyMember(int64_t community_id, int64_t area_id, std::string status = "full") {
    const int64_t branch = C().QueryInt(
        "SELECT o.id FROM party_orgs o JOIN areas a ON a.id = o.area_id"
        " WHERE a.path LIKE (SELECT path FROM areas WHERE id = ?) || '%' AND o.kind = 'branch'"
        " ORDER BY o.id LIMIT 1",
        {community_id});
    return Admit(branch, area_id, std::move(status));
  }

  // The seq of the newest event (0 for none): "did anything get written?".
  int64_t LastSeq() { return C().QueryInt("SELECT COALESCE(max(seq), 0) FROM events"); }

  // The JSON pointer of the error's first field, or "" when it names none.
  static std::string PointerOf(const Error& e) {
    return e.fields.empty() ? std::string() : e.fields.front().pointer;
  }

 private:
  explicit TestWorld(std::filesystem::path dir) : dir_(std::move(dir)) {
    std::filesystem::remove_all(dir_);
  }
  std::filesystem::path dir_;
  std::unique_ptr<Runtime> rt_;
};

}  // namespace linli::app
