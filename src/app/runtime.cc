#include "app/runtime.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <boost/json/serialize.hpp>

#include "http/openapi.h"
#include "modules/accounts/manifest.h"
#include "modules/appeals/manifest.h"
#include "modules/areas/manifest.h"
#include "modules/disclosures/manifest.h"
#include "modules/duty_zones/manifest.h"
#include "modules/live/manifest.h"
#include "modules/members/manifest.h"
#include "modules/notifications/manifest.h"
#include "modules/open311/manifest.h"
#include "modules/org_life/manifest.h"
#include "modules/orgs/manifest.h"
#include "modules/people/manifest.h"
#include "modules/report_in/manifest.h"
#include "modules/system/manifest.h"
#include "record/notifier.h"
#include "store/migration_files.h"
#include "store/sqlite/sqlite_database.h"

namespace linli::app {
namespace {

http::Metrics* g_metrics = nullptr;
void ObserveStatement(double seconds) {
  if (g_metrics) g_metrics->ObserveStatement(seconds);
}

Result<Crypto::Key> LoadKey(Config& config, bool demo) {
  if (!config.security.data_key_hex.empty()) {
    auto k = Crypto::KeyFromHex(config.security.data_key_hex);
    if (!k) return Error::Invalid("LINLI_DATA_KEY", "must be 64 hex digits");
    return *k;
  }
  const std::string path = config.data_dir + "/secret.key";
  std::ifstream in(path);
  if (in) {
    std::string hex;
    in >> hex;
    auto k = Crypto::KeyFromHex(hex);
    if (!k) return Error::Invalid(path, "secret.key must hold 64 hex digits");
    return *k;
  }
  if (!demo) {
    return Error::Invalid("LINLI_DATA_KEY",
                          "no data key: set LINLI_DATA_KEY (64 hex digits) or run with --demo, "
                          "which generates DATA/secret.key");
  }
  const Crypto::Key k = Crypto::NewKey();
  const mode_t old = umask(077);
  std::ofstream out(path);
  out << Crypto::KeyToHex(k) << "\n";
  out.close();
  umask(old);
  if (!out) return Error::Internal("cannot write " + path);
  spdlog::warn("generated a new data key in {} (demo mode)", path);
  return k;
}

}  // namespace

Runtime::~Runtime() {
  store::SetStatementObserver(nullptr);
  g_metrics = nullptr;
}

Result<std::unique_ptr<Runtime>> Open(const std::string& data_dir, bool demo) {
  if (Status s = Crypto::Init(); !s) return s.error();
  record::Notifier::Install();
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  if (ec)
    return Error::Invalid("--data", fmt::format("cannot create {}: {}", data_dir, ec.message()));
  auto cfg = Config::Load(data_dir);
  if (!cfg) return cfg.error();
  auto rt = std::make_unique<Runtime>();
  rt->config = std::move(*cfg);
  rt->config.security.demo = rt->config.security.demo || demo;
  auto key = LoadKey(rt->config, rt->config.security.demo);
  if (!key) return key.error();
  rt->crypto = std::make_unique<Crypto>(*key);
  rt->db = store::OpenSqlite(data_dir + "/linli.db");
  rt->settings = std::make_unique<settings::Registry>();
  rt->ports = std::make_unique<Ports>();
  rt->services = std::make_unique<Services>(
      Services{rt->config, *rt->db, *rt->crypto, *rt->settings, *rt->ports});
  // Dependency order: each module may refer to the tables of those before it.
  Services& s = *rt->services;
  rt->modules.push_back(system::Module(s));
  rt->modules.push_back(areas::Module(s));
  rt->modules.push_back(people::Module(s));
  rt->modules.push_back(orgs::Module(s));
  rt->modules.push_back(accounts::Module(s));
  rt->modules.push_back(duty_zones::Module(s));
  rt->modules.push_back(appeals::Module(s));
  rt->modules.push_back(report_in::Module(s));
  rt->modules.push_back(org_life::Module(s));
  rt->modules.push_back(live::Module(s));
  rt->modules.push_back(notifications::Module(s));
  rt->modules.push_back(open311::Module(s));
  rt->modules.push_back(members::Module(s));
  rt->modules.push_back(disclosures::Module(s));
  // Each module bound its section while its manifest was made; all are read at once.
  settings::Errors errors;
  const std::vector<std::string_view> platform(std::begin(Config::kPlatformSections),
                                               std::end(Config::kPlatformSections));
  rt->settings->Load(rt->config.file, platform, errors);
  if (!errors.empty()) return Error::Invalid("config.json", settings::Join(errors));
  return rt;
}

boost::json::object DescribeSettings(const Runtime& rt) {
  boost::json::object all = Config::Describe();
  for (auto& [name, section] : rt.settings->Describe()) all[name] = section;
  return all;
}

std::vector<std::string> Migrate(Runtime& rt) {
  std::vector<store::Migration> all = store::MigrationFiles("record");
  for (const auto& m : rt.modules) {
    auto mine = store::MigrationFiles(m.name);
    all.insert(all.end(), mine.begin(), mine.end());
  }
  return rt.db->Migrate(all);
}

std::unique_ptr<http::Router> BuildRouter(Runtime& rt, http::Metrics& metrics) {
  g_metrics = &metrics;
  store::SetStatementObserver(&ObserveStatement);
  auto router = std::make_unique<http::Router>();
  router->SetMetrics(&metrics);
  router->SetAuthenticator(accounts::MakeAuthenticator(*rt.services));
  for (const auto& m : rt.modules) {
    if (m.routes) m.routes(*router);
  }
  return router;
}

}  // namespace linli::app
