// Service requests of Open311 GeoReport v2 read from and written as appeals. Every appeal of
// the deployment is a public service request here, whatever its channel, shown without
// personal data: no resident, no name or phone or ID number, the description and reasons
// redacted (mapping.h), a household's place given as its building.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "modules/appeals/commands.h"
#include "modules/appeals/settings.h"
#include "modules/open311/answers.h"
#include "modules/open311/keys.h"
#include "store/database.h"

namespace linli::open311 {

// One service: an appeal category.
ServiceAnswer ServiceOf(const appeals::AppealCategory& c);

struct RequestFilter {
  std::vector<int64_t> ids;        // service_request_id: when given, the rest is ignored
  std::vector<std::string> codes;  // service_code
  int64_t start_ms = 0;            // requested at or after
  int64_t end_ms = 0;              // requested at or before
  std::optional<std::string> status;
  int page = 1;  // 1-based, of `page_size` requests each
  int page_size = 1000;
};

// GET requests: newest first, the filter's page, as the JSON array of the answer (of
// RequestAnswer).
struct RequestList {
  size_t count = 0;
  std::string json;
};
RequestList ListRequests(store::Connection& c, const appeals::AppealsConfig& config,
                         const RequestFilter& f);

// The body of POST requests.json (application/x-www-form-urlencoded), checked.
struct PostForm {
  std::string api_key;
  std::string service_code;
  std::optional<int64_t> address_id;  // an area id (GET /api/v1/areas)
  std::optional<double> lat;
  std::optional<double> lng;
  std::optional<std::string> address_string;
  std::string description;
  std::optional<std::string> name;   // last_name + first_name
  std::optional<std::string> phone;  // with a name: the resident on record or entered once
};
Result<PostForm> ParsePost(std::string_view body, const appeals::AppealsConfig& config);
// One non-empty field of such a body (api_key is checked before the rest).
std::optional<std::string> FormValue(std::string_view body, std::string_view name);

// Raises the appeal on the open311 channel for the key's client; returns the one item of the
// spec's answer.
Result<PostedAnswer> PostRequest(appeals::Context& ctx, const Key& key, const PostForm& f);

// GET tokens/{token}: the request of the token; nullopt when it is unknown.
std::optional<TokenAnswer> TokenLookup(store::Connection& c, const std::string& token);

}  // namespace linli::open311
