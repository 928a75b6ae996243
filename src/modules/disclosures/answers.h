// The shape of the disclosures module's answer, declared once (http/shape.h): the JSON of an
// item and its OpenAPI component Disclosure come from this struct. It views the record it is
// made from.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "http/shape.h"
#include "modules/areas/area_ref.h"
#include "modules/disclosures/disclosure.h"

namespace linli::disclosures {

namespace shape = http::shape;

struct DisclosureAnswer {
  static constexpr std::string_view kSchemaName = "Disclosure";
  int64_t id = 0;
  areas::AreaRef area;
  shape::OneOf<&Categories> category;
  shape::OneOf<&Modes> mode;
  std::optional<std::string_view> period;
  std::optional<std::string_view> period_from;
  std::optional<std::string_view> period_to;
  std::string_view title;
  std::string_view body;
  shape::OneOf<&States> state;
  std::string_view published_by;
  shape::Time published_at;
  std::optional<std::string_view> withdrawn_by;
  std::optional<shape::Time> withdrawn_at;
  std::optional<std::string_view> withdraw_reason;
  static constexpr shape::Doc kDocs[] = {
      {"period", "periodic items: 2026-10, 2026-Q3, 2026-H2 or 2026"},
      {"period_from", "first day of the period, YYYY-MM-DD"},
      {"period_to", "last day of the period, YYYY-MM-DD"},
      {"published_by", "the login that published it"}};
};
BOOST_DESCRIBE_STRUCT(DisclosureAnswer, (),
                      (id, area, category, mode, period, period_from, period_to, title, body, state,
                       published_by, published_at, withdrawn_by, withdrawn_at, withdraw_reason))

DisclosureAnswer AnswerOf(const Disclosure& d);

}  // namespace linli::disclosures
