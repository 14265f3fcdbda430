#pragma once

#include <QTest>

// Some checks read Tulana's output back with another program (pdftotext,
// pdffonts). Where it is missing they are skipped on a developer's machine,
// but the `ci` test preset sets TULANA_REQUIRE_TOOLS=1, and there a missing
// tool fails the test: CI must never pass by skipping what it should check.
#define TULANA_SKIP_WITHOUT_TOOL(message)                                                          \
    do {                                                                                           \
        if (qEnvironmentVariableIntValue("TULANA_REQUIRE_TOOLS") == 1)                             \
            QFAIL(message " (required here: TULANA_REQUIRE_TOOLS=1)");                             \
        QSKIP(message);                                                                            \
    } while (false)
