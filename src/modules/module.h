// What every domain module receives and what it gives back: the composition root (app/runtime.cc)
// builds one Services, asks each module for its Manifest (a module binds its settings section
// then), loads every section from config.json, applies the migrations in the order the modules
// are listed, seeds their demo rows in that order (demo mode), and adds their routes to the one
// router.
#pragma once

#include <functional>
#include <string>

#include "core/config.h"
#include "core/crypto.h"
#include "core/ports.h"
#include "core/settings_registry.h"
#include "http/router.h"
#include "store/database.h"

namespace linli {

namespace demo {
class World;
}

struct Services {
  const Config& config;  // the platform's settings (http, security) and config.json as read
  store::Database& db;
  const Crypto& crypto;
  // The modules' settings: bound while the manifests are made, read (Get) once loaded.
  settings::Registry& settings;
  // Interfaces one module declares and another provides (core/ports.h): provided while the
  // manifests are made, found when serving.
  Ports& ports;
};

struct Manifest {
  std::string name;  // the module's folder; owns the migrations in <folder>/migrations/
  std::function<void(http::Router&)> routes;
  // Background work the module runs while the server serves (a scheduler): `start` is called
  // by the composition root before serving, `stop` after serving ends and before the database
  // closes. Either may be empty.
  std::function<void()> start;
  std::function<void()> stop;
  // The module's demo rows (src/demo/README.md), written through its own commands into the
  // demo world of the seed communities, inside the seed's one write transaction. May be empty.
  std::function<void(demo::World&)> demo;
};

}  // namespace linli
