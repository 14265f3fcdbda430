# The check_tr_qualified test: outside QObject classes Tulana's texts are
# tulana::tr("...") calls (core/i18n/Translate.h). An unqualified tr() in the
# core, the CLI or the memo library compiles, but lupdate files its text
# under a namespace's name, where the running program never looks, so the
# text would stay English whatever the catalogue says.
#
# cmake -DSOURCE_DIR=<repository> -P CheckQualified.cmake
set(found)
file(GLOB_RECURSE files
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
    ${SOURCE_DIR}/app/cli/*.cpp ${SOURCE_DIR}/app/cli/*.h
    ${SOURCE_DIR}/app/memo/*.cpp ${SOURCE_DIR}/app/memo/*.h)
list(LENGTH files count)
if(count LESS 10)
    message(FATAL_ERROR "no sources under SOURCE_DIR=\"${SOURCE_DIR}\"")
endif()
foreach(file IN LISTS files)
    if(file MATCHES "/core/i18n/Translate\\.h$")
        continue()
    endif()
    file(STRINGS ${file} lines REGEX "(^|[^A-Za-z0-9_:.>~])tr\\(")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        if(line MATCHES "^//") # a comment about tr()
            continue()
        endif()
        file(RELATIVE_PATH rel ${SOURCE_DIR} ${file})
        list(APPEND found "  ${rel}: ${line}")
    endforeach()
endforeach()
if(found)
    list(JOIN found "\n" text)
    message(FATAL_ERROR "Unqualified tr() calls; write tulana::tr(...) instead "
                        "(translations/README.md):\n${text}")
endif()
message(STATUS "every tr() call in core/, app/cli/ and app/memo/ is qualified")
