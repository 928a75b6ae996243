// The shapes of the duty_zones module's answers, each declared once (http/shape.h): their JSON
// and their schemas (the OpenAPI components DutyZone and DutyZoneMember) come from these
// structs. They view the records they are made from: keep the record alive while its answer is
// written.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "http/shape.h"
#include "modules/duty_zones/zone.h"
#include "modules/orgs/org.h"
#include "modules/people/answers.h"

namespace linli::duty_zones {

namespace shape = http::shape;

// A member serving in a zone: the masked person with the party membership, if it still holds.
struct MemberAnswer : people::PersonAnswer {
  static constexpr std::string_view kSchemaName = "DutyZoneMember";
  std::optional<int64_t> org_id;
  std::optional<shape::OneOf<&orgs::MemberStatuses>> party_status;
  static constexpr shape::Doc kDocs[] = {
      {"birth_date", "YYYY-MM-DD"},
      {"id_number", "masked: first 6 and last 4 characters"},
      {"phone", "masked: first 3 and last 4 digits"},
      {"org_id", "the party organisation holding the membership"},
      {"party_status", "null: no longer a party member"}};
};
BOOST_DESCRIBE_STRUCT(MemberAnswer, (people::PersonAnswer), (org_id, party_status))

struct GridRef {
  int64_t id = 0;
  std::string_view name;
  std::string_view path;
};
BOOST_DESCRIBE_STRUCT(GridRef, (), (id, name, path))

struct ZoneAnswer {
  static constexpr std::string_view kSchemaName = "DutyZone";
  int64_t id = 0;
  std::string_view name;
  GridRef grid;
  std::vector<MemberAnswer> members;
  shape::Time created_at;
  shape::Time updated_at;
  static constexpr shape::Doc kDocs[] = {{"members", "by name"}};
};
BOOST_DESCRIBE_STRUCT(ZoneAnswer, (), (id, name, grid, members, created_at, updated_at))

ZoneAnswer AnswerOf(const ZoneView& v);

}  // namespace linli::duty_zones
