#include "app/cli.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <boost/json/serialize.hpp>

#include "app/runtime.h"
#include "core/clock.h"
#include "demo/demo_seed.h"
#include "http/openapi.h"
#include "http/server.h"
#include "http/static_files.h"
#include "modules/accounts/commands.h"
#include "modules/appeals/community_counts.h"
#include "modules/appeals/kpi_counts.h"
#include "modules/audit.h"
#include "modules/open311/keys.h"
#include "modules/people/commands.h"
#include "modules/system/manifest.h"
#include "record/event_log.h"

namespace linli::app {
namespace {

int Fail(const Error& e) {
  std::string where;
  for (const auto& f : e.fields) where += fmt::format(" [{}: {}]", f.pointer, f.detail);
  std::cerr << "linli: " << e.detail << where << "\n";
  return e.code == Code::kInvalid ? 2 : 1;
}

int Serve(Runtime& rt, const CliOptions& opt) {
  HttpConfig http = rt.config.http;
  if (opt.port) http.port = *opt.port;
  if (opt.bind) http.bind = *opt.bind;
  if (opt.web_dir) http.web_dir = *opt.web_dir;
  if (rt.config.security.demo) {
    auto seeded = demo::Seed(*rt.services, rt.modules);
    if (!seeded) return Fail(seeded.error());
    if (!seeded->already_seeded) {
      spdlog::info("demo data loaded: {} areas, {} organisations, {} people, {} logins",
                   seeded->areas, seeded->orgs, seeded->persons, seeded->accounts);
    }
  }
  http::Metrics metrics;
  system::SetMetrics(&metrics);
  auto router = BuildRouter(rt, metrics);
  auto web = std::make_shared<const http::StaticFiles>(http::StaticFiles::Load(http.web_dir));
  if (web->loaded()) {
    spdlog::info("web app: {} files from {}", web->file_count(), http.web_dir);
  } else {
    spdlog::warn(
        "web app not found in {} (no index.html): serving the API only; build it with "
        "`npm ci && npm run build` in web/ (scripts/run.sh does)",
        http.web_dir);
  }
  router->SetFallback([web](const http::Request& req) { return web->Serve(req); });
  for (const auto& m : rt.modules) {
    if (m.start) m.start();
  }
  // Writes run in batches on the write lane, each batch one transaction of the store's.
  const http::WriteBatches batches{
      [&rt] { rt.db->BeginBatch(); }, [&rt] { return rt.db->BatchShouldEnd(); },
      [&rt](std::function<void(bool)> done) { rt.db->EndBatch(std::move(done)); }};
  Status s = http::Serve(
      http, *router, &metrics,
      [&](uint16_t port) {
        std::cout << fmt::format("linli listening on http://{}:{}", http.bind, port) << std::endl;
      },
      &batches);
  // Stopped in the reverse of the order they started.
  std::for_each(rt.modules.rbegin(), rt.modules.rend(), [](const Manifest& m) {
    if (m.stop) m.stop();
  });
  return s ? 0 : Fail(s.error());
}

int UserAdd(Runtime& rt, const CliOptions& opt) {
  auto role = auth::RoleFromName(opt.role);
  if (!role) {
    std::string all;
    for (auto n : auth::RoleNames()) all += " " + std::string(n);
    return Fail(Error::Invalid("--role", "must be one of:" + all));
  }
  const auth::Actor system = SystemActor();
  store::Connection& c = rt.db->Conn();
  people::PersonForm pf;
  pf.name = opt.name;
  pf.area_id = opt.area_id;
  auto person = people::CreatePerson(c, *rt.crypto, system, pf);
  if (!person) return Fail(person.error());
  accounts::Passwords pw(rt.config.security.password_hash_concurrency);
  auto account = accounts::CreateAccount(c, pw, system, {person->id, opt.login, opt.password});
  if (!account) return Fail(account.error());
  accounts::RoleGrantForm g{person->id, *role, opt.area_id, opt.org_id};
  if (*role == auth::Role::kSystemAdmin) g.area_id.reset();
  auto grant = accounts::GrantRole(c, system, g);
  if (!grant) return Fail(grant.error());
  std::cout << fmt::format("added {} (person {}, account {}) as {}\n", opt.login, person->id,
                           *account, opt.role);
  return 0;
}

// A table of the keys of one section (or of one list's items): key, default, what it sets;
// then a table for the items of each list.
std::string KeysMarkdown(const boost::json::object& keys) {
  std::string out = "| key | default | sets |\n|---|---|---|\n";
  std::string lists;
  for (const auto& [key, k] : keys) {
    const auto& o = k.as_object();
    out += fmt::format("| `{}` | `{}` | {} |\n", std::string_view(key),
                       boost::json::serialize(o.at("default")),
                       std::string_view(o.at("doc").as_string()));
    if (const auto* items = o.if_contains("items")) {
      lists += fmt::format("\nEach item of `{}`: {}\n\n{}", std::string_view(key),
                           std::string_view(items->at("doc").as_string()),
                           KeysMarkdown(items->at("keys").as_object()));
    }
  }
  return out + lists;
}

// One section after another, each with its tables.
std::string SettingsMarkdown(const boost::json::object& all) {
  std::string out =
      "# Settings\n\nEvery key of DATA/config.json, by section, with its default. Printed by "
      "`linli settings`; each module declares its own section (src/core/settings.h).\n";
  for (const auto& [section, d] : all) {
    const auto& desc = d.as_object();
    out += fmt::format("\n## {}\n\n{}\n\n{}", std::string_view(section),
                       std::string_view(desc.at("doc").as_string()),
                       KeysMarkdown(desc.at("keys").as_object()));
  }
  return out;
}

// The OpenAPI document of a runtime opened on a fresh folder (default configuration, a demo
// key), removed again; the web app's types are generated from it (web/scripts/api-types.mjs).
int PrintOpenApi() {
  const auto dir = std::filesystem::temp_directory_path() /
                   fmt::format("linli-openapi-{}", static_cast<long>(::getpid()));
  std::filesystem::remove_all(dir);
  const auto level = spdlog::get_level();
  spdlog::set_level(spdlog::level::err);  // the demo key's notice
  auto rt = Open(dir.string(), /*demo=*/true);
  spdlog::set_level(level);
  if (!rt) return Fail(rt.error());
  int code = 0;
  {
    http::Metrics metrics;
    auto router = BuildRouter(**rt, metrics);
    std::cout << boost::json::serialize(http::OpenApi(*router, kVersion)) << "\n";
    code = std::cout ? 0 : 1;
    router.reset();
    rt->reset();
  }
  std::filesystem::remove_all(dir);
  return code;
}

}  // namespace

int Run(Command cmd, const CliOptions& opt) {
  if (cmd == Command::kOpenApi) return PrintOpenApi();
  auto rt = Open(opt.data_dir, opt.demo || cmd == Command::kSeedDemo);
  if (!rt) return Fail(rt.error());
  Runtime& r = **rt;
  if (cmd == Command::kSettings) {
    std::cout << SettingsMarkdown(DescribeSettings(r));
    return 0;
  }
  try {
    for (const auto& name : Migrate(r)) spdlog::info("migrated {}", name);
    switch (cmd) {
      case Command::kServe:
        return Serve(r, opt);
      case Command::kMigrate:
        std::cout << "database is up to date\n";
        return 0;
      case Command::kSeedDemo: {
        auto rep = demo::Seed(*r.services, r.modules);
        if (!rep) return Fail(rep.error());
        if (rep->already_seeded) {
          std::cout << "demo data already present; nothing changed\n";
        } else {
          std::cout << fmt::format(
              "demo data: {} areas ({} households), {} organisations, {} people ({} members), "
              "{} duty zones, {} logins (password {})\n",
              rep->areas, rep->households, rep->orgs, rep->persons, rep->members, rep->duty_zones,
              rep->accounts, demo::kDemoPassword);
        }
        return 0;
      }
      case Command::kVerify: {
        const auto rep = record::EventLog::Verify(r.db->Conn());
        if (!rep.ok) {
          std::cout << fmt::format("FAILED at event {}: {}\n", rep.first_bad_seq.value_or(0),
                                   rep.problem);
          return 1;
        }
        std::cout << fmt::format("ok: {} events, chain intact\n", rep.checked);
        const auto diffs = appeals::kpi::Recheck(r.db->Conn());
        for (const auto& d : diffs) {
          std::cout << fmt::format(
              "KPI counter differs: area {} {} {} metric {}: stored {}, recomputed {}\n", d.area_id,
              d.kind, d.period, d.metric, d.stored, d.recomputed);
        }
        if (!diffs.empty()) return 1;
        std::cout << "ok: appeal KPI counters match the appeals recomputed from their steps\n";
        const auto counts = appeals::RecheckCommunityCounts(r.db->Conn());
        for (const auto& d : counts) {
          std::cout << fmt::format(
              "community count differs: {}: stored {}, marked {}, placed in its paths {}\n",
              d.community_path, d.stored, d.marked, d.in_range);
        }
        if (!counts.empty()) return 1;
        std::cout << "ok: appeal counts of the communities match their appeals\n";
        return 0;
      }
      case Command::kOpen311KeyAdd: {
        auto key = open311::AddKey(r.db->Conn(), *r.crypto, opt.client);
        if (!key) return Fail(key.error());
        std::cout << fmt::format("Open311 key of {} (shown once; keep it secret): {}\n", opt.client,
                                 *key);
        return 0;
      }
      case Command::kOpen311KeyRevoke: {
        Status s = open311::RevokeKey(r.db->Conn(), opt.client);
        if (!s) return Fail(s.error());
        std::cout << fmt::format("Open311 key of {} revoked\n", opt.client);
        return 0;
      }
      case Command::kOpen311KeyList: {
        for (const auto& k : open311::ListKeys(r.db->Conn())) {
          std::cout << fmt::format("{}\t{}\tissued {}\n", k.name, k.revoked_at ? "revoked" : "live",
                                   FormatTime(k.created_at));
        }
        return 0;
      }
      case Command::kBackup: {
        Status s = r.db->Backup(opt.backup_file);
        if (!s) return Fail(s.error());
        std::cout << "backup written to " << opt.backup_file << "\n";
        return 0;
      }
      case Command::kSettings:  // answered before migrating
        return 0;
      case Command::kUserAdd:
        return UserAdd(r, opt);
      case Command::kOpenApi:
        break;  // answered above, before the data directory is opened
    }
  } catch (const std::exception& e) {
    std::cerr << "linli: " << e.what() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace linli::app
