// Builder: the demo data's only way to write. Every record goes through a module's command,
// acting as SystemActor(), so each one has its event in the hash-chained record; the commands
// nest as savepoints inside the seed's one outer write transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "demo/demo_seed.h"
#include "demo/identity.h"
#include "modules/module.h"

namespace linli::demo {

// Thrown when a command refuses what the seed asks of it. Seed() catches it once and returns
// the error; the outer transaction then rolls every write back.
class SeedError : public std::runtime_error {
 public:
  SeedError(std::string_view what, Error e)
      : std::runtime_error(std::string(what) + ": " + e.detail), error_(std::move(e)) {
    error_.detail = std::runtime_error::what();
  }
  const Error& error() const { return error_; }

 private:
  Error error_;
};

// The value of `r`; throws SeedError naming `what` when it holds an error.
template <class T>
T Take(Result<T> r, std::string_view what) {
  if (!r) throw SeedError(what, r.error());
  return std::move(*r);
}
inline void Take(const Status& s, std::string_view what) {
  if (!s) throw SeedError(what, s.error());
}

// Not thread-safe. REQUIRES: the services' connection stays inside the outer write transaction
// for the Builder's whole life.
class Builder {
 public:
  Builder(Services& services, SeedReport& report);

  // Creates an area through areas::CreateArea; returns its id.
  int64_t Area(std::optional<int64_t> parent, std::string_view kind, std::string name,
               std::optional<std::string> code = std::nullopt);
  // Gives `area` a rectangle as its GeoJSON Polygon (lng/lat, degrees) through
  // areas::UpdateArea, so the dashboards can draw it. REQUIRES: west < east, south < north.
  void Outline(int64_t area, double west, double south, double east, double north);
  // Outlines `community` as the rectangle and splits it west to east into equal strips, one per
  // grid in order. Deterministic: the same box gives the same polygons.
  void OutlineGrids(int64_t community, const std::vector<int64_t>& grids, double west, double south,
                    double east, double north);
  // Creates a person with `who`'s identity through people::CreatePerson, placed in `area`.
  int64_t Person(const Identity& who, std::optional<int64_t> area,
                 std::optional<std::string> address = std::nullopt);

  // Creates a party organisation through orgs::CreateOrg; returns its id.
  int64_t Org(std::optional<int64_t> parent, std::string_view kind, std::string name, int64_t area,
              bool joint = false);
  // Makes `person` a member of `org` through orgs::AddMember. REQUIRES: status is "full" or
  // "probationary"; joined_on is YYYY-MM-DD.
  void Member(int64_t org, int64_t person, std::string_view status, std::string joined_on);

  Services& services() { return services_; }
  store::Connection& conn() { return conn_; }
  const auth::Actor& actor() const { return actor_; }
  IdentityMaker& identities() { return identities_; }
  SeedReport& report() { return report_; }

 private:
  Services& services_;
  store::Connection& conn_;
  const auth::Actor actor_;
  IdentityMaker identities_;
  SeedReport& report_;
};

}  // namespace linli::demo
