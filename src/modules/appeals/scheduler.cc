#include "modules/appeals/scheduler.h"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "core/clock.h"
#include "modules/appeals/deadlines.h"

namespace linli::appeals {

int64_t Scheduler::Round() {
  store::Connection& c = db_.Conn();
  if (const int64_t n = RunDue(c, NowMs()); n > 0) spdlog::info("appeals: {} deadlines missed", n);
  if (auto next = NextDue(c)) return std::clamp<int64_t>(*next - NowMs(), 0, kMaxSleepMs);
  return kMaxSleepMs;
}

}  // namespace linli::appeals
