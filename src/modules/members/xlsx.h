// Excel exports (.xlsx, through libxlsxwriter) of the printable pages: the same PrintPage a
// printable HTML page is rendered from, so nothing is laid out twice.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "http/message.h"
#include "modules/report_in/html.h"

namespace linli::members {

// The page as a workbook of one sheet named `sheet` (at most 31 characters, none of []:*?/\):
// the title, the number, the label/value rows, then the table with its head. Every cell is
// text. An internal error when the library fails.
Result<std::string> XlsxOf(const report_in::PrintPage& page, std::string_view sheet);

// A 200 response carrying the workbook as an attachment named `filename` (ASCII).
http::Response XlsxResponse(std::string bytes, std::string_view filename);

}  // namespace linli::members
