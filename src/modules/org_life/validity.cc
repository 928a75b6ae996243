#include "modules/org_life/validity.h"

#include <array>

namespace linli::org_life {
namespace {
constexpr std::array<std::string_view, 3> kStatuses = {"present", "absent", "excused"};
}  // namespace

std::span<const std::string_view> AttendanceStatuses() { return kStatuses; }

Tally Count(std::span<const AttendanceRow> rows) {
  Tally t;
  for (const auto& r : rows) {
    const bool present = r.status == "present";
    if (present) ++t.present;
    if (r.status == "absent") ++t.absent;
    if (r.status == "excused") ++t.excused;
    if (r.voting) {
      ++t.voting;
      if (present) ++t.voting_present;
    }
  }
  return t;
}

int QuorumOf(int voting) { return voting / 2 + 1; }

bool Valid(std::string_view kind, const Tally& t) {
  if (kind == "general_meeting") return t.voting > 0 && t.voting_present >= QuorumOf(t.voting);
  return t.present > 0;
}

}  // namespace linli::org_life
