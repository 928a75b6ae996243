// Forms of the report_in module: raw JSON → validated structs, each failure naming its field.
// Rules that need the database (does the unit exist, is the member reported in) are the
// commands'.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/field.h"
#include "core/result.h"
#include "modules/report_in/vocabulary.h"

namespace linli::report_in {

struct UnitForm {
  std::string name;
  std::string kind;
  int64_t org_id = 0;  // the unit's party organisation
};

struct ReportInForm {
  std::string kind = "member";       // member | unit
  std::optional<int64_t> person_id;  // a member report-in: defaults to the caller
  int64_t unit_id = 0;
  std::optional<int64_t> community_id;  // a member's defaults to their community of residence
  std::optional<std::string> note;
};

// A reason, for declining a report-in or rejecting a service record.
struct ReasonForm {
  std::string reason;
};

struct PostForm {
  int64_t community_id = 0;
  std::string kind;
  std::string title;
  std::optional<std::string> description;
  std::optional<int64_t> duty_zone_id;  // for kind duty_zone: a zone on a grid of the community
};

struct PostUpdateForm {
  std::optional<std::string> title;
  std::optional<std::string> description;
  std::optional<bool> open;
};

struct ClaimForm {
  std::optional<int64_t> person_id;  // defaults to the caller
};

struct ServiceForm {
  int64_t post_id = 0;
  std::optional<int64_t> person_id;  // must be the caller when given
  std::string served_on;             // YYYY-MM-DD
  int64_t minutes = 0;               // from "hours", in quarter hours
  std::optional<std::string> note;
};

struct GenerateForm {
  int64_t community_id = 0;
  int64_t year = 0;
  std::optional<int64_t> report_in_id;    // one member's sheet only
  std::optional<std::string> evaluation;  // only with report_in_id
};

struct SheetUpdateForm {
  std::optional<std::string> evaluation;  // nullopt with `clear` set: remove it
  bool clear = false;
};

struct AcknowledgeForm {
  std::optional<std::string> reply;
};

// The fields of the bodies that are flat objects, each declared once: read by the Parse
// functions below, documented by the routes (http::schema::Body).
std::span<const Field> UnitFields();
std::span<const Field> ReportInFields();
std::span<const Field> ReasonFields();
std::span<const Field> PostFields();
std::span<const Field> PostUpdateFields();
std::span<const Field> ClaimFields();
std::span<const Field> ServiceFields();
std::span<const Field> GenerateFields();
std::span<const Field> SheetUpdateFields();
std::span<const Field> AcknowledgeFields();

Result<UnitForm> ParseUnit(std::string_view body);
Result<ReportInForm> ParseReportIn(std::string_view body);
Result<ReasonForm> ParseReason(std::string_view body);
// A body that is empty or an empty JSON object (an action with nothing to say).
Status ParseEmpty(std::string_view body);
Result<PostForm> ParsePost(std::string_view body);
Result<PostUpdateForm> ParsePostUpdate(std::string_view body);
// An empty body is a claim for oneself.
Result<ClaimForm> ParseClaim(std::string_view body);
Result<ServiceForm> ParseService(std::string_view body);
Result<GenerateForm> ParseGenerate(std::string_view body);
Result<SheetUpdateForm> ParseSheetUpdate(std::string_view body);
// An empty body acknowledges without a reply.
Result<AcknowledgeForm> ParseAcknowledge(std::string_view body);

}  // namespace linli::report_in
