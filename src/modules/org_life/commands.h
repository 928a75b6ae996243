// One command per use case of org life. Each checks permission, applies its rules, writes in
// one transaction with its event, and returns the record as it now is. `today` is the date in
// China (core/clock.h LocalDate), passed in so the rules are testable.
#pragma once

#include <string>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/org_life/appraisal.h"
#include "modules/org_life/forms.h"
#include "modules/org_life/meeting.h"
#include "store/database.h"

namespace linli::org_life {

// Records a meeting. An organisation the caller cannot read is a 404 naming /org_id; one they
// may read but not record for, a 403. Rules (422 naming the field): the organisation holds
// meetings of the kind (kinds.h); a member appraisal is recorded through RecordAppraisal;
// held_on is not in the future; a lecturer only for a party lecture; every listed person is a
// member of the organisation or of one below it (/attendance/N/person_id). Members not listed
// are recorded absent (unless the kind binds no one: committee meetings). `valid` is computed
// (validity.h); a claim contradicting it is a 422 naming /valid.
Result<Meeting> RecordMeeting(store::Connection& c, const auth::Actor& actor, const MeetingForm& f,
                              const std::string& today);

// Corrects the topic, minutes, lecturer or attendance of a meeting, recomputing `valid`, with
// the changes in its event. Attendance may name the members on its roll or current members;
// the roll of an appraisal meeting follows its results and is not corrected here.
Result<Meeting> CorrectMeeting(store::Connection& c, const auth::Actor& actor, int64_t id,
                               const CorrectMeetingForm& f, const std::string& today);

// Records the yearly member appraisal (民主评议党员) of a branch with an outcome per member; it
// is that year's member_appraisal meeting, whose roll has the appraised present and the other
// members absent. Rules: the organisation holds appraisals (a branch; 422 /org_id); held_on is
// in `year` and not in the future; one appraisal per organisation and year (409 naming /year);
// outcomes only for members of the organisation or those below it (422
// /results/N/person_id).
Result<Appraisal> RecordAppraisal(store::Connection& c, const auth::Actor& actor,
                                  const AppraisalForm& f, const std::string& today);

}  // namespace linli::org_life
