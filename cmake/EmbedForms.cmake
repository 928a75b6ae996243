# Writes a C++ source holding every src/**/forms/*.mustache file (the printed forms and the
# printing layer's own page and partials), so the binary needs no template file at run time.
# A file's key is "<owner>/<name>": the folder that holds `forms/`, and the file name without
# `.mustache` (src/modules/report_in/forms/receipt_card.mustache is "report_in/receipt_card").
# Re-runs when a template is added, removed or edited; the source is rewritten only when it
# changes.
function(linli_embed_forms out_file)
  file(GLOB_RECURSE files CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/*.mustache)
  list(FILTER files INCLUDE REGEX "/forms/[^/]+\\.mustache$")
  list(SORT files)
  set(body "#include \"printing/templates.h\"\n\nnamespace linli::printing {\n\n")
  string(APPEND body "std::span<const Template> FormTemplates() {\n")
  string(APPEND body "  static const Template kAll[] = {\n")
  foreach(f ${files})
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${f})
    get_filename_component(name ${f} NAME_WE)
    get_filename_component(dir ${f} DIRECTORY)
    get_filename_component(dir ${dir} DIRECTORY)
    get_filename_component(owner ${dir} NAME)
    file(READ ${f} text)
    if(text MATCHES "\\)linliform\"")
      message(FATAL_ERROR "${f} holds the embedding's delimiter )linliform\"")
    endif()
    string(APPEND body "    {\"${owner}\", \"${name}\", R\"linliform(${text})linliform\"},\n")
  endforeach()
  string(APPEND body "  };\n  return kAll;\n}\n\n}  // namespace linli::printing\n")
  # Written as is (no @VAR@ substitution: the page's CSS has @page and @media), and copied
  # over the source only when it differs, so an unchanged template rebuilds nothing.
  file(WRITE ${out_file}.new "${body}")
  configure_file(${out_file}.new ${out_file} COPYONLY)
endfunction()
