#include "modules/report_in/answers.h"

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include "core/clock.h"

namespace linli::report_in {
namespace {

TEST(ReportInAnswers, WorkUnitKeepsItsMembersAndTheirOrder) {
  const WorkUnit u{4, "区卫健委", "government", 9, "区卫健委党支部", "1.9", "1.", 1000, 2000};
  EXPECT_EQ(
      shape::JsonOf(AnswerOf(u)),
      R"({"id":4,"name":"区卫健委","kind":"government","org":{"id":9,"name":"区卫健委党支部",)"
      R"("path":"1.9"},"created_at":")" +
          FormatTime(1000) + R"(","updated_at":")" + FormatTime(2000) + R"("})");
}

TEST(ReportInAnswers, AUnitReportInHasNoMember) {
  ReportInView v;
  v.report_in.kind = "unit";
  v.report_in.status = "submitted";
  const auto j = boost::json::parse(shape::JsonOf(AnswerOf(v)));
  EXPECT_TRUE(j.at("member").is_null());
  EXPECT_TRUE(j.at("resides_in_community").is_null());
  EXPECT_TRUE(j.at("decided_at").is_null());
}

TEST(ReportInAnswers, ServicePageAddsTheHoursAfterThePage) {
  ServiceRecordPage p;
  p.page = 1;
  p.per_page = 50;
  p.total = 0;
  p.hours = 2.5;
  EXPECT_EQ(shape::JsonOf(p), R"({"items":[],"page":1,"per_page":50,"total":0,"hours":2.5})");
}

TEST(ReportInAnswers, EveryFigureLinksTheRowsBehindIt) {
  Figures f;
  f.area_id = 3;
  f.year = 2026;
  f.communities.push_back({5, "灵峰社区", {}});
  const auto j = boost::json::parse(shape::JsonOf(AnswerOf(f)));
  EXPECT_EQ(j.at("period").at("to").as_string(), "2026-12-31");
  const auto& links = j.at("communities").at(0).at("figures").at("links");
  EXPECT_EQ(links.at("confirmed").as_string(),
            "/api/v1/report-ins?community_id=5&kind=member&as_of=2026-12-31&status=confirmed");
  EXPECT_EQ(j.at("totals").at("links").at("sheets_sent").as_string(),
            "/api/v1/feedback-sheets?area_id=3&year=2026&sent=true");
}

}  // namespace
}  // namespace linli::report_in
