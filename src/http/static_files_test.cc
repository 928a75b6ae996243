#include "http/static_files.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "http/router.h"

namespace linli::http {
namespace {

namespace fs = std::filesystem;

std::string HeaderOf(const Response& r, std::string_view name) {
  for (const auto& [k, v] : r.headers) {
    if (k == name) return v;
  }
  return "";
}

// A dist/ folder like Vite's: index.html, a hashed asset with .br and .gz siblings, a file at
// the root without siblings, and a secret beside the folder that must never be reachable.
class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("linli-static-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "dist" / "assets");
    Write("secret.key", "top secret");
    Write("dist/index.html", "<!doctype html><title>app</title>");
    Write("dist/assets/index-abc123.js", "console.log('plain')");
    Write("dist/assets/index-abc123.js.br", "BROTLI");
    Write("dist/assets/index-abc123.js.gz", "GZIP");
    Write("dist/favicon.svg", "<svg/>");
    files_ = StaticFiles::Load((root_ / "dist").string());
  }
  void TearDown() override { fs::remove_all(root_); }

  void Write(const std::string& rel, const std::string& body) {
    std::ofstream(root_ / rel, std::ios::binary) << body;
  }

  static Request Get(std::string path, std::string accept = "*/*", std::string enc = "") {
    Request r;
    r.method = Method::kGet;
    r.path = std::move(path);
    r.headers["accept"] = std::move(accept);
    if (!enc.empty()) r.headers["accept-encoding"] = std::move(enc);
    return r;
  }

  fs::path root_;
  StaticFiles files_;
};

TEST_F(StaticFilesTest, ServesIndexWithoutCacheAndWithPolicy) {
  ASSERT_TRUE(files_.loaded());
  auto r = files_.Serve(Get("/", "text/html"));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->body, "<!doctype html><title>app</title>");
  EXPECT_EQ(r->content_type, "text/html; charset=utf-8");
  EXPECT_EQ(HeaderOf(*r, "Cache-Control"), "no-cache");
  const std::string csp = HeaderOf(*r, "Content-Security-Policy");
  EXPECT_NE(csp.find("default-src 'self'"), std::string::npos);
  EXPECT_NE(csp.find("object-src 'none'"), std::string::npos);
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_NE(csp.find("base-uri 'self'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe-eval"), std::string::npos);
}

TEST_F(StaticFilesTest, HashedAssetsAreImmutableAndNotHtmlPolicied) {
  auto r = files_.Serve(Get("/assets/index-abc123.js"));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->body, "console.log('plain')");
  EXPECT_EQ(r->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(HeaderOf(*r, "Cache-Control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(HeaderOf(*r, "Vary"), "Accept-Encoding");
  EXPECT_EQ(HeaderOf(*r, "Content-Encoding"), "");
  EXPECT_EQ(HeaderOf(*r, "Content-Security-Policy"), "");
  auto fav = files_.Serve(Get("/favicon.svg"));
  ASSERT_TRUE(fav.has_value());
  EXPECT_EQ(HeaderOf(*fav, "Cache-Control"), "no-cache");
  EXPECT_EQ(HeaderOf(*fav, "Vary"), "");
}

TEST_F(StaticFilesTest, ChoosesThePrecompressedSiblingFromAcceptEncoding) {
  auto br = files_.Serve(Get("/assets/index-abc123.js", "*/*", "gzip, deflate, br"));
  ASSERT_TRUE(br.has_value());
  EXPECT_EQ(br->body, "BROTLI");
  EXPECT_EQ(HeaderOf(*br, "Content-Encoding"), "br");
  auto gz = files_.Serve(Get("/assets/index-abc123.js", "*/*", "gzip"));
  ASSERT_TRUE(gz.has_value());
  EXPECT_EQ(gz->body, "GZIP");
  EXPECT_EQ(HeaderOf(*gz, "Content-Encoding"), "gzip");
  auto refused = files_.Serve(Get("/assets/index-abc123.js", "*/*", "br;q=0, gzip;q=0"));
  ASSERT_TRUE(refused.has_value());
  EXPECT_EQ(refused->body, "console.log('plain')");
  EXPECT_EQ(HeaderOf(*refused, "Vary"), "Accept-Encoding");
  // The siblings are encodings, not files of their own.
  EXPECT_FALSE(files_.Serve(Get("/assets/index-abc123.js.br")).has_value());
}

TEST(StaticFilesEncoding, HonoursQualityAndWildcard) {
  EXPECT_EQ(StaticFiles::ChooseEncoding("gzip, br", true, true), "br");
  EXPECT_EQ(StaticFiles::ChooseEncoding("br;q=0.5, gzip;q=0.9", true, true), "gzip");
  EXPECT_EQ(StaticFiles::ChooseEncoding("BR", true, true), "br");
  EXPECT_EQ(StaticFiles::ChooseEncoding("br", false, true), "");
  EXPECT_EQ(StaticFiles::ChooseEncoding("*", true, true), "br");
  EXPECT_EQ(StaticFiles::ChooseEncoding("*;q=0", true, true), "");
  EXPECT_EQ(StaticFiles::ChooseEncoding("identity", true, true), "");
  EXPECT_EQ(StaticFiles::ChooseEncoding("", true, true), "");
  EXPECT_EQ(StaticFiles::ChooseEncoding("gzip;q=abc", true, true), "");
}

TEST_F(StaticFilesTest, RefusesPathTraversal) {
  EXPECT_FALSE(SafeStaticPath("/../secret.key"));
  EXPECT_FALSE(SafeStaticPath("/assets/../../secret.key"));
  EXPECT_FALSE(SafeStaticPath("/./index.html"));
  EXPECT_FALSE(SafeStaticPath("/assets\\..\\x"));
  EXPECT_FALSE(SafeStaticPath(std::string_view("/a\0b", 4)));
  EXPECT_FALSE(SafeStaticPath("relative"));
  EXPECT_TRUE(SafeStaticPath("/assets/index-abc123.js"));
  // Not even the app's index.html is given for a traversal attempt.
  EXPECT_FALSE(files_.Serve(Get("/../secret.key", "text/html")).has_value());
  EXPECT_FALSE(files_.Serve(Get("/assets/../../secret.key", "text/html")).has_value());
}

TEST_F(StaticFilesTest, SpaFallbackOnlyForHtmlOutsideApiAndAssets) {
  auto page = files_.Serve(Get("/resident/appeals/7", "text/html,application/xhtml+xml"));
  ASSERT_TRUE(page.has_value());
  EXPECT_EQ(page->body, "<!doctype html><title>app</title>");
  EXPECT_FALSE(files_.Serve(Get("/resident/appeals/7", "application/json")).has_value());
  EXPECT_FALSE(files_.Serve(Get("/api/v1/nothing", "text/html")).has_value());
  EXPECT_FALSE(files_.Serve(Get("/assets/gone-123.js", "text/html")).has_value());
  Request post = Get("/", "text/html");
  post.method = Method::kPost;
  EXPECT_FALSE(files_.Serve(post).has_value());
}

TEST(StaticFilesMissing, ServerStillAnswersAndSaysSo) {
  const auto files = StaticFiles::Load("/nonexistent/linli/web/dist");
  EXPECT_FALSE(files.loaded());
  Request r;
  r.path = "/";
  r.headers["accept"] = "text/html";
  auto page = files.Serve(r);
  ASSERT_TRUE(page.has_value());
  EXPECT_NE(page->body.find("not built"), std::string::npos);
  r.path = "/resident";
  EXPECT_FALSE(files.Serve(r).has_value());
}

TEST_F(StaticFilesTest, RouterFallsBackForUnmatchedGetsOnly) {
  Router router;
  router.Add({.method = Method::kPost,
              .pattern = "/api/v1/thing",
              .access = Access::kPublic,
              .handler = [](const Request&) -> Result<Response> { return NoContent(); }});
  router.SetFallback([this](const Request& req) { return files_.Serve(req); });
  Request page = Get("/console", "text/html");
  EXPECT_EQ(router.Dispatch(page).status, 200);
  Request api = Get("/api/v1/missing", "text/html");
  const Response missing = router.Dispatch(api);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.content_type, "application/problem+json");
  Request wrong_method = Get("/api/v1/thing", "text/html");
  EXPECT_EQ(router.Dispatch(wrong_method).status, 405);
}

}  // namespace
}  // namespace linli::http
