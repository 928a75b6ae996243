#include "modules/orgs/grant_places.h"

namespace linli::orgs {
namespace {
constexpr std::string_view kOrgArea =
    "SELECT a.path FROM party_orgs o JOIN areas a ON a.id = o.area_id WHERE o.id = ?";
}  // namespace

auth::Actor WithOrgAreas(store::Connection& c, const auth::Actor& actor) {
  auth::Actor out = actor;
  for (auto& g : out.grants) {
    if (!g.org_id || !g.area_path.empty()) continue;
    if (auto row = c.QueryOne(kOrgArea, {*g.org_id})) g.area_path = row->Text(0);
  }
  return out;
}

}  // namespace linli::orgs
