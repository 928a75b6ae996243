#include "modules/org_life/settings.h"

namespace linli::org_life {
namespace {

using R = OrgLifeRules;

// A meeting's period in months: 1, 2, 3, 4, 6 or 12.
settings::Key<R> Months(std::string_view name, int R::*member, std::string_view doc) {
  settings::Key<R> k = settings::Number(name, member, doc, 1, 12);
  k.read = [member, read = k.read](const boost::json::value& v, R& r, const std::string& where,
                                   settings::Errors& errors) {
    const size_t before = errors.size();
    read(v, r, where, errors);
    if (errors.size() == before && 12 % (r.*member) != 0)
      errors.push_back(where + " must be 1, 2, 3, 4, 6 or 12");
  };
  return k;
}

}  // namespace

settings::Section<OrgLifeRules> OrgLifeRulesSection() {
  return {"org_life_rules",
          "三会一课: how often each kind of meeting is due, in months (1, 2, 3, 4, 6 or 12).",
          {Months("general_meeting_months", &R::general_meeting_months, "支部党员大会"),
           Months("committee_meeting_months", &R::committee_meeting_months, "支委会"),
           Months("group_meeting_months", &R::group_meeting_months, "党小组会"),
           Months("party_lecture_months", &R::party_lecture_months, "党课"),
           Months("theme_day_months", &R::theme_day_months, "主题党日"),
           Months("life_review_months", &R::life_review_months, "组织生活会"),
           Months("member_appraisal_months", &R::member_appraisal_months, "民主评议党员"),
           settings::Number("branch_committee_min_full", &R::branch_committee_min_full,
                            "full members from which a branch elects a committee", 1)}};
}

}  // namespace linli::org_life
