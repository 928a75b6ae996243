// Forms of the org_life module: raw JSON in, validated structs out. A failure names the field,
// down to "/attendance/2/status".
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace linli::org_life {

struct Listed {
  int64_t person_id = 0;
  std::string status;  // present | absent | excused
};

struct MeetingForm {
  int64_t org_id = 0;
  std::string kind;
  std::string held_on;
  std::string topic;
  std::string minutes;
  std::optional<std::string> lecturer;
  std::vector<Listed> attendance;  // each person once
  std::optional<bool> valid;       // a claim, checked against the server's computation
};

struct CorrectMeetingForm {
  std::optional<std::string> topic;
  std::optional<std::string> minutes;
  std::optional<std::string> lecturer;
  bool clear_lecturer = false;
  std::optional<std::vector<Listed>> attendance;
  std::optional<bool> valid;
};

// appraisal outcomes: excellent 优秀, qualified 合格, basically_qualified 基本合格,
// unqualified 不合格.
std::span<const std::string_view> Outcomes();

struct AppraisalResult {
  int64_t person_id = 0;
  std::string outcome;
  std::optional<std::string> note;
};

struct AppraisalForm {
  int64_t org_id = 0;
  int64_t year = 0;
  std::string held_on;
  std::optional<std::string> topic;
  std::string minutes;
  std::vector<AppraisalResult> results;  // each person once, at least one
};

Result<MeetingForm> ParseMeeting(std::string_view body);
Result<CorrectMeetingForm> ParseCorrectMeeting(std::string_view body);
Result<AppraisalForm> ParseAppraisal(std::string_view body);

}  // namespace linli::org_life
