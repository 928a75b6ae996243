#include "core/config.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <utility>

#include <fmt/format.h>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

namespace linli {
namespace {

// Reads `obj[key]` into `out` when present; records an error naming the key otherwise.
template <class T>
void Read(const boost::json::object& obj, std::string_view section, std::string_view key, T& out,
          std::vector<std::string>& errors) {
  auto it = obj.find(key);
  if (it == obj.end()) return;
  const auto& v = it->value();
  if constexpr (std::is_same_v<T, bool>) {
    if (v.is_bool()) {
      out = v.as_bool();
      return;
    }
  } else if constexpr (std::is_same_v<T, std::string>) {
    if (v.is_string()) {
      out = std::string(v.as_string());
      return;
    }
  } else {
    if (v.is_int64() && v.as_int64() >= 0) {
      out = static_cast<T>(v.as_int64());
      return;
    }
  }
  errors.push_back(fmt::format("{}.{} has the wrong type", section, key));
}

void CheckKnown(const boost::json::object& obj, std::string_view section,
                std::initializer_list<std::string_view> keys, std::vector<std::string>& errors) {
  for (const auto& kv : obj) {
    if (std::find(keys.begin(), keys.end(), kv.key()) == keys.end()) {
      errors.push_back(fmt::format("{}.{} is not a known setting", section, std::string(kv.key())));
    }
  }
}

const boost::json::object* Section(const boost::json::object& root, std::string_view name) {
  auto it = root.find(name);
  return it != root.end() && it->value().is_object() ? &it->value().as_object() : nullptr;
}

// "appeals": {"follow_up_days": N, "categories": [{code, name, accept_s, on_site_s, resolve_s,
// suggest_first}, ...]}; a category list replaces the defaults.
void ReadAppeals(const boost::json::object& s, AppealsConfig& out,
                 std::vector<std::string>& errors) {
  CheckKnown(s, "appeals",
             {"follow_up_days", "categories", "photos_per_appeal", "orphan_photo_hours"}, errors);
  Read(s, "appeals", "follow_up_days", out.follow_up_days, errors);
  Read(s, "appeals", "photos_per_appeal", out.photos_per_appeal, errors);
  Read(s, "appeals", "orphan_photo_hours", out.orphan_photo_hours, errors);
  if (out.photos_per_appeal < 0 || out.orphan_photo_hours < 1) {
    errors.emplace_back(
        "appeals.photos_per_appeal must be 0 or more and appeals.orphan_photo_hours 1 or more");
  }
  auto it = s.find("categories");
  if (it == s.end()) return;
  if (!it->value().is_array() || it->value().as_array().empty()) {
    errors.emplace_back("appeals.categories must be a non-empty array");
    return;
  }
  std::vector<AppealCategory> cats;
  for (const auto& v : it->value().as_array()) {
    const std::string where = fmt::format("appeals.categories[{}]", cats.size());
    if (!v.is_object()) {
      errors.push_back(where + " must be an object");
      return;
    }
    const auto& o = v.as_object();
    CheckKnown(o, where, {"code", "name", "accept_s", "on_site_s", "resolve_s", "suggest_first"},
               errors);
    AppealCategory c;
    Read(o, where, "code", c.code, errors);
    Read(o, where, "name", c.name, errors);
    Read(o, where, "accept_s", c.accept_s, errors);
    Read(o, where, "on_site_s", c.on_site_s, errors);
    Read(o, where, "resolve_s", c.resolve_s, errors);
    Read(o, where, "suggest_first", c.suggest_first, errors);
    if (c.code.empty() || c.name.empty()) errors.push_back(where + " needs a code and a name");
    if (c.suggest_first != "duty_zone_member" && c.suggest_first != "grid_worker" &&
        c.suggest_first != "unit" && c.suggest_first != "provider") {
      errors.push_back(where +
                       ".suggest_first must be duty_zone_member, grid_worker, unit or provider");
    }
    cats.push_back(std::move(c));
  }
  out.categories = std::move(cats);
}

// "in_service": [{"up_to_fen": N, "rate_bp": N}, ...]: a list replaces the defaults; every bracket
// but the last has a rising upper limit, the last has none (0).
void ReadBrackets(const boost::json::object& s, std::string_view key, std::vector<DuesBracket>& out,
                  std::vector<std::string>& errors) {
  auto it = s.find(key);
  if (it == s.end()) return;
  const std::string where = fmt::format("members_rules.{}", key);
  if (!it->value().is_array() || it->value().as_array().empty()) {
    errors.push_back(where + " must be a non-empty array");
    return;
  }
  std::vector<DuesBracket> brackets;
  const auto& arr = it->value().as_array();
  for (const auto& v : arr) {
    const std::string at = fmt::format("{}[{}]", where, brackets.size());
    if (!v.is_object()) {
      errors.push_back(at + " must be an object");
      return;
    }
    CheckKnown(v.as_object(), at, {"up_to_fen", "rate_bp"}, errors);
    DuesBracket b;
    Read(v.as_object(), at, "up_to_fen", b.up_to_fen, errors);
    Read(v.as_object(), at, "rate_bp", b.rate_bp, errors);
    const bool last = brackets.size() + 1 == arr.size();
    if (last != (b.up_to_fen == 0) ||
        (!brackets.empty() && !last && b.up_to_fen <= brackets.back().up_to_fen)) {
      errors.push_back(at + ": upper limits must rise, and only the last bracket has none (0)");
    }
    brackets.push_back(b);
  }
  out = std::move(brackets);
}

void ReadMembers(const boost::json::object& s, MembersRules& out,
                 std::vector<std::string>& errors) {
  CheckKnown(s, "members_rules",
             {"probation_months", "no_letter_max_months", "certificate_max_months", "in_service",
              "retired", "flat_fen"},
             errors);
  Read(s, "members_rules", "probation_months", out.probation_months, errors);
  Read(s, "members_rules", "no_letter_max_months", out.no_letter_max_months, errors);
  Read(s, "members_rules", "certificate_max_months", out.certificate_max_months, errors);
  Read(s, "members_rules", "flat_fen", out.flat_fen, errors);
  if (out.certificate_max_months < out.no_letter_max_months) {
    errors.emplace_back(
        "members_rules.certificate_max_months must be at least no_letter_max_months");
  }
  ReadBrackets(s, "in_service", out.in_service, errors);
  ReadBrackets(s, "retired", out.retired, errors);
}

}  // namespace

Result<Config> Config::Load(const std::string& data_dir) {
  Config c;
  c.data_dir = data_dir;
  std::vector<std::string> errors;
  std::ifstream in(data_dir + "/config.json");
  if (in) {
    std::stringstream ss;
    ss << in.rdbuf();
    boost::system::error_code ec;
    auto v = boost::json::parse(ss.str(), ec);
    if (ec || !v.is_object()) {
      return Error::Invalid("config.json", "config.json is not a JSON object");
    }
    const auto& root = v.as_object();
    CheckKnown(root, "",
               {"http", "security", "org_rules", "duty_zone_rules", "org_life_rules", "appeals",
                "webhook", "members_rules"},
               errors);
    if (const auto* s = Section(root, "http")) {
      CheckKnown(*s, "http",
                 {"bind", "port", "body_limit", "upload_limit", "header_timeout_s",
                  "read_timeout_s", "idle_timeout_s", "max_connections", "workers", "write_workers",
                  "drain_timeout_s", "web_dir", "max_streams", "stream_heartbeat_s"},
                 errors);
      Read(*s, "http", "bind", c.http.bind, errors);
      Read(*s, "http", "port", c.http.port, errors);
      Read(*s, "http", "body_limit", c.http.body_limit, errors);
      Read(*s, "http", "upload_limit", c.http.upload_limit, errors);
      Read(*s, "http", "header_timeout_s", c.http.header_timeout_s, errors);
      Read(*s, "http", "read_timeout_s", c.http.read_timeout_s, errors);
      Read(*s, "http", "idle_timeout_s", c.http.idle_timeout_s, errors);
      Read(*s, "http", "max_connections", c.http.max_connections, errors);
      Read(*s, "http", "workers", c.http.workers, errors);
      Read(*s, "http", "write_workers", c.http.write_workers, errors);
      Read(*s, "http", "drain_timeout_s", c.http.drain_timeout_s, errors);
      Read(*s, "http", "web_dir", c.http.web_dir, errors);
      Read(*s, "http", "max_streams", c.http.max_streams, errors);
      Read(*s, "http", "stream_heartbeat_s", c.http.stream_heartbeat_s, errors);
      if (c.http.stream_heartbeat_s < 1)
        errors.emplace_back("http.stream_heartbeat_s must be >= 1");
    }
    if (const auto* s = Section(root, "webhook")) {
      WebhookConfig& w = c.webhook;
      CheckKnown(*s, "webhook",
                 {"url", "secret", "timeout_s", "max_attempts", "backoff_ms", "max_backoff_ms"},
                 errors);
      Read(*s, "webhook", "url", w.url, errors);
      Read(*s, "webhook", "secret", w.secret, errors);
      Read(*s, "webhook", "timeout_s", w.timeout_s, errors);
      Read(*s, "webhook", "max_attempts", w.max_attempts, errors);
      Read(*s, "webhook", "backoff_ms", w.backoff_ms, errors);
      Read(*s, "webhook", "max_backoff_ms", w.max_backoff_ms, errors);
      if (!w.url.empty() && !w.url.starts_with("http://")) {
        errors.emplace_back("webhook.url must start with http:// (put a TLS proxy in front)");
      }
      if (w.timeout_s < 1 || w.max_attempts < 1) {
        errors.emplace_back("webhook.timeout_s and webhook.max_attempts must be >= 1");
      }
    }
    if (const auto* s = Section(root, "security")) {
      CheckKnown(*s, "security",
                 {"demo", "login_max_failures", "lockout_minutes", "login_per_ip_per_minute",
                  "session_hours", "password_hash_concurrency", "cookie_secure"},
                 errors);
      Read(*s, "security", "demo", c.security.demo, errors);
      Read(*s, "security", "login_max_failures", c.security.login_max_failures, errors);
      Read(*s, "security", "lockout_minutes", c.security.lockout_minutes, errors);
      Read(*s, "security", "login_per_ip_per_minute", c.security.login_per_ip_per_minute, errors);
      Read(*s, "security", "session_hours", c.security.session_hours, errors);
      Read(*s, "security", "password_hash_concurrency", c.security.password_hash_concurrency,
           errors);
      Read(*s, "security", "cookie_secure", c.security.cookie_secure, errors);
    }
    if (const auto* s = Section(root, "org_rules")) {
      CheckKnown(*s, "org_rules",
                 {"branch_max_members", "general_branch_max_members", "min_full_members"}, errors);
      Read(*s, "org_rules", "branch_max_members", c.org_rules.branch_max_members, errors);
      Read(*s, "org_rules", "general_branch_max_members", c.org_rules.general_branch_max_members,
           errors);
      Read(*s, "org_rules", "min_full_members", c.org_rules.min_full_members, errors);
    }
    if (const auto* s = Section(root, "duty_zone_rules")) {
      CheckKnown(*s, "duty_zone_rules", {"min_members", "max_members"}, errors);
      Read(*s, "duty_zone_rules", "min_members", c.duty_zone_rules.min_members, errors);
      Read(*s, "duty_zone_rules", "max_members", c.duty_zone_rules.max_members, errors);
    }
    if (const auto* s = Section(root, "org_life_rules")) {
      OrgLifeRules& r = c.org_life_rules;
      const std::pair<std::string_view, int*> months[] = {
          {"general_meeting_months", &r.general_meeting_months},
          {"committee_meeting_months", &r.committee_meeting_months},
          {"group_meeting_months", &r.group_meeting_months},
          {"party_lecture_months", &r.party_lecture_months},
          {"theme_day_months", &r.theme_day_months},
          {"life_review_months", &r.life_review_months},
          {"member_appraisal_months", &r.member_appraisal_months}};
      CheckKnown(*s, "org_life_rules",
                 {"general_meeting_months", "committee_meeting_months", "group_meeting_months",
                  "party_lecture_months", "theme_day_months", "life_review_months",
                  "member_appraisal_months", "branch_committee_min_full"},
                 errors);
      for (const auto& [key, out] : months) {
        Read(*s, "org_life_rules", key, *out, errors);
        if (*out < 1 || 12 % *out != 0) {
          errors.push_back(fmt::format("org_life_rules.{} must be 1, 2, 3, 4, 6 or 12", key));
        }
      }
      Read(*s, "org_life_rules", "branch_committee_min_full", r.branch_committee_min_full, errors);
    }
    if (const auto* s = Section(root, "appeals")) ReadAppeals(*s, c.appeals, errors);
    if (const auto* s = Section(root, "members_rules")) ReadMembers(*s, c.members_rules, errors);
  }
  if (const char* k = std::getenv("LINLI_DATA_KEY")) c.security.data_key_hex = k;
  if (const char* w = std::getenv("LINLI_WEBHOOK_SECRET")) c.webhook.secret = w;
  if (!c.webhook.url.empty() && c.webhook.secret.empty()) {
    errors.emplace_back(
        "webhook.url is set but no secret (webhook.secret or LINLI_WEBHOOK_SECRET)");
  }
  if (const char* d = std::getenv("LINLI_DEMO")) c.security.demo = std::string(d) == "1";
  if (!errors.empty()) {
    std::string all;
    for (const auto& e : errors) all += (all.empty() ? "" : "; ") + e;
    return Error::Invalid("config.json", all);
  }
  return c;
}

}  // namespace linli
