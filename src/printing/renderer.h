// The one Mustache renderer of printed forms (kainjow mustache, included by renderer.cc only).
// A template is named by its key "<owner>/<name>" (templates.h) and includes another with a
// partial tag of that key, {{> printing/seal}}. Escaping is always on: every {{value}} is
// written with &, <, >, " and ' as character references, and a template that could write a
// value unescaped (a triple mustache {{{...}}}, {{&...}}, or a change of delimiters) is refused.
//
// Thread safety: a Renderer is immutable after construction; Render may be called concurrently.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include <boost/json/object.hpp>

#include "core/result.h"

namespace linli::printing {

// `s` with &, <, >, " and ' written as character references.
std::string Escape(std::string_view s);

class Renderer {
 public:
  // Templates by key.
  explicit Renderer(std::map<std::string, std::string, std::less<>> templates);
  // The renderer of the binary's embedded templates (FormTemplates()).
  static const Renderer& Embedded();

  // The template `name` rendered with `data`: strings and numbers are values, booleans and
  // null decide sections, arrays repeat them, objects nest. When `form` is given, the partial
  // {{> form}} includes the template of that key (the page shell includes its form so).
  // An internal error when a template used is missing, does not parse, or would write a value
  // unescaped; never a partial page.
  Result<std::string> Render(std::string_view name, const boost::json::object& data,
                             std::string_view form = {}) const;

  // The text of a template, or nullptr.
  const std::string* Find(std::string_view name) const;

 private:
  std::map<std::string, std::string, std::less<>> templates_;
};

}  // namespace linli::printing
