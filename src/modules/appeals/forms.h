// Forms of the appeals module: raw JSON in, validated structs out; a failure names the field.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/field.h"
#include "core/result.h"
#include "modules/appeals/settings.h"

namespace linli::appeals {

inline constexpr size_t kMaxDescription = 2000;
inline constexpr size_t kMaxNote = 1000;
inline constexpr size_t kMaxPhotoIds = 50;  // per request; the configured count per appeal rules

struct Point {
  double lng = 0;
  double lat = 0;
  int64_t grid_id = 0;  // the grid the point lies in
};

struct NewResident {
  std::string name;
  std::string phone;  // validated mobile number; sealed by the people module
};

struct IntakeForm {
  std::string channel;
  std::string category;
  std::string urgency = "normal";
  std::string description;
  std::optional<int64_t> area_id;  // exactly one of area_id and point
  std::optional<Point> point;
  std::optional<int64_t> resident_id;  // a worker raising for someone: one of these two
  std::optional<NewResident> resident;
  std::vector<int64_t> photo_ids;  // uploads of the caller (photos.h)
};

// The fields of POST /api/v1/appeals, declared once: ParseIntake reads them and the route's
// schema is made of them (schema::Body). The category's values are the configured codes.
std::span<const Field> IntakeFields();

Result<IntakeForm> ParseIntake(std::string_view body, const AppealsConfig& config);

// The body of POST /api/v1/appeals/{id}/{step}; which fields apply depends on the step, whose
// row in the step table (steps.h) declares them and parses the body (ParseStep).
struct StepForm {
  std::optional<std::string> note;           // every step: shown to the resident
  std::optional<std::string> reason;         // refer, escalate, close_unresolved, close, merge
  std::optional<std::string> result;         // resolve: what was done
  std::optional<std::string> assignee_kind;  // dispatch: person (the default), unit, provider
  std::optional<int64_t> assignee_id;        // dispatch
  std::optional<int64_t> due_at;             // dispatch: an earlier deadline, ms
  std::optional<std::string> rating;         // follow_up
  std::optional<std::string> to;             // refer: the outside body; escalate: level
  std::optional<std::string> department;     // escalate to a department: its name
  std::optional<int64_t> into;               // merge: the appeal this one follows
  std::vector<int64_t> photo_ids;            // resolve: evidence of what was done (photos.h)
};

}  // namespace linli::appeals
