// How an appeal reads as an Open311 GeoReport v2 service request: pure functions, no storage.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

namespace linli::open311 {

// "open" while the community still owes work (received up to on site, escalated); "closed"
// once resolved, followed up, closed, closed without a fix, referred or merged. A request
// reopened after a bad rating is open again.
std::string_view StatusOf(std::string_view state);
// The appeal states behind an Open311 status.
std::vector<std::string_view> StatesOf(std::string_view status);

// Free text made fit for the public: every run of 7 or more digits (with an ID number's final
// X) masked as phones and ID numbers are elsewhere, and each occurrence of `name` (the
// resident's) replaced by "*". Names the text states otherwise cannot be found and stay.
std::string Redact(std::string_view text, std::string_view name);

// True when (lng, lat) lies inside a GeoJSON Polygon or MultiPolygon (holes excluded).
bool Contains(const boost::json::value& geometry, double lng, double lat);

}  // namespace linli::open311
