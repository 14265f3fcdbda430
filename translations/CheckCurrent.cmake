# The translations_current test: runs the same lupdate as the tulana_lupdate
# target on copies of the committed catalogues and fails when the result
# differs, i.e. when texts were added to or removed from the sources since
# the catalogues were last refreshed.
#
# Arguments (-D): LUPDATE, WORK_DIR, TS_FILES and EXTRA_OPTIONS (lists joined
# by "|", one entry per catalogue), OPTIONS, INCLUDES, SOURCES_LIST.
string(REPLACE "|" ";" ts_files "${TS_FILES}")
string(REPLACE "|" ";" extra_options "${EXTRA_OPTIONS}")
set(include_args)
foreach(dir IN LISTS INCLUDES)
    list(APPEND include_args -I ${dir})
endforeach()
file(MAKE_DIRECTORY ${WORK_DIR})

set(stale)
foreach(ts extra IN ZIP_LISTS ts_files extra_options)
    get_filename_component(name ${ts} NAME)
    set(copy ${WORK_DIR}/${name})
    configure_file(${ts} ${copy} COPYONLY)
    execute_process(
        COMMAND ${LUPDATE} ${OPTIONS} ${extra} ${include_args} @${SOURCES_LIST} -ts ${copy}
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${output}")
    endif()
    file(READ ${ts} before)
    file(READ ${copy} after)
    if(NOT before STREQUAL after)
        string(REGEX MATCH "Found [^\n]*" found "${output}")
        string(REGEX MATCH "Removed [^\n]*" removed "${output}")
        list(APPEND stale "  ${name}: ${found} ${removed}")
    endif()
endforeach()

if(stale)
    list(JOIN stale "\n" stale_text)
    message(FATAL_ERROR
        "The translation catalogues are not current with the sources:\n${stale_text}\n"
        "Refresh them with `cmake --build <build dir> --target tulana_lupdate`, translate "
        "the new entries (translations/README.md) and commit the .ts files.")
endif()
message(STATUS "translation catalogues are current")
