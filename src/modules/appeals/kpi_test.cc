#include "modules/appeals/kpi.h"

#include <algorithm>
#include <set>
#include <string>

#include <gtest/gtest.h>

namespace linli::appeals::kpi {
namespace {

Counts Make(std::initializer_list<std::pair<Metric, int64_t>> values) {
  Counts c{};
  for (const auto& [m, n] : values) c[static_cast<size_t>(m)] = n;
  return c;
}

TEST(AppealKpi, RatioIsNullWithNothingCounted) {
  struct Case {
    int64_t num, den;
    std::optional<double> rate;
  } cases[] = {{0, 0, std::nullopt}, {3, 0, std::nullopt}, {0, 4, 0.0}, {3, 4, 0.75}, {5, 5, 1.0}};
  for (const auto& c : cases) {
    const Ratio r = RatioOf(c.num, c.den);
    EXPECT_EQ(r.numerator, c.num);
    EXPECT_EQ(r.denominator, c.den);
    EXPECT_EQ(r.rate, c.rate) << c.num << "/" << c.den;
  }
}

// Each figure takes the numerator and denominator kpi.h names, and no other count.
TEST(AppealKpi, FiguresTakeTheirDefinedCounts) {
  const Counts counts = Make({{Metric::kReceived, 10},
                              {Metric::kRespondedInTime, 7},
                              {Metric::kOnSiteClocked, 4},
                              {Metric::kOnSiteInTime, 3},
                              {Metric::kResolutionBase, 8},
                              {Metric::kResolved, 6},
                              {Metric::kRated, 5},
                              {Metric::kSatisfied, 2},
                              {Metric::kBasicallySatisfied, 2},
                              {Metric::kNotSatisfied, 1},
                              {Metric::kSatisfiedOrBasically, 4}});
  const Figures f = FiguresOf(counts);
  struct Case {
    std::string name;
    Ratio got;
    int64_t num, den;
  } cases[] = {
      {"response", f.response, 7, 10},
      {"on-site", f.on_site, 3, 4},
      {"resolution", f.resolution, 6, 8},
      {"satisfaction", f.satisfaction, 4, 5},
      {"strict satisfaction", f.strict_satisfaction, 2, 5},
  };
  EXPECT_EQ(f.received, 10);
  for (const auto& c : cases) {
    EXPECT_EQ(c.got.numerator, c.num) << c.name;
    EXPECT_EQ(c.got.denominator, c.den) << c.name;
    ASSERT_TRUE(c.got.rate.has_value()) << c.name;
    EXPECT_DOUBLE_EQ(*c.got.rate, static_cast<double>(c.num) / static_cast<double>(c.den))
        << c.name;
  }
}

TEST(AppealKpi, EmptyCohortHasNoRates) {
  const Figures f = FiguresOf(Counts{});
  EXPECT_EQ(f.received, 0);
  for (const Ratio& r : {f.response, f.on_site, f.resolution, f.satisfaction}) {
    EXPECT_FALSE(r.rate.has_value());
  }
}

TEST(AppealKpi, MetricsAreInOrderWithUniqueNames) {
  std::set<std::string_view> names;
  for (size_t i = 0; i < kMetricCount; ++i) {
    const MetricDef& d = Metrics()[i];
    EXPECT_EQ(static_cast<size_t>(d.metric), i) << d.name;
    EXPECT_FALSE(d.condition.empty()) << d.name;
    EXPECT_TRUE(names.insert(d.name).second) << d.name;
    EXPECT_EQ(FromName(d.name), d.metric);
  }
  EXPECT_EQ(Names().size(), kMetricCount);
  EXPECT_EQ(FromName("padded"), std::nullopt);
}

// "Overdue now" is a counter like the others: its condition is the list's ?overdue=true text,
// word for word, so the figure and the list it links to cannot drift apart.
TEST(AppealKpi, OverdueOpenIsTheOverdueListCondition) {
  ASSERT_EQ(FromName("overdue_open"), Metric::kOverdueOpen);
  EXPECT_EQ(Def(Metric::kOverdueOpen).name, "overdue_open");
  EXPECT_EQ(Def(Metric::kOverdueOpen).condition, kOverdueCondition);
  const auto names = Names();
  EXPECT_NE(std::find(names.begin(), names.end(), "overdue_open"), names.end());
}

// The cohort figures ignore overdue_open: it is reported apart, summed over every period.
TEST(AppealKpi, OverdueOpenTakesNoPartInTheCohortFigures) {
  const Counts base = Make({{Metric::kReceived, 4},
                            {Metric::kRespondedInTime, 2},
                            {Metric::kResolutionBase, 4},
                            {Metric::kResolved, 1}});
  Counts overdue = base;
  overdue[static_cast<size_t>(Metric::kOverdueOpen)] = 3;
  const Figures a = FiguresOf(base);
  const Figures b = FiguresOf(overdue);
  EXPECT_EQ(a.received, b.received);
  for (const auto& [x, y] : {std::pair{a.response, b.response},
                             {a.on_site, b.on_site},
                             {a.resolution, b.resolution},
                             {a.satisfaction, b.satisfaction}}) {
    EXPECT_EQ(x.numerator, y.numerator);
    EXPECT_EQ(x.denominator, y.denominator);
  }
}

}  // namespace
}  // namespace linli::appeals::kpi
