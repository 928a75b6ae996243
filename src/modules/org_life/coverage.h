// Coverage of org life (组织生活全覆盖), measured from recorded meetings: which periods an
// organisation owed and missed, and for each member how many required meetings they missed.
// Pure functions over (periods, meetings, members); the queries load their inputs.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "modules/org_life/periods.h"

namespace linli::org_life {

// A recorded meeting as coverage needs it.
struct MeetingFact {
  int64_t id = 0;
  int64_t org_id = 0;
  std::string kind;
  std::string held_on;
  bool valid = false;
  std::map<int64_t, std::string> attendance;  // person id -> present | absent | excused
};

// held:   a valid meeting of the kind was recorded in the period
// missed: the period has ended without one (meetings recorded but not valid do not count)
// open:   the period has not ended and none is recorded yet
enum class SlotStatus { kHeld, kMissed, kOpen };
std::string_view SlotStatusName(SlotStatus s);
// held | missed | open, the names of SlotStatus.
std::span<const std::string_view> SlotStatuses();

// One period an organisation owes one kind of meeting in.
struct Slot {
  int64_t org_id = 0;
  std::string org_path;
  std::string kind;
  Period period;
  SlotStatus status = SlotStatus::kOpen;
  std::vector<int64_t> valid_meetings;    // ids, in date order
  std::vector<int64_t> invalid_meetings;  // recorded but not valid (a general meeting short of
                                          // its quorum)
};

struct OrgDue {
  int64_t org_id = 0;
  std::string org_path;
  std::string kind;
  int months = 12;
};

// The slots `due` owes over `periods`, judged against `meetings` (any; those of other
// organisations or kinds are ignored) on the date `today`.
std::vector<Slot> SlotsOf(const OrgDue& due, std::span<const Period> periods,
                          std::span<const MeetingFact> meetings, std::string_view today);

// How one member fared in one slot: attended (present at a valid meeting), excused (not present
// at any, excused at one), absent (a valid meeting was held without them: absent, or not on its
// roll), not_held (the organisation held no valid meeting).
enum class Outcome { kAttended, kExcused, kAbsent, kNotHeld };
std::string_view OutcomeName(Outcome o);
// absent | not_held: the outcomes that are a miss.
std::span<const std::string_view> MissOutcomes();

struct MemberSlot {
  size_t slot = 0;  // index into the slots given
  Outcome outcome = Outcome::kNotHeld;
  std::optional<int64_t> meeting_id;  // the meeting that decided it
};

struct MemberCoverage {
  int64_t person_id = 0;
  std::vector<MemberSlot> slots;  // every slot that binds the member, held or missed
  int attended = 0;
  int excused = 0;
  int absent = 0;
  int not_held = 0;
  int Required() const { return static_cast<int>(slots.size()); }
  int Missed() const { return absent + not_held; }
  // Org life is complete when at least one slot was measured and none was missed; an excused
  // absence is not a miss.
  bool Complete() const { return !slots.empty() && Missed() == 0; }
};

// True when `slot` binds a member held by the organisation with path `member_org_path`: the
// kind binds members (BindsMembers) and the member is held by the slot's organisation or one
// below it.
bool Binds(const Slot& slot, std::string_view member_org_path);

// The member's coverage over `slots` (open slots are skipped: nothing is owed yet).
MemberCoverage CoverMember(int64_t person_id, std::string_view member_org_path,
                           std::span<const Slot> slots, std::span<const MeetingFact> meetings);

// The share of members whose org life was complete: complete / measured, with the ids behind
// both; members bound by no measured slot are listed as unmeasured, outside the share.
struct Share {
  std::vector<int64_t> complete;
  std::vector<int64_t> incomplete;
  std::vector<int64_t> unmeasured;
  size_t Measured() const { return complete.size() + incomplete.size(); }
};
Share ShareOf(std::span<const MemberCoverage> members);

}  // namespace linli::org_life
