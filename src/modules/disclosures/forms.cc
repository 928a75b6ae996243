#include "modules/disclosures/forms.h"

#include "core/form.h"
#include "modules/disclosures/disclosure.h"
#include "modules/disclosures/period.h"

namespace linli::disclosures {

Result<PublishForm> ParsePublish(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  PublishForm out;
  out.area_id = f.RequiredId("area_id");
  out.category = f.RequiredEnum("category", Categories());
  out.mode = f.RequiredEnum("mode", Modes());
  out.period = f.OptionalString("period", 10, 1);
  if (out.period && !ParsePeriod(*out.period)) {
    f.Fail("period", "must be a month (2026-10), quarter (2026-Q3), half (2026-H2) or year (2026)");
  }
  out.title = f.RequiredString("title", kMaxTitle);
  out.body = f.RequiredText("body", kMaxBody);
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<WithdrawForm> ParseWithdraw(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  WithdrawForm out;
  out.reason = f.RequiredText("reason", kMaxReason);
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

}  // namespace linli::disclosures
