# Build units: one library per layer and per domain module (src/README.md), each of which can
# include only its own headers and those of the libraries it links.
#
# Every header is included by its path under src/ ("core/result.h", "modules/areas/area.h"), but
# src/ itself is on no include path. Each library instead exports a facade directory,
# <build>/include/<target>/, that holds only symbolic links to its own files
# (include/linli_appeals/modules/appeals -> src/modules/appeals). A source therefore finds the
# headers of its own library and of the libraries it links (links are PUBLIC, so they pass
# theirs on); any other include, upward or to an undeclared module, fails to compile with the
# header not found. A dependency must be declared before the library that links it, so the
# declaration order is a topological order and the graph has no cycle.

set(LINLI_FACADE_ROOT ${CMAKE_BINARY_DIR}/include)

# Makes <facade of target>/<path> a symbolic link to src/<path> (a folder or a file).
function(_linli_facade_link target path)
  set(link ${LINLI_FACADE_ROOT}/${target}/${path})
  get_filename_component(parent ${link} DIRECTORY)
  file(MAKE_DIRECTORY ${parent})
  file(CREATE_LINK ${CMAKE_SOURCE_DIR}/src/${path} ${link} SYMBOLIC)
endfunction()

# linli_library(<target> <folder under src> [FLAT] [EXCLUDE <file>...] [DEPENDS <target>...]
#               [LINKS <target>...] [SOURCES <file>...])
# A static library of every .cc under src/<folder> except tests (*_test.cc) and the EXCLUDEd
# files (named relative to the folder), plus SOURCES; an interface library when that leaves no
# source. Without FLAT it owns the folder and everything under it; with FLAT only the files
# directly in the folder, each linked on its own (src/modules/ holds the module base beside the
# module folders). DEPENDS names the linli libraries it may include, each declared already;
# LINKS names third-party libraries.
function(linli_library target folder)
  cmake_parse_arguments(PARSE_ARGV 2 arg "FLAT" "" "EXCLUDE;DEPENDS;LINKS;SOURCES")
  set(dir ${CMAKE_SOURCE_DIR}/src/${folder})
  if(arg_FLAT)
    file(GLOB sources CONFIGURE_DEPENDS ${dir}/*.cc)
    file(GLOB headers CONFIGURE_DEPENDS ${dir}/*.h)
    foreach(h ${headers})
      get_filename_component(name ${h} NAME)
      _linli_facade_link(${target} ${folder}/${name})
    endforeach()
  else()
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${dir}/*.cc)
    _linli_facade_link(${target} ${folder})
  endif()
  list(FILTER sources EXCLUDE REGEX "_test\\.cc$")
  foreach(f ${arg_EXCLUDE})
    list(REMOVE_ITEM sources ${dir}/${f})
  endforeach()
  list(APPEND sources ${arg_SOURCES})

  foreach(dep ${arg_DEPENDS})
    if(NOT TARGET ${dep})
      message(FATAL_ERROR "${target} depends on ${dep}, which is not declared before it")
    endif()
  endforeach()

  if(sources)
    add_library(${target} STATIC ${sources})
    set(scope PUBLIC)
  else()
    add_library(${target} INTERFACE)
    set(scope INTERFACE)
  endif()
  target_include_directories(${target} ${scope} ${LINLI_FACADE_ROOT}/${target})
  target_link_libraries(${target} ${scope} ${arg_DEPENDS} ${arg_LINKS})
endfunction()

# linli_module(<name> [DEPENDS <module>...] [SHARES <table>...] [LINKS <target>...])
# The library linli_<name> of the domain module src/modules/<name>/: the module base (and through
# it the layers below) plus the modules it DEPENDS on, each declared already. A module depends on
# every module whose headers it includes or whose shared tables its SQL reads. SHARES names the
# module's tables that the modules depending on it may name in their SQL (base records such as
# areas and persons); every other table of a module is read through its read interface.
# scripts/check_tables.py holds the SQL to this. Every module is recorded in the global
# property LINLI_MODULES, which the composition root links.
function(linli_module name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "DEPENDS;SHARES;LINKS")
  list(TRANSFORM arg_DEPENDS PREPEND linli_)
  linli_library(linli_${name} modules/${name}
    DEPENDS linli_module_base ${arg_DEPENDS} LINKS ${arg_LINKS})
  set_property(GLOBAL APPEND PROPERTY LINLI_MODULES linli_${name})
endfunction()

# linli_layering_probe(<name> SOURCE <file> IN <target> CONTROL <target> HEADER <include>)
# The test layering.<name>: SOURCE, which includes HEADER, must fail to build as part of IN
# (HEADER not found) and must build as part of CONTROL, a library that links HEADER's own; so
# the failure shows the rule, not a broken probe. Both probes are object libraries built only
# by the test.
function(linli_layering_probe name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "SOURCE;IN;CONTROL;HEADER" "")
  foreach(kind probe control)
    add_library(linli_${kind}_${name} OBJECT ${arg_SOURCE})
    set_target_properties(linli_${kind}_${name} PROPERTIES EXCLUDE_FROM_ALL ON)
  endforeach()
  target_link_libraries(linli_probe_${name} PRIVATE ${arg_IN})
  target_link_libraries(linli_control_${name} PRIVATE ${arg_CONTROL})
  add_test(NAME layering.${name}
    COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${CMAKE_BINARY_DIR} -DPROBE=linli_probe_${name}
      -DCONTROL=linli_control_${name} -DHEADER=${arg_HEADER}
      -P ${CMAKE_SOURCE_DIR}/cmake/LayeringProbe.cmake)
  # Builds in the one build tree must not run at the same time.
  set_tests_properties(layering.${name} PROPERTIES RESOURCE_LOCK linli_build_tree TIMEOUT 900)
endfunction()
