// The yearly member appraisal (民主评议党员) of a branch and its outcome per member.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/orgs/org.h"
#include "modules/people/person.h"
#include "store/database.h"

namespace linli::org_life {

struct AppraisalOutcome {
  people::Person person;
  std::string outcome;  // excellent | qualified | basically_qualified | unqualified
  std::optional<std::string> note;
};

struct Appraisal {
  int64_t id = 0;
  orgs::Org org;
  int64_t year = 0;
  int64_t meeting_id = 0;
  std::string held_on;
  std::vector<AppraisalOutcome> results;  // by name
  int64_t created_at = 0;
};

std::optional<Appraisal> LoadAppraisal(store::Connection& c, int64_t id);
// The id of the appraisal an organisation held in `year`, if any.
std::optional<int64_t> AppraisalIdOf(store::Connection& c, int64_t org_id, int64_t year);

}  // namespace linli::org_life
