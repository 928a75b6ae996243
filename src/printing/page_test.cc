#include "printing/page.h"

#include <sodium.h>

#include <gtest/gtest.h>

namespace linli::printing {
namespace {

// A form of the test's own, laid out with every shared partial.
const Renderer& TestRenderer() {
  static const Renderer kR = [] {
    std::map<std::string, std::string, std::less<>> all;
    for (const char* key :
         {"printing/page", "printing/header", "printing/rows", "printing/table",
          "printing/sections", "printing/foot", "printing/signatures", "printing/seal"}) {
      all.emplace(key, *Renderer::Embedded().Find(key));
    }
    all.emplace("t/form",
                "{{> printing/header}}{{> printing/rows}}{{> printing/table}}"
                "{{> printing/sections}}{{> printing/foot}}");
    return Renderer(std::move(all));
  }();
  return kR;
}

Form Evil() {
  const std::string evil = "<script>alert(1)</script>";
  Form f;
  f.templ = "t/form";
  f.title = f.number = f.seal = f.date = evil;
  f.rows = {{evil, evil}};
  f.table_head = {evil};
  f.table_rows = {{evil}};
  f.sections = {{evil, evil}};
  f.signatures = {evil};
  return f;
}

TEST(PrintHtml, EveryValueOfThePageIsEscaped) {
  auto html = RenderPage(Evil(), TestRenderer());
  ASSERT_TRUE(html) << html.error().detail;
  // The page's own script is the print button's; no value makes another.
  EXPECT_EQ(html->find("<script"), html->rfind("<script"));
  EXPECT_EQ(html->find("<script>alert"), std::string::npos);
  EXPECT_NE(html->find("&lt;script&gt;"), std::string::npos);
  EXPECT_EQ(html->rfind("<!DOCTYPE html>", 0), 0U);
}

TEST(PrintHtml, ThePageIsA4WithAPrintButtonThatDoesNotPrint) {
  Form f;
  f.templ = "t/form";
  f.title = "报到回执卡";
  auto html = RenderPage(f, TestRenderer());
  ASSERT_TRUE(html) << html.error().detail;
  EXPECT_NE(html->find("@page{size:A4;"), std::string::npos);
  EXPECT_NE(html->find("<button type=\"button\" class=\"print\">打印</button>"), std::string::npos);
  EXPECT_NE(html->find("@media print{"), std::string::npos);
  EXPECT_NE(html->find(".print{display:none}"), std::string::npos);
  EXPECT_NE(html->find("<h1>报到回执卡</h1>"), std::string::npos);
  // No seal named: no circle, but a date line to fill by hand; no signature lines.
  EXPECT_EQ(html->find("（盖章）"), std::string::npos);
  EXPECT_NE(html->find("年　　月　　日"), std::string::npos);
  EXPECT_EQ(html->find("（签字）"), std::string::npos);
}

TEST(PrintHtml, TheFootCarriesTheSealTheDateAndTheSignatureLines) {
  Form f;
  f.templ = "t/form";
  f.title = "t";
  f.seal = "灵峰社区党委";
  f.date = "2026-12-07";
  f.signatures = {"经办人", "社区党组织书记"};
  auto html = RenderPage(f, TestRenderer());
  ASSERT_TRUE(html) << html.error().detail;
  EXPECT_NE(html->find("<p class=\"stamp\"><span>灵峰社区党委</span><span>（盖章）</span></p>"),
            std::string::npos);
  EXPECT_NE(html->find("<p class=\"date\">2026-12-07</p>"), std::string::npos);
  EXPECT_NE(html->find("<p>经办人（签字）：<span class=\"line\"></span></p>"), std::string::npos);
  EXPECT_NE(html->find("<p>社区党组织书记（签字）："), std::string::npos);
  EXPECT_EQ(FootLine(f), "灵峰社区党委（盖章）    2026-12-07    经办人：    社区党组织书记：");
}

TEST(PrintHtml, AFormWithNoTemplateIsAnError) {
  Form f;
  f.templ = "nobody/nothing";
  auto html = RenderPage(f);
  ASSERT_FALSE(html);
  EXPECT_EQ(html.error().code, Code::kInternal);
  EXPECT_FALSE(HtmlResponse(f));
}

TEST(PrintHtml, ResponseForbidsEverythingButItsStyleAndItsButton) {
  Form f;
  f.templ = "printing/header";
  f.title = "报到回执卡";
  auto r = HtmlResponse(f);
  ASSERT_TRUE(r) << r.error().detail;
  EXPECT_EQ(r->content_type, "text/html; charset=utf-8");
  ASSERT_EQ(r->headers.size(), 1U);
  EXPECT_EQ(r->headers[0].first, "Content-Security-Policy");
  const std::string& policy = r->headers[0].second;
  EXPECT_NE(policy.find("default-src 'none'"), std::string::npos);
  EXPECT_NE(r->body.find("<title>报到回执卡</title>"), std::string::npos);
  // The one script allowed is the page's own, by its hash.
  const size_t open = r->body.find("<script>") + 8;
  const std::string script = r->body.substr(open, r->body.find("</script>") - open);
  unsigned char hash[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(script.data()), script.size());
  std::string b64(sodium_base64_ENCODED_LEN(sizeof hash, sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(b64.data(), b64.size(), hash, sizeof hash, sodium_base64_VARIANT_ORIGINAL);
  b64.resize(b64.find('\0'));
  EXPECT_NE(policy.find("script-src 'sha256-" + b64 + "';"), std::string::npos) << policy;
}

}  // namespace
}  // namespace linli::printing
