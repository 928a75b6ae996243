// Config: every tunable of a deployment, with the defaults the domain's rules give.
// Sources, later overriding earlier: defaults, DATA/config.json, LINLI_* environment, flags.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

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

// The outbound webhook (notifications module): every appeal event a deployment bridges to SMS
// or WeChat is POSTed to `url` as JSON, signed with HMAC-SHA256 under `secret`. No url: off.
struct WebhookConfig {
  std::string url;        // "http://host:port/path"; empty: no webhook
  std::string secret;     // the HMAC key (LINLI_WEBHOOK_SECRET overrides config.json)
  int timeout_s = 5;      // to connect, send and read the answer
  int max_attempts = 6;   // then the delivery is `failed`
  int backoff_ms = 1000;  // before the 2nd attempt; doubled for each one after
  int max_backoff_ms = 300'000;
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

// Party-organisation formation rules (DOMAIN.md part 1).
struct OrgRules {
  int branch_max_members = 50;           // over this, a general branch
  int general_branch_max_members = 100;  // over this, a committee
  int min_full_members = 3;              // fewer full members: a joint branch
};

struct DutyZoneRules {
  int min_members = 2;
  int max_members = 3;
};

// Org life (三会一课, DOMAIN.md part 5): how often each kind of meeting is due, as the months one
// period spans (1 monthly, 3 quarterly, 6 half-yearly, 12 yearly; a divisor of 12), and the
// size from which a branch has a committee and so holds committee meetings.
struct OrgLifeRules {
  int general_meeting_months = 3;     // 支部党员大会, quarterly
  int committee_meeting_months = 1;   // 支委会, monthly
  int group_meeting_months = 1;       // 党小组会, monthly
  int party_lecture_months = 3;       // 党课, quarterly
  int theme_day_months = 1;           // 主题党日, monthly
  int life_review_months = 12;        // 组织生活会, yearly
  int member_appraisal_months = 12;   // 民主评议党员, yearly
  int branch_committee_min_full = 7;  // full members from which a branch elects a committee
};

// One category of appeal and its clocks (DOMAIN.md part 3), in seconds from intake.
struct AppealCategory {
  std::string code;       // identifier used by the API
  std::string name;       // shown to people
  int64_t accept_s = 0;   // to accept (respond); 0: no clock
  int64_t on_site_s = 0;  // to be on site; 0: no on-site clock for this category
  int64_t resolve_s = 0;  // to resolve; 0: no clock
  // Whom suggestions list first: duty_zone_member, grid_worker, unit or provider.
  std::string suggest_first = "duty_zone_member";
};

// The half-hour circle (半小时便民服务圈) and 接诉即办 clocks. "categories" in config.json
// replaces the whole list.
struct AppealsConfig {
  std::vector<AppealCategory> categories = {
      {"small_matter", "小事急办", 300, 600, 1800, "duty_zone_member"},
      {"urgent_safety", "紧急安全", 600, 0, 3600, "grid_worker"},
      {"utilities", "水电气暖", 900, 0, 7200, "grid_worker"},
      {"ordinary", "一般诉求", 3600, 0, 86400, "duty_zone_member"},
      {"complex", "复杂诉求", 86400, 0, int64_t{15} * 86400, "duty_zone_member"},
  };
  int follow_up_days = 3;     // staff may close a resolved appeal the resident has not rated after
  int photos_per_appeal = 9;  // photos attached to one appeal, intake and resolve together
  int orphan_photo_hours = 24;  // an upload never attached is removed after this many hours
};

// One dues bracket (党费): a member whose monthly income is at most `up_to_fen` (0: no upper
// limit) pays `rate_bp` basis points (1/10000) of the whole income. Brackets are listed from the
// lowest up; the first that holds the income applies.
struct DuesBracket {
  int64_t up_to_fen = 0;
  int64_t rate_bp = 0;
};

// Party members (DOMAIN.md part 4): the probationary period, which letter a membership transfer
// needs by the months the member will be away, and the dues brackets (中组部 2008 rules).
struct MembersRules {
  int probation_months = 12;       // 预备期: full membership no sooner than this after admission
  int no_letter_max_months = 3;    // away at most this long: no letter
  int certificate_max_months = 6;  // at most this long: a certificate letter; longer: a transfer
  // In-service members, after-tax monthly income: up to 3000 yuan 0.5%, up to 5000 1%, up to
  // 10000 1.5%, above 2%.
  std::vector<DuesBracket> in_service = {{300000, 50}, {500000, 100}, {1000000, 150}, {0, 200}};
  // Retired members, monthly pension: up to 5000 yuan 0.5%, above 1%.
  std::vector<DuesBracket> retired = {{500000, 50}, {0, 100}};
  int64_t flat_fen = 20;  // students and allowance recipients: 0.2 yuan a month
};

struct Config {
  std::string data_dir = "data";
  HttpConfig http;
  SecurityConfig security;
  OrgRules org_rules;
  DutyZoneRules duty_zone_rules;
  AppealsConfig appeals;
  OrgLifeRules org_life_rules;
  WebhookConfig webhook;
  MembersRules members_rules;

  // Reads DATA/config.json when present (unknown keys are an error) and LINLI_* variables.
  static Result<Config> Load(const std::string& data_dir);
};

}  // namespace linli
