// One command per use case: intake, and one per step of flow.h. Each checks permission and the
// flow table, writes in one transaction with its timeline row and its event, and returns the
// appeal as it now is. A refusal changes nothing.
#pragma once

#include <functional>
#include <string_view>

#include "auth/actor.h"
#include "core/crypto.h"
#include "core/result.h"
#include "modules/appeals/appeal.h"
#include "modules/appeals/forms.h"
#include "modules/appeals/photos.h"
#include "modules/appeals/settings.h"
#include "store/database.h"

namespace linli::appeals {

// What every command needs besides the actor and the form.
struct Context {
  store::Connection& c;
  const Crypto& crypto;
  const AppealsConfig& config;
  // Wakes the scheduler; passed to WhenCommitted after a commit that added or moved a deadline,
  // so that the scheduler reads the new deadlines. May be empty.
  std::function<void()> wake;
  PhotoStore photos = {};  // where photos are kept (photos.h)
};

// Intake. A resident raises their own appeal online, on a place in the community they live in;
// a worker raises one on a resident's behalf (resident_id, or a name and phone: a person
// already on record with that phone and name is reused, else entered once) through any other
// channel. The clocks of the category start now. Photos uploaded by the actor may be attached
// (photos.h).
Result<Appeal> RaiseAppeal(Context& ctx, const auth::Actor& actor, const IntakeForm& f);

// One step of the step table (steps.h). Refusals: 404 when the appeal is not visible; 409 naming
// the state when the step does not follow from it (out of order, or a second submission); 403 when
// the actor's role is not the party the table names; 422 for the resident's and the
// assignee's own steps taken by someone else, and for the fields each step checks.
// REQUIRES: `step` is one of Steps().
Result<Appeal> TakeStep(Context& ctx, const auth::Actor& actor, int64_t id, std::string_view step,
                        const StepForm& f);

}  // namespace linli::appeals
