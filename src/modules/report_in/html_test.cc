#include "modules/report_in/html.h"

#include <gtest/gtest.h>

namespace linli::report_in {
namespace {

TEST(PrintHtml, EscapesEveryMarkupCharacter) {
  EXPECT_EQ(Escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(Escape("报到回执卡"), "报到回执卡");
}

TEST(PrintHtml, EveryValueOfThePageIsEscaped) {
  const std::string evil = "<script>alert(1)</script>";
  PrintPage p{evil, evil, {{evil, evil}}, {evil}, {{evil}}, {{evil, evil}}, evil};
  const std::string html = Render(p);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0U);
}

TEST(PrintHtml, ResponseForbidsEverythingButItsStyle) {
  const http::Response r = HtmlResponse({"报到回执卡", "", {}, {}, {}, {}, ""});
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  ASSERT_EQ(r.headers.size(), 1U);
  EXPECT_EQ(r.headers[0].first, "Content-Security-Policy");
  EXPECT_NE(r.headers[0].second.find("default-src 'none'"), std::string::npos);
  EXPECT_NE(r.body.find("<title>报到回执卡</title>"), std::string::npos);
}

}  // namespace
}  // namespace linli::report_in
