# The registry of AI procurements (docs/registry.md): its storage on SQLite
# and on PostgreSQL (the record's own test is the core's). The suite builds
# them (tests/CMakeLists.txt); the sanitizer build (tests/fuzz/CMakeLists.txt)
# builds them against its instrumented core. One list, so that a test added
# here runs in both. Needs tulana_add_test (cmake/TulanaTest.cmake, which
# tests/CoreTests.cmake includes).
#
# tst_registrypostgres starts a throw-away cluster of its own (PostgreSQL
# from Debian; under root it runs as nobody), and fails rather than skips
# where TULANA_REQUIRE_TOOLS=1 (CI) and there is none. Both run
# registry_writer, a second process writing to the same store.

# tulana_add_registry_tests(): adds them and registry_writer, and sets
# tulana_registry_tests to the tests' names.
function(tulana_add_registry_tests)
    find_package(Qt6 REQUIRED COMPONENTS Sql)
    set(here ${PROJECT_SOURCE_DIR}/tests/registry)
    add_executable(registry_writer ${here}/registry_writer.cpp)
    target_link_libraries(registry_writer PRIVATE tulana_core tulana_common)
    foreach(engine IN ITEMS sqlite postgres)
        tulana_add_test(tst_registry${engine} SOURCES ${here}/tst_registrystore.cpp
            LIBS tulana_core Qt6::Sql)
        target_include_directories(tst_registry${engine} PRIVATE ${here})
        target_compile_definitions(tst_registry${engine} PRIVATE
            TULANA_REGISTRY_WRITER="$<TARGET_FILE:registry_writer>")
        add_dependencies(tst_registry${engine} registry_writer)
    endforeach()
    target_compile_definitions(tst_registrypostgres PRIVATE TULANA_REGISTRY_POSTGRES)
    set(tulana_registry_tests tst_registrysqlite tst_registrypostgres PARENT_SCOPE)
endfunction()
