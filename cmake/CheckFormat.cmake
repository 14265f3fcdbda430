# Fails when a C++ source of the project is not formatted as .clang-format
# says (the CTest entry "clang_format"). The files are listed when the test
# runs, so a file added since the last configure is checked too.
#   cmake -DCLANG_FORMAT=/usr/bin/clang-format -DSOURCE_DIR=<repo> -P CheckFormat.cmake
if(NOT CLANG_FORMAT OR NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckFormat.cmake needs CLANG_FORMAT and SOURCE_DIR")
endif()
set(files)
foreach(folder IN ITEMS core app tests)
    file(GLOB_RECURSE found LIST_DIRECTORIES false
        "${SOURCE_DIR}/${folder}/*.cpp" "${SOURCE_DIR}/${folder}/*.h")
    list(APPEND files ${found})
endforeach()
list(FILTER files EXCLUDE REGEX "/tests/data/")
list(LENGTH files count)
if(count EQUAL 0)
    message(FATAL_ERROR "no C++ sources found under ${SOURCE_DIR}")
endif()
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${files}
    RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message("${errors}")
    message(FATAL_ERROR "clang-format: some of the ${count} files are not formatted; "
        "run: clang-format -i $(git ls-files '*.cpp' '*.h')")
endif()
message(STATUS "clang-format: ${count} files formatted as .clang-format says")
