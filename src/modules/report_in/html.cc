#include "modules/report_in/html.h"

namespace linli::report_in {
namespace {

constexpr std::string_view kStyle =
    "body{font-family:'Noto Serif CJK SC','Songti SC',serif;max-width:180mm;margin:10mm auto;"
    "color:#000}h1{text-align:center;font-size:20pt;letter-spacing:.2em}"
    ".no{text-align:right}table{width:100%;border-collapse:collapse;margin:4mm 0}"
    "th,td{border:1px solid #000;padding:2mm 3mm;text-align:left;vertical-align:top}"
    "th{width:30%;font-weight:normal;background:#f3f3f3}.text{white-space:pre-wrap}"
    ".sign{margin-top:12mm;text-align:right}@media print{body{margin:0 auto}}";
constexpr std::string_view kPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'";

void Cell(std::string& out, std::string_view tag, std::string_view text) {
  out += "<";
  out += tag;
  out += ">";
  out += Escape(text);
  out += "</";
  out += tag;
  out += ">";
}

}  // namespace

std::string Escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

std::string Render(const PrintPage& page) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width\">";
  Cell(out, "title", page.title);
  out += "<style>";
  out += kStyle;
  out += "</style></head><body>";
  Cell(out, "h1", page.title);
  if (!page.number.empty()) {
    out += "<p class=\"no\">";
    out += Escape(page.number);
    out += "</p>";
  }
  out += "<table>";
  for (const auto& [label, value] : page.rows) {
    out += "<tr>";
    Cell(out, "th", label);
    Cell(out, "td", value);
    out += "</tr>";
  }
  out += "</table>";
  if (!page.table_head.empty()) {
    out += "<table><tr>";
    for (const auto& h : page.table_head) Cell(out, "th", h);
    out += "</tr>";
    for (const auto& row : page.table_rows) {
      out += "<tr>";
      for (const auto& v : row) Cell(out, "td", v);
      out += "</tr>";
    }
    out += "</table>";
  }
  for (const auto& [heading, text] : page.sections) {
    Cell(out, "h2", heading);
    out += "<p class=\"text\">";
    out += Escape(text);
    out += "</p>";
  }
  if (!page.signature.empty()) {
    out += "<p class=\"sign\">";
    out += Escape(page.signature);
    out += "</p>";
  }
  out += "</body></html>\n";
  return out;
}

http::Response HtmlResponse(const PrintPage& page) {
  http::Response r;
  r.status = 200;
  r.content_type = "text/html; charset=utf-8";
  r.body = Render(page);
  r.headers.emplace_back("Content-Security-Policy", std::string(kPolicy));
  return r;
}

}  // namespace linli::report_in
