#include "modules/appeals/kpi.h"

#include <algorithm>

namespace linli::appeals::kpi {
namespace {

// clang-format off
constexpr std::array<MetricDef, kMetricCount> kMetrics = {{
    {Metric::kReceived, "received", "1"},
    {Metric::kRespondedInTime, "responded_in_time",
     "EXISTS (SELECT 1 FROM appeal_steps s WHERE s.appeal_id = a.id AND s.from_state = 'received'"
     " AND s.to_state <> 'received' AND (a.accept_by IS NULL OR s.at <= a.accept_by))"},
    {Metric::kOnSiteClocked, "on_site_clocked", "a.on_site_by IS NOT NULL"},
    {Metric::kOnSiteInTime, "on_site_in_time",
     "a.on_site_by IS NOT NULL AND EXISTS (SELECT 1 FROM appeal_steps s WHERE s.appeal_id = a.id"
     " AND s.step = 'arrive' AND s.at <= a.on_site_by)"},
    {Metric::kResolutionBase, "resolution_base", "a.state NOT IN ('referred', 'merged')"},
    {Metric::kResolved, "resolved", "a.state IN ('resolved', 'followed_up', 'closed')"},
    {Metric::kRated, "rated", "a.rating IS NOT NULL"},
    {Metric::kSatisfied, "satisfied", "a.rating = 'satisfied'"},
    {Metric::kBasicallySatisfied, "basically_satisfied", "a.rating = 'basically_satisfied'"},
    {Metric::kNotSatisfied, "not_satisfied", "a.rating = 'not_satisfied'"},
    {Metric::kSatisfiedOrBasically, "satisfied_or_basically",
     "a.rating IN ('satisfied', 'basically_satisfied')"},
    {Metric::kOverdueOpen, "overdue_open", kOverdueCondition},
}};
// clang-format on

}  // namespace

const std::array<MetricDef, kMetricCount>& Metrics() { return kMetrics; }

const MetricDef& Def(Metric m) { return kMetrics[static_cast<size_t>(m)]; }

std::vector<std::string_view> Names() {
  std::vector<std::string_view> out;
  out.reserve(kMetrics.size());
  for (const auto& d : kMetrics) out.push_back(d.name);
  return out;
}

std::optional<Metric> FromName(std::string_view name) {
  const auto* it = std::find_if(kMetrics.begin(), kMetrics.end(),
                                [&](const MetricDef& d) { return d.name == name; });
  if (it == kMetrics.end()) return std::nullopt;
  return it->metric;
}

Ratio RatioOf(int64_t numerator, int64_t denominator) {
  Ratio r{numerator, denominator, std::nullopt};
  if (denominator > 0) r.rate = static_cast<double>(numerator) / static_cast<double>(denominator);
  return r;
}

Figures FiguresOf(const Counts& c) {
  const int64_t rated = At(c, Metric::kRated);
  return Figures{
      .received = At(c, Metric::kReceived),
      .response = RatioOf(At(c, Metric::kRespondedInTime), At(c, Metric::kReceived)),
      .on_site = RatioOf(At(c, Metric::kOnSiteInTime), At(c, Metric::kOnSiteClocked)),
      .resolution = RatioOf(At(c, Metric::kResolved), At(c, Metric::kResolutionBase)),
      .satisfaction = RatioOf(At(c, Metric::kSatisfiedOrBasically), rated),
      .strict_satisfaction = RatioOf(At(c, Metric::kSatisfied), rated),
  };
}

}  // namespace linli::appeals::kpi
