// The yearly performance feedback sheet (社区表现情况反馈单) of a member report-in: generated
// by the community from the confirmed service records of the year (nothing typed twice), with
// the community's written evaluation, sent to the work unit, acknowledged there, answered.
//   draft -> sent -> acknowledged
// A draft's figures are recomputed whenever it is generated again and when it is sent; from
// then on they are frozen. Drafts are seen by the community only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/report_in/forms.h"
#include "printing/form.h"
#include "store/database.h"
#include "store/page.h"

namespace linli::report_in {

struct SheetLine {
  int64_t post_id = 0;
  std::string title;
  std::string kind;
  int64_t services = 0;
  int64_t minutes = 0;
};

struct Sheet {
  int64_t id = 0;
  int64_t report_in_id = 0;
  int64_t year = 0;
  std::string status;
  int64_t person_id = 0;
  std::string person_name;
  int64_t unit_id = 0;
  std::string unit_name;
  int64_t org_id = 0;
  std::string org_name;
  std::string org_path;
  int64_t community_id = 0;
  std::string community_name;
  std::string community_path;
  std::optional<std::string> community_org;  // the community's own party organisation
  std::optional<std::string> receipt_no;
  int64_t services = 0;
  int64_t minutes = 0;
  int64_t posts = 0;
  std::optional<std::string> evaluation;
  std::optional<std::string> reply;
  int64_t generated_at = 0;
  std::optional<int64_t> sent_at;
  std::optional<int64_t> acknowledged_at;
  std::string generated_by;
  std::optional<std::string> sent_by;
  std::optional<std::string> acknowledged_by;
  std::vector<SheetLine> lines;
};

// The printed sheet, addressed to the unit's party organisation, signed by the secretary of the
// community's and sealed by it: report_in/forms/feedback_sheet.mustache.
printing::Form ToPage(const Sheet& s);

struct Skipped {
  int64_t report_in_id = 0;
  std::optional<int64_t> sheet_id;
  std::string reason;
};
struct Generated {
  std::vector<Sheet> sheets;  // created or refreshed drafts
  std::vector<Skipped> skipped;
};
// For every member report-in to the community confirmed before the year ended (or the one
// named): a draft sheet with the year's confirmed figures. Rules: the community exists and is
// one (404, 422 /community_id), where the caller decides (403); the year has begun (422
// /year); a named report-in is seen (404 /report_in_id), a confirmed member report-in to that
// community by the year's end (422 /report_in_id). Sheets already sent are skipped.
Result<Generated> Generate(store::Connection& c, const auth::Actor& actor, const GenerateForm& f);
// The community's writers edit the evaluation of a draft (409 once sent) and send it.
Result<Sheet> UpdateSheet(store::Connection& c, const auth::Actor& actor, int64_t id,
                          const SheetUpdateForm& f);
Result<Sheet> SendSheet(store::Connection& c, const auth::Actor& actor, int64_t id);
// A rep of the work unit acknowledges a sent sheet, with an optional reply; a second
// acknowledgement is a 409.
Result<Sheet> Acknowledge(store::Connection& c, const auth::Actor& actor, int64_t id,
                          const AcknowledgeForm& f);

struct SheetFilter {
  std::optional<int64_t> community_id;
  std::optional<int64_t> area_id;  // communities in this area
  std::optional<int64_t> year;
  std::optional<std::string> status;
  std::optional<bool> sent;  // sent or acknowledged
  std::optional<int64_t> unit_id;
  std::optional<int64_t> person_id;
};
struct SheetPage {
  std::vector<Sheet> items;
  int64_t total = 0;
};
Result<SheetPage> ListSheets(store::Connection& c, const auth::Actor& actor, const SheetFilter& f,
                             const store::Page& page);
Result<Sheet> GetSheet(store::Connection& c, const auth::Actor& actor, int64_t id);

}  // namespace linli::report_in
