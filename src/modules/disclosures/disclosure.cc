#include "modules/disclosures/disclosure.h"

#include <array>

#include <fmt/format.h>

#include "core/clock.h"

namespace linli::disclosures {
namespace {
constexpr std::array<std::string_view, 3> kCategories = {"government", "affairs", "finance"};
constexpr std::array<std::string_view, 2> kModes = {"ad_hoc", "periodic"};

boost::json::value Opt(const std::optional<std::string>& s) {
  return s ? boost::json::value(*s) : nullptr;
}
}  // namespace

std::span<const std::string_view> Categories() { return kCategories; }
std::span<const std::string_view> Modes() { return kModes; }

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

boost::json::object ToJson(const Disclosure& d) {
  boost::json::object o{
      {"id", d.id},
      {"area",
       {{"id", d.area_id}, {"name", d.area_name}, {"kind", d.area_kind}, {"path", d.area_path}}},
      {"category", d.category},
      {"mode", d.mode},
      {"period", Opt(d.period)},
      {"period_from", Opt(d.period_from)},
      {"period_to", Opt(d.period_to)},
      {"title", d.title},
      {"body", d.body},
      {"state", d.state},
      {"published_by", d.published_by},
      {"published_at", FormatTime(d.published_at)}};
  o["withdrawn_by"] = Opt(d.withdrawn_by);
  o["withdrawn_at"] = d.withdrawn_at ? boost::json::value(FormatTime(*d.withdrawn_at)) : nullptr;
  o["withdraw_reason"] = Opt(d.withdraw_reason);
  return o;
}

}  // namespace linli::disclosures
