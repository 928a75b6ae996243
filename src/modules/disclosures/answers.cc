#include "modules/disclosures/answers.h"

namespace linli::disclosures {
using shape::View;

DisclosureAnswer AnswerOf(const Disclosure& d) {
  DisclosureAnswer out;
  out.id = d.id;
  out.area = {d.area_id, d.area_name, d.area_kind, d.area_path};
  out.category = {d.category};
  out.mode = {d.mode};
  out.period = View(d.period);
  out.period_from = View(d.period_from);
  out.period_to = View(d.period_to);
  out.title = d.title;
  out.body = d.body;
  out.state = {d.state};
  out.published_by = d.published_by;
  out.published_at = {d.published_at};
  out.withdrawn_by = View(d.withdrawn_by);
  if (d.withdrawn_at) out.withdrawn_at = shape::Time{*d.withdrawn_at};
  out.withdraw_reason = View(d.withdraw_reason);
  return out;
}

}  // namespace linli::disclosures
