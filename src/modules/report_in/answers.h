// The shapes of the report_in module's answers, each declared once (http/shape.h): their JSON
// and their schemas (the OpenAPI components named by their kSchemaName) come from these
// structs. They view the records they are made from: keep the record alive while its answer is
// written.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http/router.h"
#include "http/shape.h"
#include "modules/people/answers.h"
#include "modules/report_in/feedback_sheets.h"
#include "modules/report_in/figures.h"
#include "modules/report_in/receipt.h"
#include "modules/report_in/report_ins.h"
#include "modules/report_in/service_posts.h"
#include "modules/report_in/service_records.h"
#include "modules/report_in/vocabulary.h"
#include "modules/report_in/work_units.h"

namespace linli::report_in {

namespace shape = http::shape;

using IdName = shape::IdName;
struct OrgRef {
  int64_t id = 0;
  std::string_view name;
  std::string_view path;
};

struct WorkUnitAnswer {
  static constexpr std::string_view kSchemaName = "WorkUnit";
  int64_t id = 0;
  std::string_view name;
  shape::OneOf<&UnitKinds> kind;
  OrgRef org;
  shape::Time created_at;
  shape::Time updated_at;
  static constexpr shape::Doc kDocs[] = {{"org", "the unit's party organisation"}};
};

struct ReportInUnit {
  int64_t id = 0;
  std::string_view name;
  shape::OneOf<&UnitKinds> kind;
  IdName org;
};
struct ReportInAnswer {
  static constexpr std::string_view kSchemaName = "ReportIn";
  int64_t id = 0;
  shape::OneOf<&ReportInKinds> kind;
  shape::OneOf<&ReportInStates> status;
  std::optional<people::PersonAnswer> member;
  ReportInUnit unit;
  OrgRef community;
  std::optional<std::string_view> note;
  std::optional<std::string_view> decline_reason;
  std::optional<std::string_view> receipt_no;
  shape::Time submitted_at;
  std::string_view submitted_by;
  std::optional<shape::Time> decided_at;
  std::optional<std::string_view> decided_by;
  std::optional<bool> resides_in_community;
  static constexpr shape::Doc kDocs[] = {
      {"member", "a member report-in's member; null for a unit"},
      {"receipt_no", "报到回执卡 number, set on confirmation"},
      {"submitted_by", "login"},
      {"resides_in_community", "the member's household lies in the community"}};
};

struct ReceiptMember {
  int64_t id = 0;
  std::string_view name;
  std::optional<std::string_view> party_org;
};
struct ReceiptAnswer {
  static constexpr std::string_view kSchemaName = "Receipt";
  std::string_view receipt_no;
  int64_t report_in_id = 0;
  shape::OneOf<&ReportInKinds> kind;
  std::optional<ReceiptMember> member;
  IdName unit;
  IdName unit_org;
  IdName community;
  std::optional<std::string_view> community_org;
  std::optional<std::string_view> note;
  std::string_view submitted_on;
  std::string_view confirmed_on;
  std::string_view confirmed_by;
  static constexpr shape::Doc kDocs[] = {{"submitted_on", "YYYY-MM-DD"},
                                         {"confirmed_on", "YYYY-MM-DD"}};
};

struct PostAnswer {
  static constexpr std::string_view kSchemaName = "ServicePost";
  int64_t id = 0;
  IdName community;
  shape::OneOf<&PostKinds> kind;
  std::string_view title;
  std::optional<std::string_view> description;
  std::optional<IdName> duty_zone;
  bool open = true;
  int64_t claims = 0;
  bool claimed = false;
  shape::Time created_at;
  shape::Time updated_at;
  static constexpr shape::Doc kDocs[] = {{"claims", "members who have claimed it"},
                                         {"claimed", "claimed by the caller"}};
};

struct RecordPost {
  int64_t id = 0;
  std::string_view title;
  shape::OneOf<&PostKinds> kind;
};
struct ServiceRecordAnswer {
  static constexpr std::string_view kSchemaName = "ServiceRecord";
  int64_t id = 0;
  int64_t report_in_id = 0;
  IdName member;
  RecordPost post;
  IdName community;
  IdName unit;
  std::string_view served_on;
  double hours = 0;
  std::optional<std::string_view> note;
  shape::OneOf<&ServiceStates> status;
  std::optional<std::string_view> reject_reason;
  shape::Time logged_at;
  std::string_view logged_by;
  std::optional<shape::Time> decided_at;
  std::optional<std::string_view> decided_by;
  static constexpr shape::Doc kDocs[] = {{"served_on", "YYYY-MM-DD"},
                                         {"hours", "hours, in quarter hours"}};
};
// A page of service records, with the hours of every row the filter matches.
struct ServiceRecordPage : shape::PageOf<ServiceRecordAnswer> {
  static constexpr std::string_view kSchemaName = "ServiceRecordPage";
  double hours = 0;
  static constexpr shape::Doc kDocs[] = {
      {"total", "rows matching the filters in the caller's scope"},
      {"hours", "the hours of all matching rows"}};
};

struct SheetLineAnswer {
  int64_t post_id = 0;
  std::string_view title;
  shape::OneOf<&PostKinds> kind;
  int64_t services = 0;
  double hours = 0;
};
struct SheetAnswer {
  static constexpr std::string_view kSchemaName = "FeedbackSheet";
  int64_t id = 0;
  int64_t report_in_id = 0;
  int64_t year = 0;
  shape::OneOf<&SheetStates> status;
  IdName member;
  IdName unit;
  IdName unit_org;
  IdName community;
  std::optional<std::string_view> receipt_no;
  int64_t services = 0;
  double hours = 0;
  int64_t posts = 0;
  std::vector<SheetLineAnswer> lines;
  std::optional<std::string_view> evaluation;
  std::optional<std::string_view> reply;
  shape::Time generated_at;
  std::string_view generated_by;
  std::optional<shape::Time> sent_at;
  std::optional<std::string_view> sent_by;
  std::optional<shape::Time> acknowledged_at;
  std::optional<std::string_view> acknowledged_by;
  static constexpr shape::Doc kDocs[] = {{"services", "confirmed service records of the year"},
                                         {"hours", "hours, in quarter hours"},
                                         {"posts", "distinct posts served"}};
};
struct SkippedAnswer {
  int64_t report_in_id = 0;
  std::optional<int64_t> sheet_id;
  std::string_view reason;
};
// The answer of a generation: the drafts made or refreshed, and the report-ins passed over.
struct GeneratedAnswer {
  static constexpr std::string_view kSchemaName = "FeedbackSheetGeneration";
  std::vector<SheetAnswer> sheets;
  std::vector<SkippedAnswer> skipped;
};

// For each figure, the list query returning the rows behind it.
struct FigureLinks {
  std::string reported_in;
  std::string confirmed;
  std::string units_reported_in;
  std::string units_confirmed;
  std::string active;
  std::string hours;
  std::string services;
  std::string sheets_sent;
  std::string sheets_acknowledged;
};
struct FigureSetAnswer {
  int64_t reported_in = 0;
  int64_t confirmed = 0;
  int64_t units_reported_in = 0;
  int64_t units_confirmed = 0;
  int64_t active = 0;
  double hours = 0;
  int64_t services = 0;
  int64_t sheets_sent = 0;
  int64_t sheets_acknowledged = 0;
  FigureLinks links;
  static constexpr shape::Doc kDocs[] = {
      {"links", "for each figure, the list query returning the rows behind it"},
      {"hours", "hours, in quarter hours"}};
};
struct AreaOfFigures {
  int64_t id = 0;
  std::string_view name;
  std::string_view kind;
};
struct FigurePeriod {
  std::string from;
  std::string to;
  static constexpr shape::Doc kDocs[] = {{"from", "YYYY-MM-DD"}, {"to", "YYYY-MM-DD"}};
};
struct CommunityFiguresAnswer {
  IdName community;
  FigureSetAnswer figures;
};
struct FiguresAnswer {
  static constexpr std::string_view kSchemaName = "ReportInFigures";
  AreaOfFigures area;
  int64_t year = 0;
  FigurePeriod period;
  FigureSetAnswer totals;
  std::vector<CommunityFiguresAnswer> communities;
};

BOOST_DESCRIBE_STRUCT(OrgRef, (), (id, name, path))
BOOST_DESCRIBE_STRUCT(WorkUnitAnswer, (), (id, name, kind, org, created_at, updated_at))
BOOST_DESCRIBE_STRUCT(ReportInUnit, (), (id, name, kind, org))
BOOST_DESCRIBE_STRUCT(ReportInAnswer, (),
                      (id, kind, status, member, unit, community, note, decline_reason, receipt_no,
                       submitted_at, submitted_by, decided_at, decided_by, resides_in_community))
BOOST_DESCRIBE_STRUCT(ReceiptMember, (), (id, name, party_org))
BOOST_DESCRIBE_STRUCT(ReceiptAnswer, (),
                      (receipt_no, report_in_id, kind, member, unit, unit_org, community,
                       community_org, note, submitted_on, confirmed_on, confirmed_by))
BOOST_DESCRIBE_STRUCT(PostAnswer, (),
                      (id, community, kind, title, description, duty_zone, open, claims, claimed,
                       created_at, updated_at))
BOOST_DESCRIBE_STRUCT(RecordPost, (), (id, title, kind))
BOOST_DESCRIBE_STRUCT(ServiceRecordAnswer, (),
                      (id, report_in_id, member, post, community, unit, served_on, hours, note,
                       status, reject_reason, logged_at, logged_by, decided_at, decided_by))
BOOST_DESCRIBE_STRUCT(ServiceRecordPage, (shape::PageOf<ServiceRecordAnswer>), (hours))
BOOST_DESCRIBE_STRUCT(SheetLineAnswer, (), (post_id, title, kind, services, hours))
BOOST_DESCRIBE_STRUCT(SheetAnswer, (),
                      (id, report_in_id, year, status, member, unit, unit_org, community,
                       receipt_no, services, hours, posts, lines, evaluation, reply, generated_at,
                       generated_by, sent_at, sent_by, acknowledged_at, acknowledged_by))
BOOST_DESCRIBE_STRUCT(SkippedAnswer, (), (report_in_id, sheet_id, reason))
BOOST_DESCRIBE_STRUCT(GeneratedAnswer, (), (sheets, skipped))
BOOST_DESCRIBE_STRUCT(FigureLinks, (),
                      (reported_in, confirmed, units_reported_in, units_confirmed, active, hours,
                       services, sheets_sent, sheets_acknowledged))
BOOST_DESCRIBE_STRUCT(FigureSetAnswer, (),
                      (reported_in, confirmed, units_reported_in, units_confirmed, active, hours,
                       services, sheets_sent, sheets_acknowledged, links))
BOOST_DESCRIBE_STRUCT(AreaOfFigures, (), (id, name, kind))
BOOST_DESCRIBE_STRUCT(FigurePeriod, (), (from, to))
BOOST_DESCRIBE_STRUCT(CommunityFiguresAnswer, (), (community, figures))
BOOST_DESCRIBE_STRUCT(FiguresAnswer, (), (area, year, period, totals, communities))

WorkUnitAnswer AnswerOf(const WorkUnit& u);
ReportInAnswer AnswerOf(const ReportInView& v);
ReceiptAnswer AnswerOf(const Receipt& r);
PostAnswer AnswerOf(const Post& p);
ServiceRecordAnswer AnswerOf(const ServiceRecord& s);
SheetAnswer AnswerOf(const Sheet& s);
GeneratedAnswer AnswerOf(const Generated& g);
FiguresAnswer AnswerOf(const Figures& f);

// The components above, added to the router's OpenAPI document.
void AddComponents(http::Router& r);

}  // namespace linli::report_in
