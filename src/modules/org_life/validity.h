// Whether a recorded meeting counts: computed by the server from its attendance, never taken
// from the client.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace linli::org_life {

// present | absent | excused
std::span<const std::string_view> AttendanceStatuses();

struct AttendanceRow {
  int64_t person_id = 0;
  std::string status;   // present | absent | excused
  bool voting = false;  // a full member when recorded; probationary members attend, do not vote
  bool listed = true;   // false: not listed by the recorder and so recorded absent
};

struct Tally {
  int present = 0;
  int absent = 0;
  int excused = 0;
  int voting = 0;          // full members on the roll
  int voting_present = 0;  // ... of them present
};

Tally Count(std::span<const AttendanceRow> rows);

// A general meeting (支部党员大会) is valid only with more than half of the voting (full)
// members present: excused and probationary members do not count towards the quorum, and a
// branch without full members cannot hold one. Any other kind is valid when someone was
// present.
bool Valid(std::string_view kind, const Tally& t);

// Full members that must be present for a general meeting of `voting` full members.
int QuorumOf(int voting);

}  // namespace linli::org_life
