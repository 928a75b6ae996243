#include "core/settings.h"

#include <algorithm>

namespace linli::settings {

std::string Join(const Errors& errors) {
  std::string all;
  for (const auto& e : errors) all += (all.empty() ? "" : "; ") + e;
  return all;
}

namespace detail {

std::string Path(std::string_view where, std::string_view key) {
  std::string p(where);
  if (!p.empty()) p += '.';
  p += key;
  return p;
}

bool UnknownKeys(const boost::json::object& obj, const std::vector<std::string_view>& known,
                 const std::string& where, Errors& errors) {
  bool any = false;
  for (const auto& kv : obj) {
    if (std::find(known.begin(), known.end(), kv.key()) != known.end()) continue;
    errors.push_back(Path(where, kv.key()) + " is not a known setting");
    any = true;
  }
  return any;
}

bool ReadInt(const boost::json::value& v, int64_t min, int64_t max, const std::string& where,
             Errors& errors, int64_t& out) {
  if (!v.is_int64() && !v.is_uint64()) {
    errors.push_back(where + " must be a whole number");
    return false;
  }
  const bool big = v.is_uint64() && v.as_uint64() > static_cast<uint64_t>(max);
  if (big || (v.is_int64() && (v.as_int64() < min || v.as_int64() > max))) {
    errors.push_back(where + " must be from " + std::to_string(min) + " to " + std::to_string(max));
    return false;
  }
  out = v.is_int64() ? v.as_int64() : static_cast<int64_t>(v.as_uint64());
  return true;
}

boost::json::object Document(std::string_view doc, const std::vector<std::string_view>& names,
                             const std::vector<std::string_view>& docs,
                             const std::vector<boost::json::value>& values,
                             const std::vector<boost::json::object>& items) {
  boost::json::object keys;
  for (size_t i = 0; i < names.size(); ++i) {
    boost::json::object k{{"default", values[i]}, {"doc", docs[i]}};
    if (!items[i].empty()) k["items"] = items[i];
    keys[names[i]] = std::move(k);
  }
  return {{"doc", doc}, {"keys", std::move(keys)}};
}

}  // namespace detail
}  // namespace linli::settings
