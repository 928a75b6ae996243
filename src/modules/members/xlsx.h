// Excel exports (.xlsx, through libxlsxwriter) of the printed forms: the same printing::Form a
// printed page is rendered from, so nothing is read or worded twice.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "http/message.h"
#include "printing/form.h"

namespace linli::members {

// The page as a workbook of one sheet named `sheet` (at most 31 characters, none of []:*?/\):
// the title, the number, the label/value rows, then the table with its head. Every cell is
// text; the foot (seal, date, signature lines) is the last line. An internal error when the
// library fails.
Result<std::string> XlsxOf(const printing::Form& page, std::string_view sheet);

// A 200 response carrying the workbook as an attachment named `filename` (ASCII).
http::Response XlsxResponse(std::string bytes, std::string_view filename);

}  // namespace linli::members
