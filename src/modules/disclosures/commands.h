// Use cases of disclosures. Each checks permission on the area, validates its rules, writes in
// one transaction with its event, and returns the item as it now is.
#pragma once

#include "auth/actor.h"
#include "core/result.h"
#include "modules/disclosures/disclosure.h"
#include "modules/disclosures/forms.h"
#include "store/database.h"

namespace linli::disclosures {

// Publishes an item in an area. Rules: the area is one the caller may see (404 naming
// /area_id), a community or an area above it (422 /area_id), where the caller may write (403);
// a periodic item names its period and an ad-hoc one none (422 /period); finances are
// disclosed periodically (422 /mode), by the month or the quarter (422 /period).
Result<Disclosure> Publish(store::Connection& c, const auth::Actor& actor, const PublishForm& f);

// Withdraws a published item with the reason (it stays, marked withdrawn; 409 when it already
// is); 404 when the caller may not read it, 403 when they may read but not write.
Result<Disclosure> Withdraw(store::Connection& c, const auth::Actor& actor, int64_t id,
                            const WithdrawForm& f);

}  // namespace linli::disclosures
