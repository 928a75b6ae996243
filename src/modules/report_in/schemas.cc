#include "modules/report_in/schemas.h"

#include "http/schema.h"
#include "modules/report_in/forms.h"

namespace linli::report_in {
namespace {

namespace s = http::schema;

boost::json::value IdName() { return s::Obj({{"id", s::Int()}, {"name", s::Str()}}); }
boost::json::value OptStr() { return s::Nullable(s::Str()); }
boost::json::value OptTime() { return s::Nullable(s::DateTime()); }
boost::json::value Hours() {
  return {{"type", "number"}, {"description", "hours, in quarter hours"}};
}

boost::json::value UnitSchema() {
  return s::Obj(
      {{"id", s::Int()},
       {"name", s::Str()},
       {"kind", s::Enum(std::vector<std::string_view>(UnitKinds().begin(), UnitKinds().end()))},
       {"org", s::Obj({{"id", s::Int()}, {"name", s::Str()}, {"path", s::Str()}})},
       {"created_at", s::DateTime()},
       {"updated_at", s::DateTime()}},
      {"id", "name", "kind", "org"});
}

boost::json::value ReportInSchema() {
  return s::Obj(
      {{"id", s::Int()},
       {"kind", s::Enum({"member", "unit"})},
       {"status", s::Enum({"submitted", "confirmed", "declined", "withdrawn"})},
       {"member", s::Nullable(s::Ref("Person"))},
       {"unit",
        s::Obj({{"id", s::Int()}, {"name", s::Str()}, {"kind", s::Str()}, {"org", IdName()}})},
       {"community", s::Obj({{"id", s::Int()}, {"name", s::Str()}, {"path", s::Str()}})},
       {"note", OptStr()},
       {"decline_reason", OptStr()},
       {"receipt_no", s::Nullable(s::Str("报到回执卡 number, set on confirmation"))},
       {"submitted_at", s::DateTime()},
       {"submitted_by", s::Str("login")},
       {"decided_at", OptTime()},
       {"decided_by", OptStr()},
       {"resides_in_community",
        s::Nullable(s::Bool("the member's household lies in the community"))}},
      {"id", "kind", "status", "unit", "community"});
}

boost::json::value ReceiptSchema() {
  return s::Obj(
      {{"receipt_no", s::Str()},
       {"report_in_id", s::Int()},
       {"kind", s::Enum({"member", "unit"})},
       {"member",
        s::Nullable(s::Obj({{"id", s::Int()}, {"name", s::Str()}, {"party_org", OptStr()}}))},
       {"unit", IdName()},
       {"unit_org", IdName()},
       {"community", IdName()},
       {"community_org", OptStr()},
       {"note", OptStr()},
       {"submitted_on", s::Date()},
       {"confirmed_on", s::Date()},
       {"confirmed_by", s::Str()}},
      {"receipt_no", "report_in_id", "unit", "unit_org", "community", "confirmed_on"});
}

boost::json::value PostSchema() {
  return s::Obj(
      {{"id", s::Int()},
       {"community", IdName()},
       {"kind", s::Enum(std::vector<std::string_view>(PostKinds().begin(), PostKinds().end()))},
       {"title", s::Str()},
       {"description", OptStr()},
       {"duty_zone", s::Nullable(IdName())},
       {"open", s::Bool()},
       {"claims", s::Int("members who have claimed it")},
       {"claimed", s::Bool("claimed by the caller")},
       {"created_at", s::DateTime()},
       {"updated_at", s::DateTime()}},
      {"id", "community", "kind", "title", "open"});
}

boost::json::value RecordSchema() {
  return s::Obj({{"id", s::Int()},
                 {"report_in_id", s::Int()},
                 {"member", IdName()},
                 {"post", s::Obj({{"id", s::Int()}, {"title", s::Str()}, {"kind", s::Str()}})},
                 {"community", IdName()},
                 {"unit", IdName()},
                 {"served_on", s::Date()},
                 {"hours", Hours()},
                 {"note", OptStr()},
                 {"status", s::Enum({"logged", "confirmed", "rejected"})},
                 {"reject_reason", OptStr()},
                 {"logged_at", s::DateTime()},
                 {"logged_by", s::Str()},
                 {"decided_at", OptTime()},
                 {"decided_by", OptStr()}},
                {"id", "member", "post", "served_on", "hours", "status"});
}

boost::json::value SheetSchema() {
  return s::Obj({{"id", s::Int()},
                 {"report_in_id", s::Int()},
                 {"year", s::Int()},
                 {"status", s::Enum({"draft", "sent", "acknowledged"})},
                 {"member", IdName()},
                 {"unit", IdName()},
                 {"unit_org", IdName()},
                 {"community", IdName()},
                 {"receipt_no", OptStr()},
                 {"services", s::Int("confirmed service records of the year")},
                 {"hours", Hours()},
                 {"posts", s::Int("distinct posts served")},
                 {"lines", s::Arr(s::Obj({{"post_id", s::Int()},
                                          {"title", s::Str()},
                                          {"kind", s::Str()},
                                          {"services", s::Int()},
                                          {"hours", Hours()}}))},
                 {"evaluation", OptStr()},
                 {"reply", OptStr()},
                 {"generated_at", s::DateTime()},
                 {"generated_by", s::Str()},
                 {"sent_at", OptTime()},
                 {"sent_by", OptStr()},
                 {"acknowledged_at", OptTime()},
                 {"acknowledged_by", OptStr()}},
                {"id", "report_in_id", "year", "status", "services", "hours", "posts", "lines"});
}

boost::json::value FigureSetSchema() {
  std::vector<std::pair<std::string, boost::json::value>> props;
  boost::json::object links;
  for (std::string_view name :
       {"reported_in", "confirmed", "units_reported_in", "units_confirmed", "active", "hours",
        "services", "sheets_sent", "sheets_acknowledged"}) {
    props.emplace_back(std::string(name), name == "hours" ? Hours() : s::Int());
    links[name] = s::Str("the list query returning the rows behind the figure");
  }
  props.emplace_back("links", boost::json::object{{"type", "object"},
                                                  {"properties", std::move(links)},
                                                  {"additionalProperties", false}});
  return s::Obj(std::move(props));
}

boost::json::value FiguresSchema() {
  return s::Obj(
      {{"area", s::Obj({{"id", s::Int()}, {"name", s::Str()}, {"kind", s::Str()}})},
       {"year", s::Int()},
       {"period", s::Obj({{"from", s::Date()}, {"to", s::Date()}})},
       {"totals", FigureSetSchema()},
       {"communities", s::Arr(s::Obj({{"community", IdName()}, {"figures", FigureSetSchema()}}))}},
      {"area", "year", "totals", "communities"});
}

}  // namespace

void AddSchemas(http::Router& r) {
  r.AddSchema("WorkUnit", UnitSchema());
  r.AddSchema("ReportIn", ReportInSchema());
  r.AddSchema("Receipt", ReceiptSchema());
  r.AddSchema("ServicePost", PostSchema());
  r.AddSchema("ServiceRecord", RecordSchema());
  r.AddSchema("FeedbackSheet", SheetSchema());
  r.AddSchema("ReportInFigures", FiguresSchema());
}

}  // namespace linli::report_in
