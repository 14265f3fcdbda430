# The desktop application's tests, linking the GUI library (app/gui,
# tulana_gui); widget tests run offscreen (tulana_add_test sets
# QT_QPA_PLATFORM). The suite builds them (tests/gui/CMakeLists.txt); the
# sanitizer build (tests/fuzz/CMakeLists.txt) builds them against its
# instrumented core and GUI library, as the last part of CI's sanitizer
# stage. One list, so that a test added here runs in both. Needs
# tulana_add_test (cmake/TulanaTest.cmake, which tests/CoreTests.cmake
# includes) and the tulana-cli target.

# tulana_add_gui_tests(): adds them all and sets tulana_gui_tests to their
# names (the keyring run of tst_registrypassword included).
function(tulana_add_gui_tests)
    set(here ${PROJECT_SOURCE_DIR}/tests/gui)
    set(tests
        tst_models
        tst_undo
        tst_mainwindow
        tst_widgets
        tst_wizard
        tst_decisioncommands
        tst_decisionpage
        tst_openness
        tst_training
        tst_eligibilitygui
        tst_costs
        tst_celleditors
        tst_undokeys
        tst_sealedpages
        tst_help
        tst_processgui
        tst_processacts
        tst_autosave
        tst_sensitivitypage
        tst_marksdisagreement
        tst_exchange
        tst_sheetwindow
        tst_registrygui
    )
    foreach(test IN LISTS tests) # no existence check: a deleted test fails the build
        tulana_add_test(${test}
            SOURCES ${here}/${test}.cpp ${here}/GuiTestSupport.h ${here}/MainWindowFixture.h
                ${here}/WidgetEdits.h
            LIBS tulana_gui)
    endforeach()

    # The Openness page imports a real Model Openness Tool record (tests/data/third-party).
    target_compile_definitions(tst_openness PRIVATE
        TULANA_FIXTURES_DIR="${PROJECT_SOURCE_DIR}/tests/data/third-party")

    # A PostgreSQL registry's password and the system keychain. Run twice: with
    # a keychain of its own (a private D-Bus session and GNOME keyring,
    # tests/support/with-keyring) and with no session bus, where nothing may be
    # kept and libpq's PGPASSWORD and ~/.pgpass must still serve.
    tulana_add_test(tst_registrypassword
        SOURCES ${here}/tst_registrypassword.cpp LIBS tulana_gui Qt6::Sql)
    target_include_directories(tst_registrypassword PRIVATE ${PROJECT_SOURCE_DIR}/tests/registry)
    target_compile_definitions(tst_registrypassword PRIVATE
        TULANA_CLI_EXE="$<TARGET_FILE:tulana-cli>")
    add_dependencies(tst_registrypassword tulana-cli)
    set_tests_properties(tst_registrypassword PROPERTIES ENVIRONMENT
        "QT_QPA_PLATFORM=offscreen;LANGUAGE=en;TULANA_TEST_KEYCHAIN=0;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/tulana-test-bus")
    add_test(NAME tst_registrypassword_keyring
        COMMAND ${PROJECT_SOURCE_DIR}/tests/support/with-keyring
            $<TARGET_FILE:tst_registrypassword>)
    set_tests_properties(tst_registrypassword_keyring PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANGUAGE=en")

    list(APPEND tests tst_registrypassword tst_registrypassword_keyring)
    set(tulana_gui_tests ${tests} PARENT_SCOPE)
endfunction()
