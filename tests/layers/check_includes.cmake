# Checks that every `#include "folder/…"` in app/ and core/ follows the layer order, and names file:line of
# each include that runs against it. The libraries' links only catch a wrong include once it makes a
# symbol unresolved; this catches it at the include.
# Usage: cmake -DSOURCE_DIR=<a tree with app/ and core/> -P check_includes.cmake
#
# core/: the order written at the top of core/CMakeLists.txt ("expression -> eval -> …"): a folder may
# include its own and those of earlier steps (folders in one step do not include each other).
# app/: a folder may include its own, the folders its entry names, and whatever those may include, as its
# library links them (app/CMakeLists.txt). CORE stands for every core folder. main.cpp may include anything.
set(app_layers
  "lessons: CORE"
  "undo: lessons"
  "plotting: lessons"
  "widgets: plotting"
  "views: widgets"
  "cli: CORE"
  "export: views cli"
  "window: export undo")

if(NOT SOURCE_DIR)
  message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=<source tree> -P check_includes.cmake")
endif()

# core's order: the comment line "#   a -> b -> c, d -> e" of core/CMakeLists.txt (its first step may be
# several folders too: "#   a, b -> c").
file(STRINGS "${SOURCE_DIR}/core/CMakeLists.txt" order_line REGEX "^#[ \t]+[a-z]+([ \t]*,[ \t]*[a-z]+)*[ \t]*->")
list(LENGTH order_line found)
if(NOT found EQUAL 1)
  message(FATAL_ERROR "core/CMakeLists.txt: expected one line '#   expression -> eval -> …' giving core's order")
endif()
string(REGEX REPLACE "^#[ \t]*" "" order_line "${order_line}")
string(REPLACE "->" ";" steps "${order_line}")
set(core_folders "")
set(earlier "")
foreach(step IN LISTS steps)
  string(REPLACE "," ";" step_folders "${step}")
  set(this_step "")
  foreach(folder IN LISTS step_folders)
    string(STRIP "${folder}" folder)
    list(APPEND this_step ${folder})
    set(allowed_core/${folder} ${earlier} ${folder})
  endforeach()
  list(APPEND earlier ${this_step})
  list(APPEND core_folders ${this_step})
endforeach()

# app's layers, in order, each with everything below it.
set(app_folders "")
foreach(entry IN LISTS app_layers)
  string(REGEX MATCH "^([a-z]+):(.*)$" _ "${entry}")
  set(folder "${CMAKE_MATCH_1}")
  string(REGEX REPLACE "[ \t]+" ";" below "${CMAKE_MATCH_2}")
  set(allowed ${folder})
  foreach(b IN LISTS below)
    if(b STREQUAL "")
      continue()
    elseif(b STREQUAL "CORE")
      list(APPEND allowed ${core_folders})
    elseif(DEFINED allowed_app/${b})
      list(APPEND allowed ${allowed_app/${b}})
    else()
      message(FATAL_ERROR "check_includes.cmake: layer '${folder}' names '${b}' before it is defined")
    endif()
  endforeach()
  list(REMOVE_DUPLICATES allowed)
  set(allowed_app/${folder} ${allowed})
  list(APPEND app_folders ${folder})
endforeach()
set(known_folders ${core_folders} ${app_folders})

set(violations "")
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp"
     "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
list(SORT sources)
foreach(path IN LISTS sources)
  if(path STREQUAL "app/main.cpp")
    continue()
  endif()
  if(NOT path MATCHES "^(app|core)/([^/]+)/")
    list(APPEND violations "${path}: lies in no layer (move it into one of app/'s or core/'s folders)")
    continue()
  endif()
  set(layer "${CMAKE_MATCH_1}/${CMAKE_MATCH_2}")
  set(own "${CMAKE_MATCH_2}")
  if(NOT DEFINED allowed_${layer})
    list(APPEND violations "${path}: ${layer} is in no layer order (add it to check_includes.cmake or core/CMakeLists.txt)")
    continue()
  endif()
  file(READ "${SOURCE_DIR}/${path}" text)
  # One list element per line: characters that mean something in a CMake list are replaced first.
  string(REPLACE "\\" "/" text "${text}")
  string(REPLACE ";" "," text "${text}")
  string(REPLACE "[" "(" text "${text}")
  string(REPLACE "]" ")" text "${text}")
  string(REPLACE "\n" ";" lines "${text}")
  set(number 0)
  foreach(line IN LISTS lines)
    math(EXPR number "${number} + 1")
    if(NOT line MATCHES "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\"")
      continue()
    endif()
    set(header "${CMAKE_MATCH_1}")
    if(header MATCHES "^([^/]+)/")
      set(folder "${CMAKE_MATCH_1}")
    else()
      set(folder "${own}") # beside the file
    endif()
    list(FIND known_folders "${folder}" known)
    if(known EQUAL -1)
      continue() # not GradLab's (a library's header in quotes)
    endif()
    list(FIND allowed_${layer} "${folder}" ok)
    if(ok EQUAL -1)
      string(REPLACE ";" ", " may "${allowed_${layer}}")
      list(APPEND violations "${path}:${number}: ${layer} includes \"${header}\" from a layer above it (${layer} may include: ${may})")
    endif()
  endforeach()
endforeach()

list(LENGTH sources checked)
if(violations)
  list(LENGTH violations count)
  string(REPLACE ";" "\n" report "${violations}")
  message("${report}")
  message(FATAL_ERROR "${count} include(s) against the layer order in ${checked} files")
endif()
message(STATUS "${checked} files of app/ and core/ follow the layer order")
