#include "http/message.h"

#include <array>

#include <boost/json/serialize.hpp>

namespace linli::http {

std::string_view MethodName(Method m) {
  static constexpr std::array<std::string_view, 8> kNames = {"GET",   "HEAD",   "POST",    "PUT",
                                                             "PATCH", "DELETE", "OPTIONS", "OTHER"};
  return kNames[static_cast<size_t>(m)];
}

std::optional<std::string> Request::Header(std::string_view name) const {
  auto it = headers.find(std::string(name));
  if (it == headers.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> Request::Query(std::string_view name) const {
  for (const auto& [k, v] : query) {
    if (k == name) return v;
  }
  return std::nullopt;
}

std::optional<std::string> Request::Cookie(std::string_view name) const {
  auto h = Header("cookie");
  if (!h) return std::nullopt;
  std::string_view s = *h;
  while (!s.empty()) {
    const size_t semi = s.find(';');
    std::string_view part = s.substr(0, semi);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    const size_t eq = part.find('=');
    if (eq != std::string_view::npos && part.substr(0, eq) == name) {
      return std::string(part.substr(eq + 1));
    }
    if (semi == std::string_view::npos) break;
    s.remove_prefix(semi + 1);
  }
  return std::nullopt;
}

int64_t Request::PathId(std::string_view name) const {
  return std::stoll(path_params.at(std::string(name)));
}

Response Json(int status, const boost::json::value& v) {
  Response r;
  r.status = status;
  r.body = boost::json::serialize(v);
  return r;
}

Response JsonWritten(int status, std::string json) {
  Response r;
  r.status = status;
  r.body = std::move(json);
  return r;
}

Response EventStream(Stream stream) {
  Response r;
  r.content_type = "text/event-stream";
  r.stream = std::make_shared<const Stream>(std::move(stream));
  return r;
}

std::string SseFrame(std::string_view event, std::string_view data, std::optional<int64_t> id) {
  std::string out;
  if (id) out += "id: " + std::to_string(*id) + "\n";
  if (!event.empty()) out += "event: " + std::string(event) + "\n";
  while (true) {
    const size_t nl = data.find('\n');
    out += "data: " + std::string(data.substr(0, nl)) + "\n";
    if (nl == std::string_view::npos) break;
    data.remove_prefix(nl + 1);
  }
  return out + "\n";
}

Response NoContent() {
  Response r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

}  // namespace linli::http
