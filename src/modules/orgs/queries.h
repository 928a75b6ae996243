// Read side of the orgs module; every query is filtered by the actor's scope.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/orgs/formation.h"
#include "modules/orgs/org.h"
#include "modules/orgs/settings.h"
#include "store/database.h"
#include "store/page.h"

namespace linli::orgs {

// An organisation the actor may read; a 404 naming "<what> <id>" otherwise, so that
// organisations outside one's scope are not revealed to exist.
Result<Org> VisibleOrg(store::Connection& c, const auth::Actor& actor, int64_t id,
                       std::string_view what = "party organisation");

struct OrgFilter {
  std::optional<int64_t> parent_id;
  std::optional<int64_t> area_id;  // organisations sitting in this area or below it
  std::optional<std::string> kind;
  std::optional<std::string> q;  // part of the name
};

struct OrgPage {
  std::vector<Org> items;
  int64_t total = 0;
};

// A filter naming an unknown area is a 400 naming ?area_id.
Result<OrgPage> ListOrgs(store::Connection& c, const auth::Actor& actor, const OrgFilter& f,
                         const store::Page& page);

struct OrgView {
  Org org;
  std::vector<Org> ancestors;  // root first
  MemberCounts direct;         // members held by the organisation itself
  MemberCounts subtree;        // ... and by every organisation below it
};
Result<OrgView> GetOrg(store::Connection& c, const auth::Actor& actor, int64_t id);

// The organisation and those below it that the actor's scope covers, in path order; at most
// `limit` rows (truncated is then true).
struct Subtree {
  std::vector<Org> items;
  bool truncated = false;
};
Result<Subtree> GetSubtree(store::Connection& c, const auth::Actor& actor, int64_t id,
                           int64_t limit);

// The formation rules applied to the figures counted now from party_members rows.
struct ChecksReport {
  Org org;
  MemberCounts counts;       // of the whole subtree
  int64_t orgs_counted = 0;  // organisations whose members the counts include
  std::vector<FormationCheck> checks;
};
Result<ChecksReport> GetChecks(store::Connection& c, const auth::Actor& actor, int64_t id,
                               const OrgRules& rules);

}  // namespace linli::orgs
