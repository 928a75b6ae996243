#include "core/form.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <string>

#include <fmt/format.h>
#include <boost/json/parse.hpp>

namespace linli {
namespace {

bool HasControl(std::string_view s, bool multiline) {
  return std::any_of(s.begin(), s.end(), [multiline](char c) {
    const auto u = static_cast<unsigned char>(c);
    if (multiline && (c == '\n' || c == '\t' || c == '\r')) return false;
    return u < 0x20 || u == 0x7f;
  });
}

bool Digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

}  // namespace

size_t Utf8Length(std::string_view s) {
  return static_cast<size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = 0;
    uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c >> 5) == 0x6) {
      n = 1;
      cp = c & 0x1F;
    } else if ((c >> 4) == 0xE) {
      n = 2;
      cp = c & 0x0F;
    } else if ((c >> 3) == 0x1E) {
      n = 3;
      cp = c & 0x07;
    } else {
      return false;
    }
    for (size_t k = 1; k <= n; ++k) {
      if (i + k >= s.size()) return false;
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += n + 1;
  }
  return true;
}

bool ValidDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int y = std::stoi(std::string(s.substr(0, 4)));
  const int m = std::stoi(std::string(s.substr(5, 2)));
  const int d = std::stoi(std::string(s.substr(8, 2)));
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  const int max = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
  return d <= max;
}

std::optional<int64_t> ParseTime(std::string_view s) {
  // YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM|-HH:MM)
  if (s.size() < 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't') ||
      s[13] != ':' || s[16] != ':') {
    return std::nullopt;
  }
  const std::string_view parts[] = {s.substr(0, 4),  s.substr(5, 2),  s.substr(8, 2),
                                    s.substr(11, 2), s.substr(14, 2), s.substr(17, 2)};
  for (auto p : parts) {
    if (!Digits(p)) return std::nullopt;
  }
  if (!ValidDate(s.substr(0, 10))) return std::nullopt;
  const int hh = std::stoi(std::string(parts[3]));
  const int mi = std::stoi(std::string(parts[4]));
  const int ss = std::stoi(std::string(parts[5]));
  if (hh > 23 || mi > 59 || ss > 59) return std::nullopt;
  size_t i = 19;
  int64_t frac_ms = 0;
  if (i < s.size() && s[i] == '.') {
    size_t j = i + 1;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
    if (j == i + 1 || j - i - 1 > 9) return std::nullopt;
    std::string frac(s.substr(i + 1, j - i - 1));
    frac.resize(3, '0');
    frac_ms = std::stoll(frac.substr(0, 3));
    i = j;
  }
  int64_t offset_s = 0;
  const std::string_view zone = s.substr(i);
  if (zone == "Z" || zone == "z") {
    offset_s = 0;
  } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':' &&
             Digits(zone.substr(1, 2)) && Digits(zone.substr(4, 2))) {
    const int oh = std::stoi(std::string(zone.substr(1, 2)));
    const int om = std::stoi(std::string(zone.substr(4, 2)));
    if (oh > 23 || om > 59) return std::nullopt;
    offset_s = (zone[0] == '+' ? 1 : -1) * (int64_t{oh} * 3600 + int64_t{om} * 60);
  } else {
    return std::nullopt;
  }
  std::tm tm{};
  tm.tm_year = std::stoi(std::string(parts[0])) - 1900;
  tm.tm_mon = std::stoi(std::string(parts[1])) - 1;
  tm.tm_mday = std::stoi(std::string(parts[2]));
  tm.tm_hour = hh;
  tm.tm_min = mi;
  tm.tm_sec = ss;
  const int64_t epoch = timegm(&tm);
  return (epoch - offset_s) * 1000 + frac_ms;
}

Result<Form> Form::Parse(std::string_view body) {
  if (body.empty()) return Error::Invalid("", "a JSON object body is required");
  if (!ValidUtf8(body)) return Error::Invalid("", "the body is not valid UTF-8");
  boost::system::error_code ec;
  boost::json::parse_options opts;
  opts.max_depth = 32;
  boost::json::value v = boost::json::parse(body, ec, {}, opts);
  if (ec) return Error::Invalid("", fmt::format("malformed JSON: {}", ec.message()));
  if (!v.is_object()) return Error::Invalid("", "the body must be a JSON object");
  return Form(std::move(v.as_object()));
}

Form::Form(boost::json::object object, std::string prefix)
    : object_(std::move(object)), prefix_(std::move(prefix)) {}

std::string Form::Pointer(std::string_view key) const {
  if (key.empty()) return prefix_;  // RFC 6901: "" is the whole document
  return fmt::format("{}/{}", prefix_, key);
}

bool Form::Has(std::string_view key) const {
  auto it = object_.find(key);
  return it != object_.end() && !it->value().is_null();
}

bool Form::IsNull(std::string_view key) const {
  auto it = object_.find(key);
  return it != object_.end() && it->value().is_null();
}

const boost::json::value* Form::Get(std::string_view key) {
  asked_.emplace(key);
  auto it = object_.find(key);
  if (it == object_.end() || it->value().is_null()) return nullptr;
  return &it->value();
}

void Form::Fail(std::string_view key, std::string detail) {
  errors_.push_back({Pointer(key), std::move(detail)});
}

std::optional<std::string> Form::OptionalString(std::string_view key, size_t max_len,
                                                size_t min_len, bool multiline) {
  const auto* v = Get(key);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    Fail(key, "must be a string");
    return std::nullopt;
  }
  std::string s(v->as_string());
  const size_t len = Utf8Length(s);
  if (len < min_len) {
    Fail(key, min_len == 1 ? "must not be empty"
                           : fmt::format("must be at least {} characters", min_len));
    return std::nullopt;
  }
  if (len > max_len) {
    Fail(key, fmt::format("must be at most {} characters", max_len));
    return std::nullopt;
  }
  if (HasControl(s, multiline)) {
    Fail(key, "must not contain control characters");
    return std::nullopt;
  }
  return s;
}

std::string Form::RequiredString(std::string_view key, size_t max_len, size_t min_len) {
  if (!Has(key)) {
    asked_.emplace(key);
    Fail(key, "is required");
    return {};
  }
  auto s = OptionalString(key, max_len, std::max<size_t>(min_len, 1));
  if (s && s->find_first_not_of(' ') == std::string::npos) {
    Fail(key, "must not be blank");
  }
  return s.value_or("");
}

std::optional<int64_t> Form::OptionalInt(std::string_view key, int64_t min, int64_t max) {
  const auto* v = Get(key);
  if (!v) return std::nullopt;
  int64_t out = 0;
  if (v->is_int64()) {
    out = v->as_int64();
  } else if (v->is_uint64()) {
    Fail(key, fmt::format("must be a whole number from {} to {}", min, max));
    return std::nullopt;
  } else if (v->is_double()) {
    const double d = v->as_double();
    if (std::floor(d) != d || std::abs(d) > 9.0e15) {
      Fail(key, fmt::format("must be a whole number from {} to {}", min, max));
      return std::nullopt;
    }
    out = static_cast<int64_t>(d);
  } else {
    Fail(key, "must be a number");
    return std::nullopt;
  }
  if (out < min || out > max) {
    Fail(key, fmt::format("must be a whole number from {} to {}", min, max));
    return std::nullopt;
  }
  return out;
}

int64_t Form::RequiredInt(std::string_view key, int64_t min, int64_t max) {
  if (!Has(key)) {
    asked_.emplace(key);
    Fail(key, "is required");
    return 0;
  }
  return OptionalInt(key, min, max).value_or(0);
}

std::optional<bool> Form::OptionalBool(std::string_view key) {
  const auto* v = Get(key);
  if (!v) return std::nullopt;
  if (!v->is_bool()) {
    Fail(key, "must be true or false");
    return std::nullopt;
  }
  return v->as_bool();
}

std::optional<std::string> Form::OptionalEnum(std::string_view key,
                                              std::span<const std::string_view> allowed) {
  const auto* v = Get(key);
  if (!v) return std::nullopt;
  std::string list;
  for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
  if (!v->is_string() || std::find(allowed.begin(), allowed.end(),
                                   std::string_view(v->as_string())) == allowed.end()) {
    Fail(key, fmt::format("must be one of: {}", list));
    return std::nullopt;
  }
  return std::string(v->as_string());
}

std::string Form::RequiredEnum(std::string_view key, std::span<const std::string_view> allowed) {
  if (!Has(key)) {
    asked_.emplace(key);
    Fail(key, "is required");
    return {};
  }
  return OptionalEnum(key, allowed).value_or("");
}

std::optional<std::string> Form::OptionalDate(std::string_view key) {
  auto s = OptionalString(key, 10);
  if (!s) return std::nullopt;
  if (!ValidDate(*s)) {
    Fail(key, "must be a date written YYYY-MM-DD");
    return std::nullopt;
  }
  return s;
}

std::optional<std::vector<int64_t>> Form::OptionalIdList(std::string_view key, size_t max_items) {
  const auto* v = Get(key);
  if (!v) return std::nullopt;
  if (!v->is_array()) {
    Fail(key, "must be an array of ids");
    return std::nullopt;
  }
  const auto& arr = v->as_array();
  if (arr.size() > max_items) {
    Fail(key, fmt::format("must have at most {} items", max_items));
    return std::nullopt;
  }
  std::vector<int64_t> out;
  for (size_t i = 0; i < arr.size(); ++i) {
    const auto& e = arr[i];
    if (!e.is_int64() || e.as_int64() < 1 || e.as_int64() > kMaxId) {
      errors_.push_back(
          {fmt::format("{}/{}/{}", prefix_, key, i), "must be an id (a positive whole number)"});
      return std::nullopt;
    }
    if (std::find(out.begin(), out.end(), e.as_int64()) != out.end()) {
      errors_.push_back({fmt::format("{}/{}/{}", prefix_, key, i), "is listed twice"});
      return std::nullopt;
    }
    out.push_back(e.as_int64());
  }
  return out;
}

Status Form::Finish() const {
  std::vector<FieldError> all = errors_;
  for (const auto& kv : object_) {
    if (!asked_.contains(std::string_view(kv.key()))) {
      all.push_back({Pointer(kv.key()), "is not a known field"});
    }
  }
  if (all.empty()) return Status::Ok();
  Error e{Code::kInvalid,
          all.size() == 1
              ? (all.front().pointer.empty() ? "" : all.front().pointer + " ") + all.front().detail
              : fmt::format("{} fields are invalid", all.size()),
          std::move(all)};
  return e;
}

}  // namespace linli
