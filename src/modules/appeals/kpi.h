// The appeal KPIs, defined once. Every figure is about a cohort: the appeals received (created)
// in the period, placed in the area or below it; a day is a calendar day in China Standard Time.
// Each counted set is a SQL condition over one appeal row `a` (Condition below); the same text
// serves the stored counters, their recomputation by `linli verify` and the appeals list filter
// `?kpi=` that the figures link to, so a figure and its list cannot drift apart.
//
//   received            every appeal of the cohort.
//   responded_in_time   its first step out of "received" (accept, or refer/escalate/merge/
//                       close_unresolved, each an answer to the resident) came at or before
//                       accept_by; with no accept clock any answer is in time.
//   response rate       responded_in_time / received. An appeal not yet answered counts in the
//                       denominator and not the numerator: unanswered is not in time yet.
//   on_site_clocked     its category has an on-site clock (on_site_by set).
//   on_site_in_time     on_site_clocked, and an "arrive" step at or before on_site_by.
//   on-site rate        on_site_in_time / on_site_clocked.
//   resolution_base     not referred and not merged: referred appeals are someone else's, a
//                       merged one is counted in the appeal it follows. closed_unresolved stays
//                       in (a failure), and so do appeals still in hand.
//   resolved            now resolved, followed_up or closed (closing needs a fix first); an
//                       appeal reopened after a bad rating is not resolved until fixed again.
//   resolution rate     resolved / resolution_base.
//   rated               the resident rated it (the latest rating counts).
//   satisfied, basically_satisfied, not_satisfied: by that rating.
//   satisfaction rate   (satisfied + basically_satisfied) / rated; the strict rate
//                       satisfied / rated is reported beside it.
//   overdue_open        still open (received ... escalated) with a deadline missed
//                       (kOverdueCondition): per cohort, the appeals of that cohort open now and
//                       overdue. Summed over every period it is "overdue now": the appeals of the
//                       area open with a deadline missed at the time of the query, whenever they
//                       were received; the same set as the list's ?overdue=true. Kept like the
//                       others: the scheduler raising a missed deadline and every step out of the
//                       open states update it in their own transaction.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace linli::appeals::kpi {

// The counted sets, in the order of kMetrics.
enum class Metric {
  kReceived,
  kRespondedInTime,
  kOnSiteClocked,
  kOnSiteInTime,
  kResolutionBase,
  kResolved,
  kRated,
  kSatisfied,
  kBasicallySatisfied,
  kNotSatisfied,
  kSatisfiedOrBasically,
  kOverdueOpen,
};
inline constexpr size_t kMetricCount = 12;

struct MetricDef {
  Metric metric;
  std::string_view name;       // as stored, and as the list's ?kpi= value
  std::string_view condition;  // SQL over the appeal row `a`: true when it is in the set
};

// Every metric with its definition.
const std::array<MetricDef, kMetricCount>& Metrics();
const MetricDef& Def(Metric m);
// The names of Metrics(), in order (the values of the list's ?kpi=).
std::vector<std::string_view> Names();
// The metric named `name`; nullopt when there is none.
std::optional<Metric> FromName(std::string_view name);

// One count per metric, for a cohort (or for one appeal: each 0 or 1).
using Counts = std::array<int64_t, kMetricCount>;
inline int64_t At(const Counts& c, Metric m) { return c[static_cast<size_t>(m)]; }

// A figure: numerator over denominator. The rate is nullopt when nothing is counted.
struct Ratio {
  int64_t numerator = 0;
  int64_t denominator = 0;
  std::optional<double> rate;
};
Ratio RatioOf(int64_t numerator, int64_t denominator);

// The figures of a cohort, as defined above.
struct Figures {
  int64_t received = 0;
  Ratio response;
  Ratio on_site;
  Ratio resolution;
  Ratio satisfaction;         // satisfied + basically_satisfied over rated
  Ratio strict_satisfaction;  // satisfied over rated
};
Figures FiguresOf(const Counts& c);

// The appeals still open with a deadline missed (the list's ?overdue=true, and the condition of
// Metric::kOverdueOpen).
inline constexpr std::string_view kOverdueCondition =
    "a.overdue_at IS NOT NULL AND a.state IN "
    "('received', 'accepted', 'dispatched', 'taken', 'on_site', 'escalated')";

}  // namespace linli::appeals::kpi
