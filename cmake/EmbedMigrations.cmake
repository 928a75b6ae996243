# Writes a C++ source holding every src/**/migrations/*.sql file, so migrations ship inside the
# binary. Re-runs when a migration is added, removed or edited.
include(${CMAKE_CURRENT_LIST_DIR}/EmbedTexts.cmake)

function(linli_embed_migrations out_file)
  linli_embedded_entries(entries migrations sql linlisql)
  set(body "#include \"store/migration_files.h\"\n\nnamespace linli::store {\n\n")
  string(APPEND body "std::vector<Migration> MigrationFiles(std::string_view owner) {\n")
  string(APPEND body "  static const Migration kAll[] = {\n${entries}")
  string(APPEND body "  };\n  std::vector<Migration> out;\n")
  string(APPEND body "  for (const auto& m : kAll) if (m.owner == owner) out.push_back(m);\n")
  string(APPEND body "  return out;\n}\n\n}  // namespace linli::store\n")
  file(CONFIGURE OUTPUT ${out_file} CONTENT "${body}" @ONLY)
endfunction()
