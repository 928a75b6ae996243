#include "modules/live/hall.h"

#include "core/clock.h"
#include "modules/appeals/kpi.h"
#include "modules/appeals/kpi_counts.h"
#include "modules/live/frames.h"

namespace linli::live {
namespace {
constexpr int64_t kSatisfactionDays = 30;
}  // namespace

bool PublicHallKind(std::string_view kind) { return kind == "community" || kind == "subdistrict"; }

std::string HallFigures(store::Connection& c, const areas::Area& area, int64_t now_ms) {
  namespace kpi = appeals::kpi;
  const std::string today = LocalDate(now_ms);
  const int64_t today_ms = LocalDayStartMs(today);
  const int64_t tomorrow_ms = today_ms + kMsPerDay;
  const int64_t sat_from_ms = today_ms - (kSatisfactionDays - 1) * kMsPerDay;
  store::Tx tx(c, store::Tx::kRead);  // one snapshot for every figure
  const kpi::Figures day = kpi::FiguresOf(kpi::Sum(c, area.id, today_ms, tomorrow_ms));
  const kpi::Figures month = kpi::FiguresOf(kpi::Sum(c, area.id, sat_from_ms, tomorrow_ms));
  const int64_t overdue = kpi::OverdueNow(c, area.id);
  tx.Commit();
  const HallFiguresFrame out{
      {area.id, area.kind, area.name},
      today,
      LocalDate(sat_from_ms),
      day.received,
      day.resolution.denominator - day.resolution.numerator,
      day.resolution.numerator,
      overdue,
      {month.satisfaction.numerator, month.satisfaction.denominator, month.satisfaction.rate}};
  return shape::JsonOf(out);
}

}  // namespace linli::live
