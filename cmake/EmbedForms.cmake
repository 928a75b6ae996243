# Writes a C++ source holding every src/**/forms/*.mustache file (the printed forms and the
# printing layer's own page and partials), so the binary needs no template file at run time.
# A file's key is "<owner>/<name>": the folder that holds `forms/`, and the file name without
# `.mustache` (src/modules/report_in/forms/receipt_card.mustache is "report_in/receipt_card").
# The source is rewritten only when it changes.
include(${CMAKE_CURRENT_LIST_DIR}/EmbedTexts.cmake)

function(linli_embed_forms out_file)
  linli_embedded_entries(entries forms mustache linliform STRIP)
  set(body "#include \"printing/templates.h\"\n\nnamespace linli::printing {\n\n")
  string(APPEND body "std::span<const Template> FormTemplates() {\n")
  string(APPEND body "  static const Template kAll[] = {\n${entries}")
  string(APPEND body "  };\n  return kAll;\n}\n\n}  // namespace linli::printing\n")
  # Written as is (no @VAR@ substitution: the page's CSS has @page and @media), and copied
  # over the source only when it differs, so an unchanged template rebuilds nothing.
  file(WRITE ${out_file}.new "${body}")
  configure_file(${out_file}.new ${out_file} COPYONLY)
endfunction()
