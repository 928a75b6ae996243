// Printable pages (the receipt card and the feedback sheet): a strict, self-contained HTML
// document with an inline style and nothing loaded from anywhere, every value escaped.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "http/message.h"

namespace linli::report_in {

// `s` with &, <, >, " and ' written as character references.
std::string Escape(std::string_view s);

// A printable page: a title, label/value rows, optional free-text sections and a signature
// line. Every string given is text, escaped here.
struct PrintPage {
  std::string title;                                      // heading and <title>
  std::string number;                                     // shown under the heading
  std::vector<std::pair<std::string, std::string>> rows;  // label, value
  std::vector<std::string> table_head;                    // a table of lines; none when empty
  std::vector<std::vector<std::string>> table_rows;
  std::vector<std::pair<std::string, std::string>> sections;  // heading, multi-line text
  std::string signature;                                      // the line to sign and stamp
};

std::string Render(const PrintPage& page);
// A 200 text/html response of the page, with a Content-Security-Policy that allows nothing
// but the inline style.
http::Response HtmlResponse(const PrintPage& page);

}  // namespace linli::report_in
