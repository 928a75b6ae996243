// The shapes of the Open311 GeoReport v2 answers (http://wiki.open311.org/GeoReport_v2), each
// declared once (http/shape.h): their JSON and their schemas come from these structs. Member
// names and order are the spec's (its examples' order); lists are top-level JSON arrays, as
// the spec has them. They own their text: the answers are computed, not viewed.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "http/shape.h"

namespace linli::open311 {

namespace shape = http::shape;

inline constexpr std::array<std::string_view, 2> kStatuses = {"open", "closed"};
inline constexpr std::array<std::string_view, 1> kServiceTypes = {"realtime"};
// The spec's two statuses of a request.
constexpr std::span<const std::string_view> Statuses() { return kStatuses; }
constexpr std::span<const std::string_view> ServiceTypes() { return kServiceTypes; }

// One error of the spec's error document (a list of them).
struct ErrorAnswer {
  static constexpr std::string_view kSchemaName = "Open311Error";
  int64_t code = 0;
  std::string description;
  static constexpr shape::Doc kDocs[] = {{"code", "the HTTP status"},
                                         {"description", "naming the parameter at fault"}};
};

struct Endpoint {
  std::string_view specification;
  std::string_view url;
  std::string_view changeset;
  std::string_view type;
  std::vector<std::string_view> formats;
};
struct DiscoveryAnswer {
  std::string_view changeset;
  std::string_view contact;
  std::string_view key_service;
  std::vector<Endpoint> endpoints;
};

// A service: an appeal category.
struct ServiceAnswer {
  static constexpr std::string_view kSchemaName = "Open311Service";
  std::string service_code;
  std::string service_name;
  std::string description;
  bool metadata = false;
  shape::OneOf<&ServiceTypes> type;
  std::string keywords;
  std::string group;
  static constexpr shape::Doc kDocs[] = {{"description", "the category's clocks"},
                                         {"metadata", "false: no extra attributes"}};
};
// A service's definition: no extra attributes for any service.
struct ServiceDefinitionAnswer {
  std::string service_code;
  std::vector<shape::RawObject> attributes;
};

// A service request: an appeal without personal data.
struct RequestAnswer {
  static constexpr std::string_view kSchemaName = "Open311Request";
  std::string service_request_id;
  shape::OneOf<&Statuses> status;
  std::string status_notes;
  std::string service_name;
  std::string service_code;
  std::string description;
  std::string agency_responsible;
  std::string service_notice;
  shape::Time requested_datetime;
  shape::Time updated_datetime;
  std::optional<shape::Time> expected_datetime;
  std::string address;
  std::string address_id;
  std::optional<std::string> zipcode;
  std::optional<double> lat;
  std::optional<double> long_;
  std::optional<std::string> media_url;
  static constexpr shape::Doc kDocs[] = {
      {"description", "with numbers and the resident's name masked"},
      {"address_id", "the area of the place (a household's building)"},
      {"zipcode", "not kept: null"},
      {"media_url", "photos are private to those who may read the appeal: null"}};
};

// The answer of POST requests (a list of one).
struct PostedAnswer {
  static constexpr std::string_view kSchemaName = "Open311Posted";
  std::string service_request_id;
  std::string token;
  std::string service_notice;
  std::optional<std::string> account_id;
  static constexpr shape::Doc kDocs[] = {{"account_id", "not kept: null"}};
};
// The answer of GET tokens/{token} (a list of one).
struct TokenAnswer {
  std::string service_request_id;
  std::string token;
};

BOOST_DESCRIBE_STRUCT(ErrorAnswer, (), (code, description))
BOOST_DESCRIBE_STRUCT(Endpoint, (), (specification, url, changeset, type, formats))
BOOST_DESCRIBE_STRUCT(DiscoveryAnswer, (), (changeset, contact, key_service, endpoints))
BOOST_DESCRIBE_STRUCT(ServiceAnswer, (),
                      (service_code, service_name, description, metadata, type, keywords, group))
BOOST_DESCRIBE_STRUCT(ServiceDefinitionAnswer, (), (service_code, attributes))
BOOST_DESCRIBE_STRUCT(RequestAnswer, (),
                      (service_request_id, status, status_notes, service_name, service_code,
                       description, agency_responsible, service_notice, requested_datetime,
                       updated_datetime, expected_datetime, address, address_id, zipcode, lat,
                       long_, media_url))
BOOST_DESCRIBE_STRUCT(PostedAnswer, (), (service_request_id, token, service_notice, account_id))
BOOST_DESCRIBE_STRUCT(TokenAnswer, (), (service_request_id, token))

}  // namespace linli::open311
