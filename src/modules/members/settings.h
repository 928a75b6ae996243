// The members module's settings, config.json section "members_rules" (DOMAIN.md part 4): the
// probationary period, which letter a membership transfer needs by the months the member will
// be away, and the dues brackets (中组部 2008 rules).
#pragma once

#include <cstdint>
#include <vector>

#include "core/settings.h"

namespace linli::members {

// One dues bracket (党费): a member whose monthly income is at most `up_to_fen` (0: no upper
// limit) pays `rate_bp` basis points (1/10000) of the whole income. Brackets are listed from the
// lowest up; the first that holds the income applies.
struct DuesBracket {
  int64_t up_to_fen = 0;
  int64_t rate_bp = 0;
};

struct MembersRules {
  int probation_months = 12;       // 预备期: full membership no sooner than this after admission
  int no_letter_max_months = 3;    // away at most this long: no letter
  int certificate_max_months = 6;  // at most this long: a certificate letter; longer: a transfer
  // In-service members, after-tax monthly income: up to 3000 yuan 0.5%, up to 5000 1%, up to
  // 10000 1.5%, above 2%.
  std::vector<DuesBracket> in_service = {{300000, 50}, {500000, 100}, {1000000, 150}, {0, 200}};
  // Retired members, monthly pension: up to 5000 yuan 0.5%, above 1%.
  std::vector<DuesBracket> retired = {{500000, 50}, {0, 100}};
  int64_t flat_fen = 20;  // students and allowance recipients: 0.2 yuan a month
};

settings::Section<MembersRules> MembersRulesSection();

}  // namespace linli::members
