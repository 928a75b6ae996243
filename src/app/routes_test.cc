// Every route the server serves is documented: OpenAPI is built from the router, and this test
// fails naming a route whose documentation is missing or incomplete.
#include <filesystem>

#include <gtest/gtest.h>

#include "app/runtime.h"
#include "http/openapi.h"

namespace linli::app {
namespace {

class RoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("linli-routes-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    auto rt = Open(dir_.string(), /*demo=*/true);
    ASSERT_TRUE(rt.ok()) << rt.error().detail;
    rt_ = std::move(rt.value());
    Migrate(*rt_);
    router_ = BuildRouter(*rt_, metrics_);
  }
  void TearDown() override {
    router_.reset();
    rt_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::filesystem::path dir_;
  std::unique_ptr<Runtime> rt_;
  http::Metrics metrics_;
  std::unique_ptr<http::Router> router_;
};

TEST_F(RoutesTest, EveryRouteIsDocumented) {
  ASSERT_FALSE(router_->routes().empty());
  for (const auto& r : router_->routes()) {
    const std::string name = std::string(http::MethodName(r.method)) + " " + r.pattern;
    EXPECT_FALSE(r.summary.empty()) << name << " has no summary";
    EXPECT_FALSE(r.tag.empty()) << name << " has no tag";
    if (r.success != 204) {
      EXPECT_FALSE(r.response.is_null()) << name << " has no response schema";
    }
    const bool body = r.method == http::Method::kPost || r.method == http::Method::kPatch ||
                      r.method == http::Method::kPut;
    if (body && !r.bodiless) {
      EXPECT_TRUE(r.request.is_object()) << name << " takes a body but documents none";
    }
  }
}

TEST_F(RoutesTest, OpenApiListsEveryRoute) {
  const auto doc = http::OpenApi(*router_, kVersion);
  const auto& paths = doc.at("paths").as_object();
  for (const auto& r : router_->routes()) {
    std::string method(http::MethodName(r.method));
    std::transform(method.begin(), method.end(), method.begin(), ::tolower);
    const std::string name = method + " " + r.pattern;
    auto it = paths.find(r.pattern);
    ASSERT_NE(it, paths.end()) << name << " is missing from openapi.json";
    EXPECT_TRUE(it->value().as_object().contains(method)) << name << " is missing";
  }
}

TEST_F(RoutesTest, NoTwoRoutesShareMethodAndPattern) {
  std::set<std::string> seen;
  for (const auto& r : router_->routes()) {
    const std::string name = std::string(http::MethodName(r.method)) + " " + r.pattern;
    EXPECT_TRUE(seen.insert(name).second) << name << " is registered twice";
  }
}

}  // namespace
}  // namespace linli::app
