// A printed form's content: what the form's template lays out on its A4 page, and what the
// Excel export of the same form writes (members/xlsx.h), so nothing is read or worded twice.
// Every string is text; the renderer escapes it.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <boost/json/object.hpp>

namespace linli::printing {

struct Form {
  // The form's template, "<owner>/<name>": src/modules/<owner>/forms/<name>.mustache.
  std::string templ;
  std::string title;                                      // heading and <title>
  std::string number;                                     // shown under the heading
  std::vector<std::pair<std::string, std::string>> rows;  // label, value
  std::vector<std::string> table_head;                    // a table of lines; none when empty
  std::vector<std::vector<std::string>> table_rows;
  std::vector<std::pair<std::string, std::string>> sections;  // heading, multi-line text
  // The foot of the paper original: the organisation whose seal it carries (none when empty),
  // the date beside the seal (a blank 年 月 日 line when empty), and the lines signed by hand,
  // one per role ("经办人", "党组织书记").
  std::string seal;
  std::string date;
  std::vector<std::string> signatures;
  // Anything else the form's own template reads, under names other than the ones above
  // (the letter's addressee, its stub and return slip).
  boost::json::object fields;
};

}  // namespace linli::printing
