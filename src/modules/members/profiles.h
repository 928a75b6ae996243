// Commands on a member's profile: recording the party career and the in-service and mobile
// details (member_profiles), and the conversion of a probationary member to full (转正).
#pragma once

#include <cstdint>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/members/forms.h"
#include "modules/members/member.h"
#include "modules/members/settings.h"
#include "store/database.h"

namespace linli::members {

// Records what the form gives (a null clears it). Rules: the managers of the member's
// organisation (404 when unseen, 403 otherwise); no date in the future (422 naming it);
// applied_on <= admitted_on <= full_on (422 naming the later one); full_on only for a full
// member (422 /full_on; a probationary member is converted instead) and no sooner than
// probation_months after admission (422 /full_on); a mobile member has a whereabouts (422
// /mobile_to); the work unit exists (404 /unit_id). The admission date is the membership's
// (orgs' joined_on) and is changed there, with its own event. Appends "member_profile.update"
// with what changed; nothing changed, nothing written.
Result<MemberView> UpdateProfile(store::Connection& c, const auth::Actor& actor,
                                 const MembersRules& rules, int64_t person_id,
                                 const ProfileForm& f);

// Converts a probationary member to full on `full_on` (409 when already full): the admission
// date must be known (422 /full_on), full_on no sooner than probation_months after it and not
// in the future (422 /full_on). Changes the membership's status through orgs and records
// full_on; appends "member.convert".
Result<MemberView> Convert(store::Connection& c, const auth::Actor& actor,
                           const MembersRules& rules, int64_t person_id, const ConvertForm& f);

}  // namespace linli::members
