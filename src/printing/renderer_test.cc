#include "printing/renderer.h"

#include <gtest/gtest.h>

#include "printing/templates.h"

namespace linli::printing {
namespace {

Renderer Of(std::map<std::string, std::string, std::less<>> templates) {
  return Renderer(std::move(templates));
}

TEST(PrintRenderer, EscapesEveryMarkupCharacter) {
  EXPECT_EQ(Escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(Escape("报到回执卡"), "报到回执卡");
}

TEST(PrintRenderer, EscapingIsOnByDefault) {
  const Renderer r = Of({{"t/one", "<p>{{v}}</p>"}});
  auto out = r.Render("t/one", {{"v", "<script>alert('x')</script>"}});
  ASSERT_TRUE(out) << out.error().detail;
  EXPECT_EQ(*out, "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>");
}

TEST(PrintRenderer, RefusesEveryWayToWriteAValueUnescaped) {
  const std::string evil = "<script>";
  for (const std::string text : {"{{{v}}}", "{{&v}}", "{{=<% %>=}}<%&v%>"}) {
    const Renderer r = Of({{"t/raw", text}, {"t/outer", "{{> t/raw}}"}});
    EXPECT_FALSE(r.Render("t/raw", {{"v", evil}})) << text;
    auto nested = r.Render("t/outer", {{"v", evil}});
    ASSERT_FALSE(nested) << text << " through a partial gave " << *nested;
    EXPECT_EQ(nested.error().code, Code::kInternal);
  }
}

TEST(PrintRenderer, AMissingTemplateIsAnErrorNotACrash) {
  const Renderer r = Of({{"t/uses", "a{{> t/gone}}b"}});
  auto none = r.Render("t/nothing", {});
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code, Code::kInternal);
  EXPECT_NE(none.error().detail.find("t/nothing"), std::string::npos);
  auto partial = r.Render("t/uses", {});
  ASSERT_FALSE(partial);
  EXPECT_NE(partial.error().detail.find("t/gone"), std::string::npos);
}

TEST(PrintRenderer, ABrokenTemplateIsAnError) {
  const Renderer r = Of({{"t/open", "{{#rows}}never closed"}, {"t/via", "{{> t/open}}"}});
  EXPECT_FALSE(r.Render("t/open", {}));
  EXPECT_FALSE(r.Render("t/via", {}));
}

TEST(PrintRenderer, PartialsSeeTheDataAndNest) {
  const Renderer r = Of({{"t/page", "[{{> form}}]"},
                         {"t/form", "{{#rows}}{{> t/row}}{{/rows}}"},
                         {"t/row", "<{{label}}={{value}}{{> t/mark}}>"},
                         {"t/mark", "{{#last}}!{{/last}}"}});
  boost::json::object data{{"rows", boost::json::array{{{"label", "甲"}, {"value", "<1>"}},
                                                       {{"label", "乙"}, {"value", 2}}}},
                           {"last", true}};
  auto out = r.Render("t/page", data, "t/form");
  ASSERT_TRUE(out) << out.error().detail;
  EXPECT_EQ(*out, "[<甲=&lt;1&gt;!><乙=2!>]");
  // Without a form named, {{> form}} is a missing partial.
  EXPECT_FALSE(r.Render("t/page", data));
}

TEST(PrintRenderer, NullAndFalseHideASectionAndShowItsInverse) {
  const Renderer r = Of({{"t/s", "{{#d}}on {{d}}{{/d}}{{^d}}年　月　日{{/d}}"}});
  EXPECT_EQ(*r.Render("t/s", {{"d", nullptr}}), "年　月　日");
  EXPECT_EQ(*r.Render("t/s", {{"d", false}}), "年　月　日");
  EXPECT_EQ(*r.Render("t/s", {{"d", "2026-12-07"}}), "on 2026-12-07");
}

// Every template of the binary parses, escapes, and finds the partials it names; the page
// shell with each form inside it.
TEST(PrintRenderer, EveryEmbeddedTemplateRenders) {
  const Renderer& r = Renderer::Embedded();
  ASSERT_NE(r.Find("printing/page"), nullptr);
  ASSERT_GE(FormTemplates().size(), 8U);
  for (const Template& t : FormTemplates()) {
    const std::string key = std::string(t.owner) + "/" + std::string(t.name);
    ASSERT_NE(r.Find(key), nullptr) << key;
    for (std::string_view tag : {"{{{", "{{&", "{{="}) {
      EXPECT_EQ(t.text.find(tag), std::string_view::npos) << key << " uses " << tag;
    }
    if (key == "printing/page") continue;
    auto alone = r.Render(key, {});
    EXPECT_TRUE(alone) << key << ": " << alone.error().detail;
    auto paged = r.Render("printing/page", {{"title", "t"}}, key);
    EXPECT_TRUE(paged) << key << ": " << paged.error().detail;
  }
}

}  // namespace
}  // namespace linli::printing
