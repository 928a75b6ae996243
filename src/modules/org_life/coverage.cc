#include "modules/org_life/coverage.h"

#include <algorithm>
#include <array>
#include <tuple>

#include "modules/org_life/kinds.h"

namespace linli::org_life {
namespace {

// In the order of SlotStatus.
constexpr std::array<std::string_view, 3> kSlotStatuses = {"held", "missed", "open"};
constexpr std::array<std::string_view, 2> kMissOutcomes = {"absent", "not_held"};

}  // namespace

std::string_view SlotStatusName(SlotStatus s) { return kSlotStatuses.at(static_cast<size_t>(s)); }

std::span<const std::string_view> SlotStatuses() { return kSlotStatuses; }

std::span<const std::string_view> MissOutcomes() { return kMissOutcomes; }

std::string_view OutcomeName(Outcome o) {
  switch (o) {
    case Outcome::kAttended:
      return "attended";
    case Outcome::kExcused:
      return "excused";
    case Outcome::kAbsent:
      return "absent";
    case Outcome::kNotHeld:
      return "not_held";
  }
  return "not_held";
}

std::vector<Slot> SlotsOf(const OrgDue& due, std::span<const Period> periods,
                          std::span<const MeetingFact> meetings, std::string_view today) {
  std::vector<const MeetingFact*> mine;
  for (const auto& m : meetings) {
    if (m.org_id == due.org_id && m.kind == due.kind) mine.push_back(&m);
  }
  std::sort(mine.begin(), mine.end(), [](const MeetingFact* a, const MeetingFact* b) {
    return std::tie(a->held_on, a->id) < std::tie(b->held_on, b->id);
  });
  std::vector<Slot> out;
  for (const auto& p : periods) {
    Slot s{due.org_id, due.org_path, due.kind, p, SlotStatus::kOpen, {}, {}};
    for (const MeetingFact* m : mine) {
      if (m->held_on < p.first_day || m->held_on > p.last_day) continue;
      (m->valid ? s.valid_meetings : s.invalid_meetings).push_back(m->id);
    }
    if (!s.valid_meetings.empty()) {
      s.status = SlotStatus::kHeld;
    } else if (p.last_day < today) {
      s.status = SlotStatus::kMissed;
    }
    out.push_back(std::move(s));
  }
  return out;
}

bool Binds(const Slot& slot, std::string_view member_org_path) {
  return BindsMembers(slot.kind) && member_org_path.starts_with(slot.org_path);
}

MemberCoverage CoverMember(int64_t person_id, std::string_view member_org_path,
                           std::span<const Slot> slots, std::span<const MeetingFact> meetings) {
  std::map<int64_t, const MeetingFact*> by_id;
  for (const auto& m : meetings) by_id.emplace(m.id, &m);
  MemberCoverage cov;
  cov.person_id = person_id;
  for (size_t i = 0; i < slots.size(); ++i) {
    const Slot& s = slots[i];
    if (s.status == SlotStatus::kOpen || !Binds(s, member_org_path)) continue;
    MemberSlot ms{i, Outcome::kNotHeld, std::nullopt};
    if (s.status == SlotStatus::kHeld) {
      ms.outcome = Outcome::kAbsent;
      ms.meeting_id = s.valid_meetings.front();
      for (int64_t id : s.valid_meetings) {
        auto it = by_id.find(id);
        if (it == by_id.end()) continue;
        auto row = it->second->attendance.find(person_id);
        if (row == it->second->attendance.end()) continue;
        if (row->second == "present") {
          ms.outcome = Outcome::kAttended;
          ms.meeting_id = id;
          break;
        }
        if (row->second == "excused" && ms.outcome == Outcome::kAbsent) {
          ms.outcome = Outcome::kExcused;
          ms.meeting_id = id;
        }
      }
    }
    switch (ms.outcome) {
      case Outcome::kAttended:
        ++cov.attended;
        break;
      case Outcome::kExcused:
        ++cov.excused;
        break;
      case Outcome::kAbsent:
        ++cov.absent;
        break;
      case Outcome::kNotHeld:
        ++cov.not_held;
        break;
    }
    cov.slots.push_back(ms);
  }
  return cov;
}

Share ShareOf(std::span<const MemberCoverage> members) {
  Share s;
  for (const auto& m : members) {
    if (m.slots.empty()) {
      s.unmeasured.push_back(m.person_id);
    } else if (m.Complete()) {
      s.complete.push_back(m.person_id);
    } else {
      s.incomplete.push_back(m.person_id);
    }
  }
  return s;
}

}  // namespace linli::org_life
