#include "modules/report_in/hours.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace linli::report_in {
namespace {

TEST(ServiceHours, QuarterHoursUpToADay) {
  struct Case {
    const char* json;
    std::optional<int64_t> minutes;
  } cases[] = {
      {"2", 120},
      {"1.5", 90},
      {"0.25", 15},
      {"24", 1440},
      {"2.0", 120},
      {"0", std::nullopt},
      {"-1", std::nullopt},
      {"24.25", std::nullopt},
      {"0.1", std::nullopt},
      {"1.3", std::nullopt},
      {"\"2\"", std::nullopt},
      {"null", std::nullopt},
      {"true", std::nullopt},
      {"1e300", std::nullopt},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(MinutesOfHours(boost::json::parse(c.json)), c.minutes) << c.json;
  }
}

TEST(ServiceHours, ShownAsHours) {
  EXPECT_DOUBLE_EQ(HoursOf(75), 1.25);
  EXPECT_DOUBLE_EQ(HoursOf(0), 0.0);
}

}  // namespace
}  // namespace linli::report_in
