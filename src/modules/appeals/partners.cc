#include "modules/appeals/partners.h"

#include <fmt/format.h>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "core/clock.h"
#include "core/form.h"
#include "modules/appeals/appeal.h"
#include "modules/appeals/permissions.h"
#include "modules/appeals/vocabulary.h"
#include "modules/areas/area.h"
#include "modules/audit.h"
#include "modules/people/permissions.h"
#include "modules/people/person.h"
#include "modules/report_in/work_units.h"
#include "record/event_log.h"

namespace linli::appeals {
namespace {

constexpr size_t kMaxName = 100;
constexpr size_t kMaxServices = 1000;
constexpr size_t kMaxItems = 50;

constexpr std::string_view kUnit = "SELECT name FROM work_units WHERE id = ?";
constexpr std::string_view kProviderNamed =
    "SELECT id FROM service_providers WHERE community_id = ? AND name = ?";
constexpr std::string_view kInsertProvider =
    "INSERT INTO service_providers (community_id, name, services, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?) RETURNING id";
constexpr std::string_view kInsertPerson =
    "INSERT INTO service_provider_people (provider_id, person_id) VALUES (?, ?)";
constexpr std::string_view kClearCategories =
    "DELETE FROM dispatch_categories WHERE community_id = ? AND assignee_kind = ?"
    " AND assignee_id = ?";
constexpr std::string_view kInsertCategory =
    "INSERT INTO dispatch_categories (community_id, category, assignee_kind, assignee_id)"
    " VALUES (?, ?, ?, ?)";
constexpr std::string_view kCategoriesOf =
    "SELECT category FROM dispatch_categories WHERE community_id = ? AND assignee_kind = ?"
    " AND assignee_id = ? ORDER BY category";
constexpr std::string_view kProviders =
    "SELECT id, name, services FROM service_providers WHERE community_id = ? ORDER BY id";
constexpr std::string_view kPeopleOf =
    "SELECT person_id FROM service_provider_people WHERE provider_id = ? ORDER BY person_id";
constexpr std::string_view kUnits =
    "SELECT DISTINCT d.assignee_id, u.name FROM dispatch_categories d JOIN work_units u"
    " ON u.id = d.assignee_id WHERE d.community_id = ? AND d.assignee_kind = 'unit'"
    " ORDER BY d.assignee_id";
constexpr std::string_view kForCategory =
    "SELECT d.assignee_kind, d.assignee_id, COALESCE(u.name, p.name) FROM dispatch_categories d"
    " LEFT JOIN work_units u ON d.assignee_kind = 'unit' AND u.id = d.assignee_id"
    " LEFT JOIN service_providers p ON d.assignee_kind = 'provider' AND p.id = d.assignee_id"
    " WHERE d.community_id = ? AND d.category = ? ORDER BY d.assignee_kind DESC, d.assignee_id";

std::vector<std::string> Categories(store::Connection& c, int64_t community_id,
                                    std::string_view kind, int64_t id) {
  std::vector<std::string> out;
  for (const auto& r : c.Query(kCategoriesOf, {community_id, std::string(kind), id})) {
    out.push_back(r.Text(0));
  }
  return out;
}

Partner ProviderOf(store::Connection& c, int64_t community_id, int64_t id, const std::string& name,
                   const std::optional<std::string>& svc) {
  Partner out{"provider", id, name, community_id, Categories(c, community_id, "provider", id),
              svc,        {}};
  for (const auto& r : c.Query(kPeopleOf, {id})) out.person_ids.push_back(r.Int(0));
  return out;
}

Partner UnitOf(store::Connection& c, int64_t community_id, int64_t id, const std::string& name) {
  return {"unit", id, name, community_id, Categories(c, community_id, "unit", id), {}, {}};
}

// The community at `id`, when the actor may see it: 404 naming /community_id otherwise.
Result<areas::Area> Community(store::Connection& c, int64_t id, std::string_view field) {
  auto area = areas::Load(c, id);
  if (!area || area->kind != "community") {
    return Error::NotFoundField(std::string(field), fmt::format("no community {}", id));
  }
  return *area;
}

}  // namespace

Result<PartnerForm> ParsePartner(std::string_view body, const AppealsConfig& config) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  PartnerForm out;
  out.kind = f.RequiredEnum("kind", PartnerKinds());
  out.community_id = f.RequiredId("community_id");
  if (const auto* v = f.OptionalValue("categories");
      !v || !v->is_array() || v->as_array().empty() || v->as_array().size() > kMaxItems) {
    f.Fail("categories", fmt::format("must be a list of 1 to {} appeal category codes", kMaxItems));
  } else {
    const auto& arr = v->as_array();
    for (size_t i = 0; i < arr.size(); ++i) {
      const bool known = arr[i].is_string() && CategoryOf(config, arr[i].as_string()) != nullptr;
      if (!known) {
        f.Fail(fmt::format("categories/{}", i), "must be a configured appeal category code");
        continue;
      }
      std::string code(arr[i].as_string());
      if (std::find(out.categories.begin(), out.categories.end(), code) != out.categories.end()) {
        f.Fail(fmt::format("categories/{}", i), "is listed twice");
        continue;
      }
      out.categories.push_back(std::move(code));
    }
  }
  if (out.kind == "unit") {
    out.unit_id = f.RequiredId("unit_id");
    for (const char* k : {"name", "services", "person_ids"}) {
      if (f.Has(k)) f.Fail(k, "applies to a provider only");
    }
  } else if (out.kind == "provider") {
    out.name = f.RequiredString("name", kMaxName);
    out.services = f.OptionalString("services", kMaxServices, 1, true);
    auto ids = f.OptionalIdList("person_ids", kMaxItems);
    if (!ids || ids->empty()) {
      if (!f.Has("person_ids") || (ids && ids->empty())) {
        f.Fail("person_ids", "must list at least one person who acts for the provider");
      }
    } else {
      out.person_ids = *ids;
    }
    if (f.Has("unit_id")) f.Fail("unit_id", "applies to a unit only");
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<Partner> RegisterPartner(store::Connection& c, const auth::Actor& actor,
                                const PartnerForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto community = Community(c, f.community_id, "/community_id");
  if (!community) return community.error();
  if (!MayManagePartners(actor, community->path)) {
    if (!actor.Allows(ReadRoles(), {community->path, ""})) {
      return Error::NotFoundField("/community_id", fmt::format("no community {}", f.community_id));
    }
    return Error::Forbidden("staff and admins of the community register units and providers");
  }
  const int64_t now = NowMs();
  int64_t id = 0;
  std::string name;
  boost::json::object summary{{"kind", f.kind}, {"community_id", f.community_id}};
  if (f.kind == "unit") {
    id = *f.unit_id;
    auto unit = c.QueryOne(kUnit, {id});
    if (!unit) return Error::NotFoundField("/unit_id", fmt::format("no unit {}", id));
    if (!report_in::UnitReportedIn(c, id, f.community_id)) {
      return Error::Rule(
          "/unit_id", fmt::format("unit {} has no confirmed report-in to {}", id, community->name));
    }
    name = unit->Text(0);
  } else {
    if (c.QueryOne(kProviderNamed, {f.community_id, *f.name})) {
      return Error::Conflict(
          fmt::format("{} already has a provider named {}", community->name, *f.name), "/name");
    }
    for (size_t i = 0; i < f.person_ids.size(); ++i) {
      auto p = people::Load(c, f.person_ids[i]);
      if (!p || !people::Allowed(actor, people::Action::kRead, *p)) {
        return Error::NotFoundField(fmt::format("/person_ids/{}", i),
                                    fmt::format("no person {}", f.person_ids[i]));
      }
    }
    name = *f.name;
    id = c.Query(kInsertProvider, {f.community_id, name, store::Opt(f.services), now, now})
             .front()
             .Int(0);
    for (const int64_t p : f.person_ids) c.Exec(kInsertPerson, {id, p});
    summary["name"] = name;  // a business's name, not a person's
    summary["person_ids"] = boost::json::array(f.person_ids.begin(), f.person_ids.end());
  }
  c.Exec(kClearCategories, {f.community_id, f.kind, id});
  for (const auto& code : f.categories) c.Exec(kInsertCategory, {f.community_id, code, f.kind, id});
  summary["id"] = id;
  summary["categories"] = boost::json::array(f.categories.begin(), f.categories.end());
  record::EventLog::Append(c, EventBy(actor, fmt::format("appeal_partner.{}", f.kind),
                                      "appeal_partner", id, community->path, summary));
  Partner out = f.kind == "unit" ? UnitOf(c, f.community_id, id, name)
                                 : ProviderOf(c, f.community_id, id, name, f.services);
  tx.Commit();
  return out;
}

Result<std::vector<Partner>> ListPartners(store::Connection& c, const auth::Actor& actor,
                                          int64_t community_id) {
  auto community = Community(c, community_id, "?community_id");
  if (!community || !actor.Allows(ReadRoles(), {community->path, ""})) {
    return Error::NotFoundField("?community_id", fmt::format("no community {}", community_id));
  }
  std::vector<Partner> out;
  for (const auto& r : c.Query(kUnits, {community_id})) {
    out.push_back(UnitOf(c, community_id, r.Int(0), r.Text(1)));
  }
  for (const auto& r : c.Query(kProviders, {community_id})) {
    out.push_back(ProviderOf(c, community_id, r.Int(0), r.Text(1), r.OptText(2)));
  }
  return out;
}

std::vector<Suggestion> SuggestPartners(store::Connection& c, const AppealsConfig& config,
                                        int64_t community_id, std::string_view category) {
  const AppealCategory* cat = CategoryOf(config, category);
  const std::string cat_name = cat ? cat->name : std::string(category);
  std::vector<Suggestion> out;
  for (const auto& r : c.Query(kForCategory, {community_id, std::string(category)})) {
    const std::string kind = r.Text(0);
    const std::string name = r.IsNull(2) ? std::string() : r.Text(2);
    out.push_back({kind, r.Int(1), kind, name,
                   fmt::format("{} {} takes {} appeals in this community",
                               kind == "unit" ? "co-building unit" : "provider", name, cat_name),
                   std::nullopt, std::nullopt});
  }
  return out;
}

}  // namespace linli::appeals
