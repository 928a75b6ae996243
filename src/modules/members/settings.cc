#include "modules/members/settings.h"

namespace linli::members {
namespace {

using settings::Number;

settings::Section<DuesBracket> BracketSection() {
  return {
      "bracket",
      "Monthly income up to up_to_fen (0: no upper limit) pays rate_bp basis points of it.",
      {Number("up_to_fen", &DuesBracket::up_to_fen, "upper limit of the income, in fen"),
       Number("rate_bp", &DuesBracket::rate_bp, "basis points (1/10000) of the income", 0, 10000)}};
}

// Every bracket but the last has a rising upper limit; the last has none (0).
void CheckBrackets(const std::vector<DuesBracket>& brackets, const std::string& where,
                   settings::Errors& errors) {
  for (size_t i = 0; i < brackets.size(); ++i) {
    const bool last = i + 1 == brackets.size();
    const bool rises = i == 0 || last || brackets[i].up_to_fen > brackets[i - 1].up_to_fen;
    if (last != (brackets[i].up_to_fen == 0) || !rises) {
      errors.push_back(where + "[" + std::to_string(i) +
                       "]: upper limits must rise, and only the last bracket has none (0)");
    }
  }
}

}  // namespace

settings::Section<MembersRules> MembersRulesSection() {
  using R = MembersRules;
  return {
      "members_rules",
      "Probation, the letter a transfer needs, and the dues brackets (lists given replace "
      "the defaults).",
      {Number("probation_months", &R::probation_months,
              "months of probation before full membership", 1),
       Number("no_letter_max_months", &R::no_letter_max_months, "months away that need no letter"),
       Number("certificate_max_months", &R::certificate_max_months,
              "months away that need a certificate letter; longer needs a transfer"),
       settings::List("in_service", &R::in_service, BracketSection(),
                      "in-service members, by after-tax monthly income"),
       settings::List("retired", &R::retired, BracketSection(),
                      "retired members, by monthly pension"),
       Number("flat_fen", &R::flat_fen,
              "monthly dues of students and allowance recipients, in fen")},
      [](MembersRules& r, const std::string& where, settings::Errors& errors) {
        if (r.certificate_max_months < r.no_letter_max_months) {
          errors.push_back(where + ".certificate_max_months must be at least no_letter_max_months");
        }
        CheckBrackets(r.in_service, where + ".in_service", errors);
        CheckBrackets(r.retired, where + ".retired", errors);
      }};
}

}  // namespace linli::members
