#include "core/config.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include "core/settings.h"

namespace linli {
namespace {

using settings::Flag;
using settings::Number;
using settings::Text;

settings::Section<HttpConfig> HttpSection() {
  using H = HttpConfig;
  return {
      "http",
      "The HTTP server: where it listens, its limits and its threads.",
      {Text("bind", &H::bind, "address to listen on"),
       Number("port", &H::port, "port to listen on", 0, 65535),
       Number("body_limit", &H::body_limit, "bytes of a request body", 1),
       Number("upload_limit", &H::upload_limit,
              "bytes of a photo (POST /api/v1/photos) and the largest photo an appeal keeps", 1),
       Number("header_timeout_s", &H::header_timeout_s, "seconds to receive a request header", 1),
       Number("read_timeout_s", &H::read_timeout_s, "seconds to receive a whole request", 1),
       Number("idle_timeout_s", &H::idle_timeout_s, "seconds of keep-alive between requests", 1),
       Number("max_connections", &H::max_connections, "connections open at once", 1),
       Number("workers", &H::workers, "threads handling GET and HEAD; 0: 2 x cores"),
       Number("write_workers", &H::write_workers, "threads for blocking writes; 0: 8"),
       Number("drain_timeout_s", &H::drain_timeout_s, "seconds a graceful stop waits"),
       Text("web_dir", &H::web_dir, "the built web app, relative to the working directory"),
       Number("max_streams", &H::max_streams, "Server-Sent Events streams open at once"),
       Number("stream_heartbeat_s", &H::stream_heartbeat_s,
              "seconds between heartbeat comments on a stream", 1)},
  };
}

settings::Section<SecurityConfig> SecuritySection() {
  using S = SecurityConfig;
  return {
      "security",
      "Demo mode, logins and sessions. The data key comes from LINLI_DATA_KEY or DATA/secret.key.",
      {Flag("demo", &S::demo, "demo mode: demo logins and a generated data key"),
       Number("login_max_failures", &S::login_max_failures,
              "consecutive failed logins before the login is locked", 1),
       Number("lockout_minutes", &S::lockout_minutes, "minutes a locked login stays locked"),
       Number("login_per_ip_per_minute", &S::login_per_ip_per_minute,
              "login attempts one address may make in a minute", 1),
       Number("session_hours", &S::session_hours, "hours a session lasts", 1),
       Number("password_hash_concurrency", &S::password_hash_concurrency,
              "argon2id hashes computed at once", 1),
       Flag("cookie_secure", &S::cookie_secure, "set Secure on the session cookie (behind TLS)")},
  };
}

}  // namespace

Result<Config> Config::Load(const std::string& data_dir) {
  Config c;
  c.data_dir = data_dir;
  settings::Errors errors;
  std::ifstream in(data_dir + "/config.json");
  if (in) {
    std::stringstream ss;
    ss << in.rdbuf();
    boost::system::error_code ec;
    auto v = boost::json::parse(ss.str(), ec);
    if (ec || !v.is_object()) {
      return Error::Invalid("config.json", "config.json is not a JSON object");
    }
    c.file = std::move(v.as_object());
  }
  if (auto* h = c.file.if_contains("http"))
    settings::Read(HttpSection(), *h, c.http, "http", errors);
  if (auto* s = c.file.if_contains("security"))
    settings::Read(SecuritySection(), *s, c.security, "security", errors);
  if (const char* k = std::getenv("LINLI_DATA_KEY")) c.security.data_key_hex = k;
  if (const char* d = std::getenv("LINLI_DEMO")) c.security.demo = std::string(d) == "1";
  if (!errors.empty()) return Error::Invalid("config.json", settings::Join(errors));
  return c;
}

boost::json::object Config::Describe() {
  return {{"http", settings::Describe(HttpSection())},
          {"security", settings::Describe(SecuritySection())}};
}

}  // namespace linli
