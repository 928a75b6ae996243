// What every domain module receives and what it gives back: the composition root (app/main.cc)
// builds one Services, asks each module for its Manifest, applies the migrations in the order
// the modules are listed, and adds their routes to the one router.
#pragma once

#include <functional>
#include <string>

#include "core/config.h"
#include "core/crypto.h"
#include "http/router.h"
#include "store/database.h"

namespace linli {

struct Services {
  const Config& config;
  store::Database& db;
  const Crypto& crypto;
};

struct Manifest {
  std::string name;  // the module's folder; owns the migrations in <folder>/migrations/
  std::function<void(http::Router&)> routes;
  // Background work the module runs while the server serves (a scheduler): `start` is called
  // by the composition root before serving, `stop` after serving ends and before the database
  // closes. Either may be empty.
  std::function<void()> start;
  std::function<void()> stop;
};

}  // namespace linli
