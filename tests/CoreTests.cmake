# The core's tests, one Qt Test executable per class or topic, mirroring
# core/. The suite builds them all (tests/CMakeLists.txt); the sanitizer
# build (tests/fuzz/CMakeLists.txt) builds them against its instrumented
# core. One list, so that a test added here runs in both.
include(${PROJECT_SOURCE_DIR}/cmake/TulanaTest.cmake)

set(tulana_core_tests
    tender/tst_tender
    validation/tst_validator
    rulebook/tst_rulebook
    scoring/tst_rounding
    scoring/tst_evaluator
    scoring/tst_awards
    scoring/tst_rankreversal
    scoring/tst_derivation
    io/tst_tenderfile
    io/tst_jsonwriter
    io/tst_placenames
    io/tst_savefile
    io/tst_crashsafesave
    io/tst_csv
    io/tst_bidcsvimport
    io/tst_bidxlsximport
    io/tst_badinput
    io/tst_tenderparsers
    report/tst_report
    report/tst_outputsafety
    generate/tst_generator
    samples/tst_samples
    openness/tst_spdxexpression
    openness/tst_licences
    openness/tst_components
    openness/tst_recordimport
    openness/tst_mofclassifier
    openness/tst_mottestdata
    openness/tst_realmodels
    openness/tst_assessment
    openness/tst_opennesspoints
    openness/tst_opennessintender
    considerations/tst_table3
    considerations/tst_contextquestions
    considerations/tst_recommendation
    decision/tst_departure
    decision/tst_justification
    io/tst_tendersections
    memo/tst_fingerprint
    crypto/tst_crypto
    process/tst_processlog
    process/tst_envelopes
    committee/tst_sheets
    memo/tst_memobuilder
    memo/tst_memorobustness
    memo/tst_memocommittee
    cost/tst_lifecycle
    eligibility/tst_eligibility
    cost/tst_costreport
    training/tst_trainingload
    training/tst_trainingcheck
    training/tst_traininggrading
    training/tst_trainingresults
    training/tst_trainingcases
    sensitivity/tst_sensitivity
    committee/tst_disagreement
    spreadsheet/tst_workbook
    registry/tst_registryrecord
    i18n/tst_language
)

# The openness tests read the Model Openness Tool's and the Open Source AI
# Index's real files, copied into tests/data/third-party (see its SOURCE.md).
set(tulana_fixtures_dir "${PROJECT_SOURCE_DIR}/tests/data/third-party")
set(tulana_fixture_tests tst_spdxexpression tst_licences tst_components tst_recordimport
    tst_mofclassifier tst_mottestdata tst_realmodels tst_assessment tst_opennesspoints
    tst_opennessintender)

# tulana_add_core_tests(test...): each a path below tests/ without ".cpp",
# as in tulana_core_tests. No existence checks: a test deleted by mistake
# must fail the build, not vanish from the suite.
function(tulana_add_core_tests)
    foreach(test IN LISTS ARGN)
        get_filename_component(name ${test} NAME)
        tulana_add_test(${name} SOURCES ${PROJECT_SOURCE_DIR}/tests/${test}.cpp LIBS tulana_core)
        if(name IN_LIST tulana_fixture_tests)
            target_compile_definitions(${name} PRIVATE TULANA_FIXTURES_DIR="${tulana_fixtures_dir}")
        endif()
    endforeach()
endfunction()
