# The check_core_layers_catches test: CheckLayers.cmake must fail on a
# made-up tree with an include that goes up a layer, one that goes sideways,
# and an internal header used from the app, and pass once they are gone.
#   cmake -DWORK_DIR=<empty folder> -P CheckLayersSelfTest.cmake
set(check ${CMAKE_CURRENT_LIST_DIR}/CheckLayers.cmake)
file(REMOVE_RECURSE ${WORK_DIR})
file(WRITE ${WORK_DIR}/core/LAYERS "low\nmid other\nhigh\ninternal: low/Inside.h\n")
file(WRITE ${WORK_DIR}/core/low/Low.h "#pragma once\n")
file(WRITE ${WORK_DIR}/core/low/Inside.h "#pragma once\n")
file(WRITE ${WORK_DIR}/core/mid/Mid.h "#include \"low/Low.h\"\n#include \"high/High.h\"\n")
file(WRITE ${WORK_DIR}/core/other/Other.h "#include \"mid/Mid.h\"\n")
file(WRITE ${WORK_DIR}/core/high/High.h "#include \"mid/Mid.h\"\n#include \"low/Inside.h\"\n")
file(WRITE ${WORK_DIR}/app/App.cpp "#include \"high/High.h\"\n#include \"low/Inside.h\"\n")

function(run_check expect_failure)
    execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${WORK_DIR} -DMIN_SOURCES=1 -P ${check}
        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
    set(out "${out}" PARENT_SCOPE)
    if(expect_failure AND result EQUAL 0)
        message(FATAL_ERROR "the check passed a tree with broken layers:\n${out}")
    elseif(NOT expect_failure AND NOT result EQUAL 0)
        message(FATAL_ERROR "the check failed a tree with sound layers:\n${out}")
    endif()
endfunction()

run_check(TRUE)
foreach(expected IN ITEMS
        "core/mid/Mid.h: core/mid/ includes high/High.h"
        "core/other/Other.h: core/other/ includes mid/Mid.h"
        "core/high/High.h: low/Inside.h is internal"
        "app/App.cpp: low/Inside.h is internal")
    string(FIND "${out}" "${expected}" at)
    if(at LESS 0)
        message(FATAL_ERROR "the check did not report \"${expected}\":\n${out}")
    endif()
endforeach()

file(WRITE ${WORK_DIR}/core/mid/Mid.h "#include \"low/Low.h\"\n")
file(WRITE ${WORK_DIR}/core/other/Other.h "#include \"low/Low.h\"\n")
file(WRITE ${WORK_DIR}/core/high/High.h "#include \"mid/Mid.h\"\n#include \"other/Other.h\"\n")
file(WRITE ${WORK_DIR}/app/App.cpp "#include \"high/High.h\"\n")
run_check(FALSE)
message(STATUS "CheckLayers.cmake catches upward, sideways and internal includes")
