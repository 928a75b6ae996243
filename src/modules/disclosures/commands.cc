#include "modules/disclosures/commands.h"

#include <fmt/format.h>

#include "core/clock.h"
#include "modules/areas/area.h"
#include "modules/areas/permissions.h"
#include "modules/audit.h"
#include "modules/disclosures/period.h"
#include "modules/disclosures/permissions.h"
#include "modules/disclosures/queries.h"

namespace linli::disclosures {
namespace {

constexpr std::string_view kInsert =
    "INSERT INTO disclosures (area_id, category, mode, period, period_from, period_to, title,"
    " body, state, published_by, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'published', ?, ?)"
    " RETURNING id";
constexpr std::string_view kWithdraw =
    "UPDATE disclosures SET state = 'withdrawn', withdrawn_by = ?, withdrawn_at = ?,"
    " withdraw_reason = ? WHERE id = ? AND state = 'published'";

// An area the caller may see (404 naming /area_id), a community or above (422), where the
// caller may publish (403).
Result<areas::Area> WritableArea(store::Connection& c, const auth::Actor& actor, int64_t id) {
  auto a = areas::Load(c, id);
  if (!a || !(areas::Allowed(actor, areas::Action::kRead, *a) ||
              Allowed(actor, Action::kRead, a->path))) {
    return Error::NotFoundField("/area_id", fmt::format("no area {}", id));
  }
  if (areas::KindRank(a->kind) > areas::KindRank("community")) {
    return Error::Rule("/area_id", fmt::format("{} is a {}: items are published by a community "
                                               "or an area above it",
                                               a->name, a->kind));
  }
  if (!Allowed(actor, Action::kWrite, a->path)) return Error::Forbidden();
  return *a;
}

// The mode and period rules of the category (seed 000: 政务随时公开; 事务临时性或定时性公开;
// 财务按规定, monthly or quarterly).
Result<std::optional<Period>> PeriodRule(const PublishForm& f) {
  if (f.category == "finance" && f.mode != "periodic") {
    return Error::Rule("/mode", "finances are disclosed periodically, by the month or quarter");
  }
  if (f.mode == "ad_hoc") {
    if (f.period) return Error::Rule("/period", "an ad-hoc item covers no period");
    return std::optional<Period>();
  }
  if (!f.period) return Error::Rule("/period", "a periodic item names the period it covers");
  auto p = ParsePeriod(*f.period);  // the form checked it
  if (f.category == "finance" && p->months > 3) {
    return Error::Rule("/period", "finances are disclosed by the month or the quarter");
  }
  return std::optional<Period>(*p);
}

}  // namespace

Result<Disclosure> Publish(store::Connection& c, const auth::Actor& actor, const PublishForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto area = WritableArea(c, actor, f.area_id);
  if (!area) return area.error();
  auto period = PeriodRule(f);
  if (!period) return period.error();
  const int64_t now = NowMs();
  std::optional<std::string> from;
  std::optional<std::string> to;
  if (*period) {
    from = (*period)->first_day;
    to = (*period)->last_day;
  }
  const int64_t id =
      c.Query(kInsert, {f.area_id, f.category, f.mode, store::Opt(f.period), store::Opt(from),
                        store::Opt(to), f.title, f.body, actor.account_id, now})
          .front()
          .Int(0);
  boost::json::object summary{
      {"area_id", f.area_id}, {"category", f.category}, {"mode", f.mode}, {"title", f.title}};
  if (f.period) summary["period"] = *f.period;
  record::EventLog::Append(
      c, EventBy(actor, "disclosure.publish", "disclosure", id, area->path, std::move(summary)));
  auto d = Load(c, id);
  tx.Commit();
  return *d;
}

Result<Disclosure> Withdraw(store::Connection& c, const auth::Actor& actor, int64_t id,
                            const WithdrawForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto d = Visible(c, actor, id);
  if (!d) return d.error();
  if (!Allowed(actor, Action::kWrite, d->area_path)) return Error::Forbidden();
  if (d->state != "published") {
    return Error::Conflict(fmt::format("disclosure {} is already withdrawn", id));
  }
  const int64_t now = NowMs();
  c.Exec(kWithdraw, {actor.account_id, now, f.reason, id});
  record::EventLog::Append(c, EventBy(actor, "disclosure.withdraw", "disclosure", id, d->area_path,
                                      {{"reason", f.reason}}));
  auto out = Load(c, id);
  tx.Commit();
  return *out;
}

}  // namespace linli::disclosures
