#include "modules/open311/mapping.h"

#include <array>
#include <vector>

#include <boost/json.hpp>

#include "core/personal_data.h"

namespace linli::open311 {
namespace {

constexpr std::array<std::string_view, 6> kOpen = {"received", "accepted", "dispatched",
                                                   "taken",    "on_site",  "escalated"};
constexpr std::array<std::string_view, 6> kClosed = {"resolved",          "followed_up", "closed",
                                                     "closed_unresolved", "referred",    "merged"};

bool IsDigit(char ch) { return ch >= '0' && ch <= '9'; }

// Ray casting over one ring of [lng, lat] positions.
bool InRing(const boost::json::array& ring, double x, double y) {
  bool in = false;
  const size_t n = ring.size();
  for (size_t i = 0, j = n - 1; i < n; j = i++) {
    if (!ring[i].is_array() || !ring[j].is_array()) return false;
    const auto& a = ring[i].as_array();
    const auto& b = ring[j].as_array();
    if (a.size() < 2 || b.size() < 2 || !a[0].is_number() || !a[1].is_number() ||
        !b[0].is_number() || !b[1].is_number()) {
      return false;
    }
    const double xi = a[0].to_number<double>();
    const double yi = a[1].to_number<double>();
    const double xj = b[0].to_number<double>();
    const double yj = b[1].to_number<double>();
    if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) in = !in;
  }
  return in;
}

// A polygon: its outer ring, minus its holes.
bool InPolygon(const boost::json::value& rings, double x, double y) {
  if (!rings.is_array() || rings.as_array().empty()) return false;
  const auto& rs = rings.as_array();
  for (size_t k = 0; k < rs.size(); ++k) {
    if (!rs[k].is_array() || rs[k].as_array().size() < 3) return false;
    const bool in = InRing(rs[k].as_array(), x, y);
    if (k == 0 && !in) return false;
    if (k > 0 && in) return false;
  }
  return true;
}

}  // namespace

std::string_view StatusOf(std::string_view state) {
  for (auto s : kOpen) {
    if (s == state) return "open";
  }
  return "closed";
}

std::vector<std::string_view> StatesOf(std::string_view status) {
  if (status == "open") return {kOpen.begin(), kOpen.end()};
  return {kClosed.begin(), kClosed.end()};
}

std::string Redact(std::string_view text, std::string_view name) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (!name.empty() && text.substr(i, name.size()) == name) {
      out += '*';
      i += name.size();
      continue;
    }
    if (!IsDigit(text[i])) {
      out += text[i++];
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsDigit(text[j])) ++j;
    if (j < text.size() && (text[j] == 'X' || text[j] == 'x') && j - i == 17) ++j;
    const std::string_view run = text.substr(i, j - i);
    if (run.size() < 7) {
      out += run;
    } else if (run.size() == 18) {
      out += MaskIdNumber(run);
    } else if (run.size() == 11) {
      out += MaskPhone(run);
    } else {
      out += std::string(run.size(), '*');
    }
    i = j;
  }
  return out;
}

bool Contains(const boost::json::value& geometry, double lng, double lat) {
  if (!geometry.is_object()) return false;
  const auto& g = geometry.as_object();
  const auto* type = g.if_contains("type");
  const auto* coords = g.if_contains("coordinates");
  if (!type || !coords || !type->is_string() || !coords->is_array()) return false;
  if (type->as_string() == "Polygon") return InPolygon(*coords, lng, lat);
  if (type->as_string() == "MultiPolygon") {
    for (const auto& p : coords->as_array()) {
      if (InPolygon(p, lng, lat)) return true;
    }
  }
  return false;
}

}  // namespace linli::open311
