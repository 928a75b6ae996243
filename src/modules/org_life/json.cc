#include "modules/org_life/json.h"

#include <cstdint>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/value.hpp>

#include "modules/org_life/coverage.h"
#include "modules/people/person.h"

namespace linli::org_life {

namespace {

boost::json::value Ids(const std::vector<int64_t>& ids) {
  boost::json::array a;
  for (int64_t id : ids) a.push_back(id);
  return a;
}

boost::json::object SlotJson(const Slot& sl) {
  return {{"period", sl.period.key},
          {"first_day", sl.period.first_day},
          {"last_day", sl.period.last_day},
          {"status", SlotStatusName(sl.status)},
          {"meeting_id", sl.valid_meetings.empty() ? boost::json::value(nullptr)
                                                   : boost::json::value(sl.valid_meetings.front())},
          {"valid_meetings", Ids(sl.valid_meetings)},
          {"invalid_meetings", Ids(sl.invalid_meetings)}};
}

}  // namespace

boost::json::object PlanJson(const Plan& p) {
  boost::json::array kinds;
  for (const auto& k : p.kinds) {
    boost::json::array slots;
    for (const auto& sl : k.slots) slots.push_back(SlotJson(sl));
    kinds.push_back({{"kind", k.kind}, {"months", k.months}, {"periods", std::move(slots)}});
  }
  return {{"org", {{"id", p.org.id}, {"kind", p.org.kind}, {"name", p.org.name}}},
          {"year", p.year},
          {"as_of", p.today},
          {"full_members", p.full_members},
          {"has_committee", p.has_committee},
          {"kinds", std::move(kinds)}};
}

boost::json::object CoverageJson(const Coverage& cov) {
  boost::json::array orgs_json;
  for (const auto& o : cov.orgs) {
    int held = 0;
    int open = 0;
    boost::json::array missed;
    for (const auto& sl : cov.slots) {
      if (sl.org_id != o.id) continue;
      if (sl.status == SlotStatus::kHeld) ++held;
      if (sl.status == SlotStatus::kOpen) ++open;
      if (sl.status != SlotStatus::kMissed) continue;
      boost::json::object m = SlotJson(sl);
      m["kind"] = sl.kind;
      missed.push_back(std::move(m));
    }
    const int owed = held + static_cast<int>(missed.size());
    orgs_json.push_back({{"id", o.id},
                         {"kind", o.kind},
                         {"name", o.name},
                         {"path", o.path},
                         {"owed", owed},
                         {"held", held},
                         {"open", open},
                         {"missed", std::move(missed)}});
  }
  boost::json::array members;
  for (const auto& m : cov.members) {
    boost::json::array missed;
    for (const auto& ms : m.coverage.slots) {
      if (ms.outcome != Outcome::kAbsent && ms.outcome != Outcome::kNotHeld) continue;
      const Slot& sl = cov.slots[ms.slot];
      missed.push_back({{"org_id", sl.org_id},
                        {"kind", sl.kind},
                        {"period", sl.period.key},
                        {"outcome", OutcomeName(ms.outcome)},
                        {"meeting_id", ms.meeting_id ? boost::json::value(*ms.meeting_id)
                                                     : boost::json::value(nullptr)}});
    }
    members.push_back({{"person", people::ToJson(m.person)},
                       {"org_id", m.org_id},
                       {"required", m.coverage.Required()},
                       {"attended", m.coverage.attended},
                       {"excused", m.coverage.excused},
                       {"absent", m.coverage.absent},
                       {"not_held", m.coverage.not_held},
                       {"missed", m.coverage.Missed()},
                       {"complete", m.coverage.Complete()},
                       {"misses", std::move(missed)}});
  }
  const size_t measured = cov.share.Measured();
  return {{"from", cov.from},
          {"to", cov.to},
          {"as_of", cov.today},
          {"organisations", std::move(orgs_json)},
          {"members", std::move(members)},
          {"share",
           {{"complete", cov.share.complete.size()},
            {"measured", measured},
            {"ratio", measured == 0
                          ? boost::json::value(nullptr)
                          : boost::json::value(static_cast<double>(cov.share.complete.size()) /
                                               static_cast<double>(measured))},
            {"complete_ids", Ids(cov.share.complete)},
            {"incomplete_ids", Ids(cov.share.incomplete)},
            {"unmeasured_ids", Ids(cov.share.unmeasured)}}}};
}

}  // namespace linli::org_life
