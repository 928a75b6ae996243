// linli: the composition root. Every component the server runs is named here or in
// app/runtime.cc, in the order it is built.
#include <unistd.h>

#include <iostream>
#include <string>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include "app/cli.h"

int main(int argc, char** argv) {
  auto err = spdlog::stderr_color_mt("linli");
  spdlog::set_default_logger(err);
  spdlog::stderr_color_mt("access");
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %n %v");

  linli::app::CliOptions opt;
  CLI::App cli{"Linli: party-building-led community governance"};
  cli.require_subcommand(1);
  cli.fallthrough();  // global options may also follow the subcommand: `serve --port 9090`
  cli.add_option("--data", opt.data_dir, "data directory (database, key, config)")
      ->capture_default_str();
  cli.add_option("--port", opt.port, "TCP port to serve on (0: any free port)");
  cli.add_option("--bind", opt.bind, "address to listen on");
  cli.add_option("--web", opt.web_dir, "directory of the built web app (default web/dist)");
  cli.add_flag("--demo", opt.demo, "demo mode: generated key, demo data and logins");

  auto* serve = cli.add_subcommand("serve", "migrate, then serve HTTP until SIGINT/SIGTERM");
  auto* migrate = cli.add_subcommand("migrate", "apply pending database migrations");
  auto* seed = cli.add_subcommand("seed", "load data");
  seed->add_flag("--demo", opt.demo, "the deterministic demo data of the seed communities")
      ->required();
  auto* verify = cli.add_subcommand("verify", "check the hash chain of the event record");
  auto* backup = cli.add_subcommand("backup", "copy the database while it may be in use");
  backup->add_option("FILE", opt.backup_file, "where to write the copy")->required();
  auto* settings = cli.add_subcommand(
      "settings", "print every section of config.json: its keys, defaults and what they set");
  auto* user = cli.add_subcommand("user", "manage logins");
  user->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "add a person with a login and a role");
  user_add->add_option("--login", opt.login, "login name")->required();
  user_add->add_option("--name", opt.name, "the person's name")->required();
  user_add->add_option("--role", opt.role, "role to grant")->required();
  user_add->add_option("--area", opt.area_id, "area id the role is held on");
  user_add->add_option("--org", opt.org_id, "party organisation id the role is held on");
  user_add->add_option("--password", opt.password,
                       "password (else read from standard input, one line)");

  auto* o311 = cli.add_subcommand("open311", "Open311 GeoReport v2 clients");
  o311->require_subcommand(1);
  auto* o311_key = o311->add_subcommand("key", "API keys of Open311 clients");
  o311_key->require_subcommand(1);
  auto* key_add = o311_key->add_subcommand("add", "issue a key to a client (printed once)");
  key_add->add_option("NAME", opt.client, "the client")->required();
  auto* key_revoke = o311_key->add_subcommand("revoke", "revoke the key of a client");
  key_revoke->add_option("NAME", opt.client, "the client")->required();
  auto* key_list = o311_key->add_subcommand("list", "list the clients and their keys' state");

  auto* openapi = cli.add_subcommand(
      "openapi", "print the API's OpenAPI document, as served, for the default configuration");

  CLI11_PARSE(cli, argc, argv);

  using linli::app::Command;
  Command cmd = Command::kServe;
  if (*serve) cmd = Command::kServe;
  if (*migrate) cmd = Command::kMigrate;
  if (*seed) cmd = Command::kSeedDemo;
  if (*verify) cmd = Command::kVerify;
  if (*backup) cmd = Command::kBackup;
  if (*settings) cmd = Command::kSettings;
  if (*key_add) cmd = Command::kOpen311KeyAdd;
  if (*key_revoke) cmd = Command::kOpen311KeyRevoke;
  if (*key_list) cmd = Command::kOpen311KeyList;
  if (*openapi) cmd = Command::kOpenApi;
  if (*user_add) {
    cmd = Command::kUserAdd;
    if (opt.password.empty()) {
      if (isatty(STDIN_FILENO)) std::cerr << "password: ";
      std::getline(std::cin, opt.password);
    }
  }
  return linli::app::Run(cmd, opt);
}
