// Config: the platform's settings (http, security) and config.json as read, whose other
// sections belong to the modules (each declares its own, core/settings.h, and the composition
// root loads them). Sources, later overriding earlier: defaults, DATA/config.json, LINLI_*
// environment, flags.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "core/result.h"

namespace linli {

struct HttpConfig {
  std::string bind = "127.0.0.1";
  uint16_t port = 8080;
  size_t body_limit = 1 << 20;  // bytes of a request body
  // Bytes of a photo: the body limit of POST /api/v1/photos (the one upload route) and the
  // largest photo the appeals module keeps.
  size_t upload_limit = size_t{5} << 20;
  int header_timeout_s = 10;  // to receive a whole request header
  int read_timeout_s = 30;    // to receive a whole request
  int idle_timeout_s = 60;    // keep-alive between requests
  int max_connections = 4096;
  int workers = 0;  // threads handling GET and HEAD; 0 = 2 x cores
  // Threads handling the writes of blocking routes (password hashing, uploads); 0 = 8. Every
  // other write is handled by the one thread of the write lane, in batches (http/write_lane.h).
  int write_workers = 0;
  int drain_timeout_s = 15;     // graceful stop: time for requests in flight
  int max_streams = 256;        // Server-Sent Events streams open at once; more get a 503
  int stream_heartbeat_s = 15;  // a comment line on every stream this often
  // The built web app (web/dist), served for GET/HEAD that no API route answers; relative to
  // the working directory. Missing: the server runs without it and says so.
  std::string web_dir = "web/dist";
};

struct SecurityConfig {
  bool demo = false;           // demo mode: demo logins, generated key
  std::string data_key_hex;    // 64 hex digits; from LINLI_DATA_KEY or DATA/secret.key
  int login_max_failures = 5;  // consecutive failures before lockout
  int lockout_minutes = 15;
  int login_per_ip_per_minute = 30;
  int session_hours = 12;
  int password_hash_concurrency = 2;  // argon2id runs at most this many at once
  bool cookie_secure = false;         // set the Secure flag on the session cookie (behind TLS)
};

struct Config {
  std::string data_dir = "data";
  HttpConfig http;
  SecurityConfig security;
  // DATA/config.json's top level as read (empty without one): the modules' sections.
  boost::json::object file;

  // The sections core reads; every other top-level key of config.json is a module's.
  static constexpr std::string_view kPlatformSections[] = {"http", "security"};

  // Reads DATA/config.json when present (unknown keys of http and security are an error; the
  // other sections are read by their modules) and the LINLI_* variables.
  static Result<Config> Load(const std::string& data_dir);
  // The platform's sections as settings::Describe gives them.
  static boost::json::object Describe();
};

}  // namespace linli
