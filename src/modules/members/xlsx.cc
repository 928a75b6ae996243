#include "modules/members/xlsx.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "printing/page.h"

namespace linli::members {
namespace {

constexpr double kColumnWidth = 16;

// Removes the temporary file when it goes out of scope.
struct TempFile {
  std::string path;
  ~TempFile() {
    if (!path.empty()) std::filesystem::remove(path);
  }
};

}  // namespace

Result<std::string> XlsxOf(const printing::Form& page, std::string_view sheet) {
  std::string pattern =
      (std::filesystem::temp_directory_path() / "linli-export-XXXXXX.xlsx").string();
  const int fd = ::mkstemps(pattern.data(), 5);
  if (fd < 0) return Error::Internal("cannot create a temporary file for the export");
  ::close(fd);
  TempFile tmp{pattern};
  lxw_workbook* wb = workbook_new(tmp.path.c_str());
  if (!wb) return Error::Internal("cannot start the workbook");
  const std::string name(sheet);
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  lxw_format* cell = workbook_add_format(wb);
  format_set_border(cell, LXW_BORDER_THIN);
  format_set_text_wrap(cell);
  lxw_format* head = workbook_add_format(wb);
  format_set_border(head, LXW_BORDER_THIN);
  format_set_bold(head);
  const size_t columns = std::max<size_t>(2, page.table_head.size());
  worksheet_set_column(ws, 0, static_cast<lxw_col_t>(columns - 1), kColumnWidth, nullptr);
  lxw_row_t row = 0;
  worksheet_write_string(ws, row++, 0, page.title.c_str(), bold);
  if (!page.number.empty()) worksheet_write_string(ws, row++, 0, page.number.c_str(), nullptr);
  for (const auto& [label, value] : page.rows) {
    worksheet_write_string(ws, row, 0, label.c_str(), head);
    worksheet_write_string(ws, row++, 1, value.c_str(), cell);
  }
  if (!page.table_head.empty()) {
    ++row;
    for (size_t col = 0; col < page.table_head.size(); ++col) {
      worksheet_write_string(ws, row, static_cast<lxw_col_t>(col), page.table_head[col].c_str(),
                             head);
    }
    ++row;
    for (const auto& r : page.table_rows) {
      for (size_t col = 0; col < r.size(); ++col) {
        worksheet_write_string(ws, row, static_cast<lxw_col_t>(col), r[col].c_str(), cell);
      }
      ++row;
    }
  }
  for (const auto& [heading, text] : page.sections) {
    ++row;
    worksheet_write_string(ws, row++, 0, heading.c_str(), bold);
    worksheet_write_string(ws, row++, 0, text.c_str(), nullptr);
  }
  if (const std::string foot = printing::FootLine(page); !foot.empty()) {
    worksheet_write_string(ws, ++row, 0, foot.c_str(), nullptr);
  }
  if (const lxw_error err = workbook_close(wb); err != LXW_NO_ERROR) {
    return Error::Internal(fmt::format("the workbook failed: {}", lxw_strerror(err)));
  }
  std::ifstream in(tmp.path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  if (!in) return Error::Internal("cannot read the workbook back");
  return bytes.str();
}

http::Response XlsxResponse(std::string bytes, std::string_view filename) {
  http::Response r;
  r.status = 200;
  r.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  r.body = std::move(bytes);
  r.headers.emplace_back("Content-Disposition",
                         fmt::format("attachment; filename=\"{}\"", filename));
  return r;
}

}  // namespace linli::members
