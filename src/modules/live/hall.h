// The hall screen's figures for one area, computed by the appeals KPI code (appeals/kpi.h) so
// that each equals what GET /api/v1/kpis/appeals gives:
//   received_today   received.count                         with from = to = today
//   resolved_today   resolution_rate.numerator              with from = to = today
//   in_progress_today resolution_rate.denominator - numerator with from = to = today
//                    (received today, not referred or merged, not resolved: still in hand, or
//                    closed without a fix)
//   overdue_now      overdue_now.count
//   satisfaction     satisfaction_rate (rate, numerator, denominator) with
//                    from = satisfaction_from (29 days before today), to = today
// "Today" is the China Standard Time day. Figures only: no names, no free text, no ids of
// appeals or people.
//
// Which areas may be shown without a login: a community or a subdistrict (the places a hall
// screen serves; their figures aggregate enough appeals that none is recognisable). A grid,
// building or household is refused: its figures could point at one household.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "modules/areas/area.h"
#include "store/database.h"

namespace linli::live {

// True when the area of kind `kind` may be streamed publicly.
bool PublicHallKind(std::string_view kind);

// The figures of `area` at `now_ms`, as JSON text.
std::string HallFigures(store::Connection& c, const areas::Area& area, int64_t now_ms);

}  // namespace linli::live
