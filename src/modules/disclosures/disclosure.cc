#include "modules/disclosures/disclosure.h"

#include <fmt/format.h>

namespace linli::disclosures {

const std::string_view kColumns =
    "d.id, d.area_id, a.name, a.kind, a.path, d.category, d.mode, d.period, d.period_from,"
    " d.period_to, d.title, d.body, d.state, p.login, d.published_at, w.login, d.withdrawn_at,"
    " d.withdraw_reason";
const std::string_view kFrom =
    "disclosures d JOIN areas a ON a.id = d.area_id JOIN accounts p ON p.id = d.published_by"
    " LEFT JOIN accounts w ON w.id = d.withdrawn_by";

Disclosure FromRow(const store::Row& r) {
  Disclosure d;
  d.id = r.Int(0);
  d.area_id = r.Int(1);
  d.area_name = r.Text(2);
  d.area_kind = r.Text(3);
  d.area_path = r.Text(4);
  d.category = r.Text(5);
  d.mode = r.Text(6);
  d.period = r.OptText(7);
  d.period_from = r.OptText(8);
  d.period_to = r.OptText(9);
  d.title = r.Text(10);
  d.body = r.Text(11);
  d.state = r.Text(12);
  d.published_by = r.Text(13);
  d.published_at = r.Int(14);
  d.withdrawn_by = r.OptText(15);
  d.withdrawn_at = r.OptInt(16);
  d.withdraw_reason = r.OptText(17);
  return d;
}

std::optional<Disclosure> Load(store::Connection& c, int64_t id) {
  auto row = c.QueryOne(fmt::format("SELECT {} FROM {} WHERE d.id = ?", kColumns, kFrom), {id});
  if (!row) return std::nullopt;
  return FromRow(*row);
}

}  // namespace linli::disclosures
