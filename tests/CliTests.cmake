# tulana-cli's tests: each starts the command (TULANA_CLI_EXE) or runs its
# library in-process. The suite builds them (tests/CMakeLists.txt); the
# sanitizer build (tests/fuzz/CMakeLists.txt) builds them, and tulana-cli,
# against its instrumented core. One list, so that a test added here runs in
# both. Needs tests/CoreTests.cmake (tulana_add_test, tulana_fixtures_dir).

# tulana_add_cli_test(NAME SOURCE path LIBS lib...): a test, path below
# tests/, that starts tulana-cli, built before it; its name is added to
# tulana_cli_tests (a macro, so that the caller's list grows).
macro(tulana_add_cli_test name)
    cmake_parse_arguments(CLI_TEST "" "SOURCE" "LIBS" ${ARGN})
    if(CLI_TEST_UNPARSED_ARGUMENTS OR NOT CLI_TEST_SOURCE)
        message(FATAL_ERROR "tulana_add_cli_test(${name} SOURCE path LIBS lib...)")
    endif()
    tulana_add_test(${name}
        SOURCES ${PROJECT_SOURCE_DIR}/tests/${CLI_TEST_SOURCE} LIBS ${CLI_TEST_LIBS})
    target_compile_definitions(${name} PRIVATE TULANA_CLI_EXE="$<TARGET_FILE:tulana-cli>")
    add_dependencies(${name} tulana-cli)
    list(APPEND tulana_cli_tests ${name})
endmacro()

# tulana_add_cli_tests(): adds them all and sets tulana_cli_tests to the
# names of every test it added.
function(tulana_add_cli_tests)
    set(tulana_cli_tests)
    tulana_add_cli_test(tst_cli SOURCE cli/tst_cli.cpp LIBS tulana_cli_lib)
    # log and verify on a file with a recorded process.
    tulana_add_cli_test(tst_cliprocess SOURCE cli/tst_cliprocess.cpp LIBS tulana_core)
    tulana_add_cli_test(tst_clisensitivity SOURCE cli/tst_clisensitivity.cpp LIBS tulana_core)
    # committee: the committee's disagreement, and its JSON schema.
    tulana_add_cli_test(tst_clicommittee SOURCE cli/tst_clicommittee.cpp LIBS tulana_core)
    tulana_add_cli_test(tst_ocds SOURCE cli/tst_ocds.cpp LIBS tulana_core)
    # Bad input or an output it cannot write (issue 20), and the bad-input
    # corpus (tests/data/bad).
    tulana_add_cli_test(tst_clibadinput SOURCE cli/tst_clibadinput.cpp LIBS Qt6::Core)
    tulana_add_cli_test(tst_badcorpus SOURCE cli/tst_badcorpus.cpp LIBS Qt6::Core)
    # The JSON report streamed as it is produced, and a write that fails midway.
    tulana_add_cli_test(tst_streamedreport SOURCE cli/tst_streamedreport.cpp LIBS tulana_core)
    # score on a tender with eligibility criteria.
    tulana_add_cli_test(tst_clieligibility SOURCE cli/tst_clieligibility.cpp LIBS tulana_core)
    # memo / verify-memo.
    tulana_add_cli_test(tst_climemo SOURCE cli/tst_climemo.cpp LIBS tulana_core)
    # No figure of an unopened financial proposal in any report or memo.
    tulana_add_cli_test(tst_sealedfigures SOURCE cli/tst_sealedfigures.cpp LIBS tulana_memo)
    # The openness commands on the Model Openness Tool's and the Open Source
    # AI Index's real files (tests/data/third-party, its SOURCE.md).
    tulana_add_cli_test(tst_opennesscli SOURCE openness/tst_opennesscli.cpp LIBS tulana_core)
    target_compile_definitions(tst_opennesscli PRIVATE
        TULANA_FIXTURES_DIR="${tulana_fixtures_dir}")
    # registry: add, list, show, status and the exports.
    tulana_add_cli_test(tst_registrycli SOURCE registry/tst_registrycli.cpp LIBS tulana_core)
    # The memo in Hindi, on screen and on paper.
    tulana_add_cli_test(tst_hindimemo SOURCE i18n/tst_hindimemo.cpp LIBS Qt6::Core)
    # training list|check in-process, and the bundled training pack checked by
    # the installed command as a trainer would (docs/training.md).
    tulana_add_test(tst_trainingcli
        SOURCES ${PROJECT_SOURCE_DIR}/tests/training/tst_trainingcli.cpp LIBS tulana_cli_lib)
    add_test(NAME training_bundled_pack_checks
        COMMAND tulana-cli training check ${PROJECT_SOURCE_DIR}/resources/training)
    set_tests_properties(training_bundled_pack_checks PROPERTIES ENVIRONMENT "LANGUAGE=en")
    list(APPEND tulana_cli_tests tst_trainingcli training_bundled_pack_checks)
    set(tulana_cli_tests ${tulana_cli_tests} PARENT_SCOPE)
endfunction()
