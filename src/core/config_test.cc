#include "core/config.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace linli {
namespace {

// Loads a config.json holding `json` from a fresh directory.
Result<Config> LoadJson(const std::string& json) {
  const auto dir =
      std::filesystem::temp_directory_path() / ("linli-config-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "config.json") << json;
  auto c = Config::Load(dir.string());
  std::filesystem::remove_all(dir);
  return c;
}

TEST(Config, ReadsThePlatformSectionsAndKeepsTheRest) {
  auto c = LoadJson(R"({"http": {"port": 9090, "max_streams": 2},
                        "security": {"login_max_failures": 3, "cookie_secure": true},
                        "appeals": {"follow_up_days": 0}})");
  ASSERT_TRUE(c.ok()) << c.error().detail;
  EXPECT_EQ(c->http.port, 9090);
  EXPECT_EQ(c->http.max_streams, 2);
  EXPECT_EQ(c->http.body_limit, size_t{1} << 20);  // untouched
  EXPECT_EQ(c->security.login_max_failures, 3);
  EXPECT_TRUE(c->security.cookie_secure);
  ASSERT_TRUE(c->file.contains("appeals"));  // a module's section, read by the module
}

TEST(Config, RefusesBadPlatformSettingsNamingTheKey) {
  for (const auto& [bad, key] : std::vector<std::pair<std::string, std::string>>{
           {R"({"http": {"port": 70000}})", "http.port"},
           {R"({"http": {"stream_heartbeat_s": 0}})", "http.stream_heartbeat_s"},
           {R"({"http": {"bind": 1}})", "http.bind"},
           {R"({"http": {"speed": 1}})", "http.speed"},
           {R"({"security": {"demo": "yes"}})", "security.demo"},
           {R"({"security": []})", "security"},
           {R"([1])", "config.json"},
       }) {
    auto c = LoadJson(bad);
    ASSERT_FALSE(c.ok()) << bad;
    EXPECT_NE(c.error().detail.find(key), std::string::npos) << c.error().detail;
  }
}

}  // namespace
}  // namespace linli
