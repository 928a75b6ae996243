# Run by a layering.* test (linli_layering_probe in Layers.cmake) as
#   cmake -DBUILD_DIR=<build tree> -DPROBE=<target> -DCONTROL=<target> -DHEADER=<include> -P ...
# Passes when CONTROL builds and PROBE, the same source in a library that does not link
# HEADER's, fails because HEADER is not found.
foreach(var BUILD_DIR PROBE CONTROL HEADER)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "LayeringProbe.cmake needs -D${var}=...")
  endif()
endforeach()

function(build target)
  execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${target}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  set(rc ${rc} PARENT_SCOPE)
  set(out "${out}" PARENT_SCOPE)
endfunction()

build(${CONTROL})
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the control ${CONTROL} does not build, so the probe proves nothing:\n${out}")
endif()

build(${PROBE})
if(rc EQUAL 0)
  message(FATAL_ERROR "${PROBE} built: its library reaches ${HEADER}, which it does not link")
endif()
string(REPLACE "." "\\." header_re "${HEADER}")
# GCC: "fatal error: http/router.h: No such file or directory"; Clang: "'http/router.h' file not found".
if(NOT out MATCHES "${header_re}: No such file or directory|'${header_re}' file not found")
  message(FATAL_ERROR "${PROBE} failed, but not for want of ${HEADER}:\n${out}")
endif()
message(STATUS "${PROBE} fails as it must: ${HEADER} not found; ${CONTROL} builds")
