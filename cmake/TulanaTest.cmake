# One Qt Test executable, for the suite (tests/) and for the core's, the
# CLI's, the memo library's, the registry's storage and the GUI's tests the
# fuzzing build also makes (tests/fuzz): run offscreen, in English.
function(tulana_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test tulana_common ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    target_compile_definitions(${name} PRIVATE
        TULANA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        TULANA_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
    # A test is one file, so a unity build would gain nothing; and a
    # file's anonymous namespace, once included into a unity file, makes
    # GCC's -Wsubobject-linkage an error for a test class holding its types.
    set_target_properties(${name} PROPERTIES UNITY_BUILD OFF)
    add_test(NAME ${name} COMMAND ${name})
    # English messages whatever the developer's locale (tulana-cli follows it).
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANGUAGE=en")
endfunction()
