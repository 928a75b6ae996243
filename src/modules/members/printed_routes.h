// The three routes of a record that is also printed (the roster, the member card, the
// organisation activity card): the record as JSON, as a printable page, and that same page as
// an Excel workbook. The page and the workbook are exports of personal data: each one served
// is recorded (exports.h).
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "http/router.h"
#include "http/schema.h"
#include "http/shape.h"
#include "modules/members/answers.h"
#include "modules/members/exports.h"
#include "modules/members/xlsx.h"
#include "printing/form.h"
#include "printing/page.h"
#include "store/database.h"

namespace linli::members {

// What differs between printed records. T has an AnswerOf(const T&) (answers.h), whose shape
// is the JSON route's answer.
template <class T>
struct PrintedRecord {
  std::string tag;
  std::string json_pattern, html_pattern, xlsx_pattern;
  std::string json_summary, html_summary, xlsx_summary;
  std::vector<http::QueryParam> query;  // the same for the three routes
  std::string sheet;                    // the workbook's one sheet (see XlsxOf)
  // Reads the record the request asks for, or the problem; `printed` for the page and the
  // workbook (which may hold more rows than the JSON).
  std::function<Result<T>(const http::Request&, bool printed)> load;
  std::function<printing::Form(const T&)> page;
  // The export's note, all but its format (set by the route).
  std::function<ExportNote(const T&)> note;
  std::function<std::string(const T&)> file_name;  // of the workbook, ASCII
};

// Adds the three routes. The page records its export, then renders; the workbook is built
// first and its export recorded only once built.
template <class T>
void AddPrintedRoutes(http::Router& r, store::Database& db, const PrintedRecord<T>& rec) {
  r.Add({.method = http::Method::kGet,
         .pattern = rec.json_pattern,
         .handler = [rec](const http::Request& req) -> Result<http::Response> {
           auto v = rec.load(req, false);
           if (!v) return v.error();
           return http::JsonWritten(200, AnswerJson(*v));
         },
         .tag = rec.tag,
         .summary = rec.json_summary,
         .response = http::shape::RefOf<decltype(AnswerOf(std::declval<const T&>()))>(),
         .query = rec.query});

  r.Add({.method = http::Method::kGet,
         .pattern = rec.html_pattern,
         .handler = [rec, &db](const http::Request& req) -> Result<http::Response> {
           auto v = rec.load(req, true);
           if (!v) return v.error();
           ExportNote note = rec.note(*v);
           note.format = "html";
           RecordExport(db.Conn(), req.Actor(), note);
           return printing::HtmlResponse(rec.page(*v));
         },
         .tag = rec.tag,
         .summary = rec.html_summary,
         .response = http::schema::Str("a self-contained HTML page"),
         .query = rec.query,
         .content_type = "text/html; charset=utf-8"});

  r.Add({.method = http::Method::kGet,
         .pattern = rec.xlsx_pattern,
         .handler = [rec, &db](const http::Request& req) -> Result<http::Response> {
           auto v = rec.load(req, true);
           if (!v) return v.error();
           auto bytes = XlsxOf(rec.page(*v), rec.sheet);
           if (!bytes) return bytes.error();
           ExportNote note = rec.note(*v);
           note.format = "xlsx";
           RecordExport(db.Conn(), req.Actor(), note);
           return XlsxResponse(std::move(*bytes), rec.file_name(*v));
         },
         .tag = rec.tag,
         .summary = rec.xlsx_summary,
         .response = http::schema::Str("an .xlsx workbook"),
         .query = rec.query,
         .content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"});
}

}  // namespace linli::members
