// Read side of the disclosures module, filtered by what the actor may read (permissions.h):
// published items in the areas they hold a role in, below them and above them; withdrawn items
// only where they may write.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/disclosures/disclosure.h"
#include "store/database.h"
#include "store/page.h"

namespace linli::disclosures {

// An item the actor may read; a 404 otherwise, so that items out of reach are not revealed.
Result<Disclosure> Visible(store::Connection& c, const auth::Actor& actor, int64_t id);
// The same, read in its own transaction: the answer of GET /api/v1/disclosures/{id}.
Result<Disclosure> GetDisclosure(store::Connection& c, const auth::Actor& actor, int64_t id);

struct Filter {
  std::optional<int64_t> area_id;  // published in this area or below it
  std::optional<std::string> category;
  std::optional<std::string> mode;
  std::optional<std::string> state;  // published (the default) | withdrawn | all
};

struct DisclosurePage {
  std::vector<Disclosure> items;  // newest first
  int64_t total = 0;
};

// A filter naming an unknown area is a 400 naming ?area_id.
Result<DisclosurePage> List(store::Connection& c, const auth::Actor& actor, const Filter& f,
                            const store::Page& page);

}  // namespace linli::disclosures
