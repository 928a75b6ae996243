// Partners: the units and providers an appeal may be dispatched to besides persons
// (migrations/004_partners.sql). A co-building unit (a report_in work unit with a confirmed
// report-in to the community) is registered for the categories of appeal it takes there; a
// service provider is registered with the community, with its people (the accounts that take,
// arrive and resolve for it) and its categories. The assignee suggestions offer both by
// category (queries.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/appeals/settings.h"
#include "modules/people/person.h"
#include "store/database.h"

namespace linli::appeals {

struct PartnerForm {
  std::string kind;  // unit or provider
  int64_t community_id = 0;
  std::vector<std::string> categories;  // appeal category codes, at least one
  std::optional<int64_t> unit_id;       // kind unit
  std::optional<std::string> name;      // kind provider
  std::optional<std::string> services;  // kind provider: what it offers
  std::vector<int64_t> person_ids;      // kind provider: its people, at least one
};

// A unit or provider registered with a community.
struct Partner {
  std::string kind;  // unit or provider
  int64_t id = 0;    // the work unit's or the provider's: the assignee_id
  std::string name;
  int64_t community_id = 0;
  std::vector<std::string> categories;  // appeal category codes, in code order
  std::optional<std::string> services;  // provider: what it offers
  std::vector<int64_t> person_ids;      // provider: who acts for it
};

// One suggestion of whom to dispatch an appeal to, with the reason.
struct Suggestion {
  std::string assignee_kind;  // person, unit or provider
  int64_t assignee_id = 0;
  std::string role;                 // duty_zone_member, grid_worker, unit or provider
  std::optional<std::string> name;  // a unit's or provider's
  std::string reason;
  std::optional<int64_t> zone_id;        // duty_zone_member: the zone served
  std::optional<people::Person> person;  // assignee_kind person
};

Result<PartnerForm> ParsePartner(std::string_view body, const AppealsConfig& config);

// Registers a partner with a community (MayManagePartners), with its event. A unit registered
// again has its categories replaced. Refusals: 404 naming /community_id, /unit_id or
// /person_ids/i for what does not exist or is out of scope; 422 naming /unit_id for a unit
// without a confirmed report-in to the community; 409 naming /name for a provider name the
// community already has.
Result<Partner> RegisterPartner(store::Connection& c, const auth::Actor& actor,
                                const PartnerForm& f);

// The units and providers registered with a community, for those who may read its appeals.
Result<std::vector<Partner>> ListPartners(store::Connection& c, const auth::Actor& actor,
                                          int64_t community_id);

// Suggestions of units and providers for an appeal of `category` in the community at
// `community_id`, units first.
std::vector<Suggestion> SuggestPartners(store::Connection& c, const AppealsConfig& config,
                                        int64_t community_id, std::string_view category);

}  // namespace linli::appeals
