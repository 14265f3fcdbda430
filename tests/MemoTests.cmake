# The memo library's tests (app/memo, tulana_memo): the memo on paper (PDF,
# ODT), its certificate page, its text layer, and verify-memo's readers. The
# suite builds them (tests/CMakeLists.txt); the sanitizer build
# (tests/fuzz/CMakeLists.txt) builds them against its instrumented core and
# memo library. One list, so that a test added here runs in both. Needs
# tulana_add_test (cmake/TulanaTest.cmake, which tests/CoreTests.cmake
# includes).

# tulana_add_memo_tests(): adds them all and sets tulana_memo_tests to their
# names.
function(tulana_add_memo_tests)
    find_package(ZLIB REQUIRED)
    find_package(Qt6 REQUIRED COMPONENTS PrintSupport)
    tulana_add_test(tst_memoexport
        SOURCES ${PROJECT_SOURCE_DIR}/tests/memo/tst_memoexport.cpp LIBS tulana_memo)
    tulana_add_test(tst_certificatepdf
        SOURCES ${PROJECT_SOURCE_DIR}/tests/memo/tst_certificatepdf.cpp LIBS tulana_memo)
    # verify-memo: zip bombs refused; every change to what a reader sees caught.
    tulana_add_test(tst_memoverify
        SOURCES ${PROJECT_SOURCE_DIR}/tests/memo/tst_memoverify.cpp LIBS tulana_memo ZLIB::ZLIB)
    # The PDF's text layer: Hindi conjuncts, ligatures, page breaks, printers.
    tulana_add_test(tst_memopdftext
        SOURCES ${PROJECT_SOURCE_DIR}/tests/memo/tst_memopdftext.cpp
        LIBS tulana_memo Qt6::PrintSupport)
    set(tulana_memo_tests tst_memoexport tst_certificatepdf tst_memoverify tst_memopdftext
        PARENT_SCOPE)
endfunction()
