// The composition root's parts: open a data directory (config, key, database), list the modules
// in dependency order, apply their migrations, and build the one router. main.cc wires the
// command line to these; tests and benchmarks use them too.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/crypto.h"
#include "core/settings_registry.h"
#include "http/metrics.h"
#include "http/router.h"
#include "modules/module.h"
#include "store/database.h"

namespace linli::app {

struct Runtime {
  Runtime() = default;
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;
  // Detaches the metrics BuildRouter attached to the storage layer.
  ~Runtime();

  Config config;
  std::unique_ptr<store::Database> db;
  std::unique_ptr<Crypto> crypto;
  std::unique_ptr<settings::Registry> settings;  // the modules' sections
  std::unique_ptr<Ports> ports;                  // the modules' interfaces to each other
  std::unique_ptr<Services> services;
  std::vector<Manifest> modules;  // in dependency order
};

// Opens DATA (creating it when missing). The data key comes from LINLI_DATA_KEY, else
// DATA/secret.key; when neither exists it is generated (mode 0600) only if `demo` is set.
Result<std::unique_ptr<Runtime>> Open(const std::string& data_dir, bool demo);
// Every section of config.json, the platform's and each module's, with its keys, their defaults
// and what they set (`linli settings`).
boost::json::object DescribeSettings(const Runtime& rt);
// Applies every module's migrations not yet applied; returns their names.
std::vector<std::string> Migrate(Runtime& rt);
// The router with every module's routes and the system routes (/healthz, /metrics,
// /api/openapi.json, /api/v1/ping). REQUIRES: `metrics` outlives the Runtime (statement
// timings are reported to it until the Runtime is destroyed).
std::unique_ptr<http::Router> BuildRouter(Runtime& rt, http::Metrics& metrics);

inline constexpr std::string_view kVersion = "0.1.0";

}  // namespace linli::app
