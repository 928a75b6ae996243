// The subcommands of the linli binary.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace linli::app {

enum class Command {
  kServe,
  kMigrate,
  kSeedDemo,
  kVerify,
  kBackup,
  kUserAdd,
  kSettings,
  kOpen311KeyAdd,
  kOpen311KeyRevoke,
  kOpen311KeyList,
  kOpenApi,  // prints /api/openapi.json of a fresh default runtime; touches no data directory
};

struct CliOptions {
  std::string data_dir = "data";
  std::optional<uint16_t> port;
  std::optional<std::string> bind;
  std::optional<std::string> web_dir;  // the built web app; default http.web_dir
  bool demo = false;
  std::string backup_file;
  std::string login, name, role, password;
  std::optional<int64_t> area_id, org_id;
  std::string client;  // open311 key add/revoke NAME
};

// Runs one subcommand; returns the process exit code (0 success, 1 failure, 2 bad usage).
int Run(Command cmd, const CliOptions& opt);

}  // namespace linli::app
