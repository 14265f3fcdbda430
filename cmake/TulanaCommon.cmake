# One INTERFACE target carries the language level, warnings and Qt hygiene
# definitions; every Tulana target links it so they are set in one place.
add_library(tulana_common INTERFACE)
target_compile_features(tulana_common INTERFACE cxx_std_20)
target_compile_definitions(tulana_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    TULANA_VERSION="${PROJECT_VERSION}"
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)

# Optimised builds define NDEBUG and Qt's QT_NO_DEBUG, which silence assert()
# and Q_ASSERT. CI turns them back on so that an optimised build still stops
# at a broken invariant, and adds libstdc++'s bounds and precondition checks.
if(TULANA_ASSERTIONS)
    target_compile_definitions(tulana_common INTERFACE QT_FORCE_ASSERTS _GLIBCXX_ASSERTIONS)
    # After CMAKE_CXX_FLAGS_<CONFIG> on the command line, so it wins over -DNDEBUG.
    target_compile_options(tulana_common INTERFACE -UNDEBUG)
endif()
target_compile_options(tulana_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough
    $<$<BOOL:${TULANA_WARNINGS_AS_ERRORS}>:-Werror>)

if(TULANA_SANITIZE)
    target_compile_options(tulana_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(tulana_common INTERFACE -fsanitize=address,undefined)
endif()

# TULANA_FUZZ: every Tulana file is instrumented for libFuzzer's coverage and
# checked by ASan and UBSan; the harnesses (tests/fuzz) link the fuzzer's main.
if(TULANA_FUZZ)
    target_compile_options(tulana_common INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined
        # libFuzzer's advice; also builds three times faster than -O2 -g.
        -O1 -gline-tables-only)
    target_link_options(tulana_common INTERFACE -fsanitize=address,undefined)
endif()
