// A printed form as an A4 page: the page shell (printing/forms/page.mustache: @page A4, its
// margins, the print CSS and a 打印 button that does not print) around the form's own template,
// which lays out the content with the shared partials:
//   {{> printing/header}}     the title and the number
//   {{> printing/rows}}       the label/value rows
//   {{> printing/table}}      the table of lines, when it has a head
//   {{> printing/sections}}   the free-text sections
//   {{> printing/foot}}       the signature lines and the seal: "<org>（盖章）" in its circle and
//                             the date; printing/signatures and printing/seal each on its own
#pragma once

#include <string>

#include <boost/json/object.hpp>

#include "core/result.h"
#include "http/message.h"
#include "printing/form.h"
#include "printing/renderer.h"

namespace linli::printing {

// The data every form's template reads: the fields of `form` under the names of form.h
// (rows as {label, value}, the table as {head: [...], rows: [{cells: [...]}]}, sections as
// {heading, text}, signatures as {label}, seal and date), plus `form.fields`.
boost::json::object DataOf(const Form& form);

// The whole page; an internal error when a template is missing or broken.
Result<std::string> RenderPage(const Form& form, const Renderer& r = Renderer::Embedded());

// A 200 text/html response of the page, with a Content-Security-Policy that allows nothing
// but the inline style and the print button's script.
Result<http::Response> HtmlResponse(const Form& form);

// The foot as one line of text: "<seal>（盖章）  <date>", then "<role>：" per signature.
std::string FootLine(const Form& form);

}  // namespace linli::printing
