// The appeal record, its timeline, and the small read-only interface other modules may use.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/appeals/settings.h"
#include "store/database.h"

namespace linli::appeals {

struct Appeal {
  int64_t id = 0;
  std::string channel;
  std::string category;
  std::string urgency;
  std::string description;
  int64_t area_id = 0;
  std::string area_path;
  std::string area_name;
  std::string area_kind;
  std::optional<int64_t> grid_id;
  std::optional<double> lng;
  std::optional<double> lat;
  int64_t resident_id = 0;
  std::string resident_name;
  std::optional<std::string> resident_phone_mask;
  std::optional<int64_t> raised_by;
  std::string state;
  std::optional<std::string> assignee_kind;
  std::optional<int64_t> assignee_id;
  std::optional<std::string> assignee_name;      // the person's, unit's or provider's name
  std::optional<std::string> assignee_org_path;  // kind unit: the unit's party organisation
  std::vector<int64_t> assignee_people;          // kind provider: its people (Load only)
  std::optional<int64_t> accept_by;
  std::optional<int64_t> on_site_by;
  std::optional<int64_t> resolve_by;
  std::optional<int64_t> overdue_at;
  std::optional<std::string> rating;
  std::optional<std::string> escalated_to;
  std::optional<int64_t> escalated_area_id;
  std::optional<std::string> referred_to;
  std::optional<int64_t> merged_into;
  int64_t reopened = 0;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

// One row of the timeline.
struct Step {
  int64_t id = 0;
  std::string step;
  std::optional<std::string> from_state;
  std::string to_state;
  std::optional<int64_t> actor_id;
  std::string actor_label;
  std::optional<std::string> note;
  std::optional<std::string> reason;
  std::string detail;  // JSON object text
  int64_t at = 0;
};

struct Supervision {
  std::string kind;
  int64_t due_at = 0;
  std::optional<int64_t> level_area_id;
  int64_t raised_at = 0;
};

extern const std::string kAppealColumns;    // SELECT list over kAppealFrom
extern const std::string_view kAppealFrom;  // appeals a joined with areas and persons
// The same columns over appeals `a` and their resident `p` alone, for answers that show neither
// the place's name nor the assignee: those of the other tables read as NULL (empty).
extern const std::string kAppealResidentColumns;
extern const std::string_view kAppealResidentFrom;
Appeal FromRow(const store::Row& r);
std::optional<Appeal> Load(store::Connection& c, int64_t id);
std::vector<Step> StepsOf(store::Connection& c, int64_t appeal_id);
std::vector<Supervision> SupervisionsOf(store::Connection& c, int64_t appeal_id);

// The configured category with `code`; nullptr when there is none.
const AppealCategory* CategoryOf(const AppealsConfig& config, std::string_view code);
// Their answers' shapes (the JSON and its schema) are in answers.h.

}  // namespace linli::appeals
