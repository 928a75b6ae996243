#include "modules/disclosures/forms.h"

#include <array>

#include "core/form.h"
#include "modules/disclosures/disclosure.h"
#include "modules/disclosures/period.h"

namespace linli::disclosures {
namespace {

constexpr size_t kMaxPeriod = 10;

enum Publish { kArea, kCategory, kMode, kPeriod, kTitle, kBody };
constexpr std::array kPublishFields = std::to_array<Field>({
    {.name = "area_id",
     .type = FieldType::kId,
     .required = true,
     .description = "a community or an area above it"},
    {.name = "category", .type = FieldType::kEnum, .required = true, .values = Categories()},
    {.name = "mode", .type = FieldType::kEnum, .required = true, .values = Modes()},
    {.name = "period",
     .max = kMaxPeriod,
     .description = "periodic items only: 2026-10, 2026-Q3, 2026-H2 or 2026; finances by the "
                    "month or the quarter"},
    {.name = "title", .required = true, .max = kMaxTitle},
    {.name = "body", .type = FieldType::kText, .required = true, .max = kMaxBody},
});
constexpr std::array kWithdrawFields = std::to_array<Field>({
    {.name = "reason", .type = FieldType::kText, .required = true, .max = kMaxReason},
});

std::string Text(FieldValue v) {
  auto* s = std::get_if<std::string>(&v);
  return s ? std::move(*s) : std::string();
}

}  // namespace

std::span<const Field> PublishFields() { return kPublishFields; }
std::span<const Field> WithdrawFields() { return kWithdrawFields; }

Result<PublishForm> ParsePublish(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  PublishForm out;
  const FieldValue area = ReadField(f, kPublishFields[kArea]);
  if (const auto* id = std::get_if<int64_t>(&area)) out.area_id = *id;
  out.category = Text(ReadField(f, kPublishFields[kCategory]));
  out.mode = Text(ReadField(f, kPublishFields[kMode]));
  FieldValue period = ReadField(f, kPublishFields[kPeriod]);
  if (auto* p = std::get_if<std::string>(&period)) out.period = std::move(*p);
  if (out.period && !ParsePeriod(*out.period)) {
    f.Fail("period", "must be a month (2026-10), quarter (2026-Q3), half (2026-H2) or year (2026)");
  }
  out.title = Text(ReadField(f, kPublishFields[kTitle]));
  out.body = Text(ReadField(f, kPublishFields[kBody]));
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<WithdrawForm> ParseWithdraw(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  WithdrawForm out;
  out.reason = Text(ReadField(f, kWithdrawFields[0]));
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

}  // namespace linli::disclosures
