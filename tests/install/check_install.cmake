# Installs the build into a scratch prefix and checks that everything a desktop needs lands where it
# should; validates the AppStream metainfo when appstreamcli is there.
# Usage: cmake -DBUILD_DIR=... -DPREFIX=... -P check_install.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
set(expected
  bin/gradlab
  share/applications/gradlab.desktop
  share/metainfo/io.github.gradlab.GradLab.metainfo.xml
  share/icons/hicolor/scalable/apps/gradlab.svg)
foreach(size 16 32 48 64 128 256)
  list(APPEND expected share/icons/hicolor/${size}x${size}/apps/gradlab.png)
endforeach()
foreach(f IN LISTS expected)
  if(NOT EXISTS "${PREFIX}/${f}")
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()
execute_process(COMMAND "${PREFIX}/bin/gradlab" --version OUTPUT_VARIABLE version RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT version MATCHES "^gradlab [0-9]+\\.[0-9]+\\.[0-9]+")
  message(FATAL_ERROR "installed gradlab --version printed '${version}' (${rc})")
endif()
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
  execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net
                  "${PREFIX}/share/metainfo/io.github.gradlab.GradLab.metainfo.xml" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate failed")
  endif()
endif()
message(STATUS "install layout OK (${version})")
