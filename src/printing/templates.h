// The Mustache templates of the printed forms, compiled into the binary by CMake
// (cmake/EmbedForms.cmake): every src/**/forms/*.mustache. A module owns its forms in its own
// `forms/` folder; the printing layer's page shell and shared partials are in printing/forms/.
#pragma once

#include <span>
#include <string_view>

namespace linli::printing {

struct Template {
  std::string_view owner;  // the folder that holds forms/: "report_in", "printing"
  std::string_view name;   // the file name without .mustache: "receipt_card"
  std::string_view text;
};

// Every embedded template, sorted by path.
std::span<const Template> FormTemplates();

}  // namespace linli::printing
