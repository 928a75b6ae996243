#include "demo/builder.h"

#include <fmt/format.h>

#include "modules/areas/commands.h"
#include "modules/audit.h"
#include "modules/orgs/commands.h"
#include "modules/orgs/members.h"
#include "modules/people/commands.h"

namespace linli::demo {

Builder::Builder(Services& services, SeedReport& report)
    : services_(services), conn_(services.db.Conn()), actor_(SystemActor()), report_(report) {}

int64_t Builder::Area(std::optional<int64_t> parent, std::string_view kind, std::string name,
                      std::optional<std::string> code) {
  areas::CreateAreaForm f;
  f.parent_id = parent;
  f.kind = std::string(kind);
  f.name = std::move(name);
  f.code = std::move(code);
  const auto area = Take(areas::CreateArea(conn_, actor_, f), fmt::format("area {}", f.name));
  ++report_.areas;
  return area.id;
}

void Builder::Outline(int64_t area, double west, double south, double east, double north) {
  areas::UpdateAreaForm f;
  f.geometry = fmt::format(
      R"({{"type":"Polygon","coordinates":[[[{0:.5f},{1:.5f}],[{2:.5f},{1:.5f}],[{2:.5f},{3:.5f}],)"
      R"([{0:.5f},{3:.5f}],[{0:.5f},{1:.5f}]]]}})",
      west, south, east, north);
  Take(areas::UpdateArea(conn_, actor_, area, f), fmt::format("outline of area {}", area));
}

void Builder::OutlineGrids(int64_t community, const std::vector<int64_t>& grids, double west,
                           double south, double east, double north) {
  Outline(community, west, south, east, north);
  if (grids.empty()) return;
  const double step = (east - west) / static_cast<double>(grids.size());
  for (size_t i = 0; i < grids.size(); ++i) {
    const double w = west + (step * static_cast<double>(i));
    Outline(grids[i], w, south, w + step, north);
  }
}

int64_t Builder::Person(const Identity& who, std::optional<int64_t> area,
                        std::optional<std::string> address) {
  people::PersonForm f;
  f.name = who.name;
  f.id_number = who.id_number;
  f.phone = who.phone;
  f.area_id = area;
  f.address = std::move(address);
  const auto p = Take(people::CreatePerson(conn_, services_.crypto, actor_, f),
                      fmt::format("person {}", who.name));
  ++report_.persons;
  return p.id;
}

int64_t Builder::Org(std::optional<int64_t> parent, std::string_view kind, std::string name,
                     int64_t area, bool joint) {
  orgs::CreateOrgForm f;
  f.parent_id = parent;
  f.kind = std::string(kind);
  f.name = std::move(name);
  f.area_id = area;
  f.joint = joint;
  const auto org = Take(orgs::CreateOrg(conn_, actor_, f), fmt::format("organisation {}", f.name));
  ++report_.orgs;
  return org.id;
}

void Builder::Member(int64_t org, int64_t person, std::string_view status, std::string joined_on) {
  orgs::AddMemberForm f;
  f.person_id = person;
  f.status = std::string(status);
  f.joined_on = std::move(joined_on);
  Take(orgs::AddMember(conn_, actor_, org, f), fmt::format("member {} of {}", person, org));
  ++report_.members;
}

}  // namespace linli::demo
