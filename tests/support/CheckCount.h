#pragma once

#include <QByteArray>
#include <QtGlobal>

// A few tests repeat one check hundreds of times (a save killed at random
// moments, a byte of a recorded log changed at every position). Under ASan
// each repetition is many times slower, so the sanitizer build
// (tests/fuzz/CMakeLists.txt) asks for less of it through an environment
// variable: fewer kills, every Nth byte, fewer registry writes.
// Unset, the test does its whole count. A value that is not a positive whole
// number also gives the whole check, with a warning: a misspelt setting must
// never make a test check nothing and pass.
inline int checkCountFromEnvironment(const char* variable, int wholeCount)
{
    if (!qEnvironmentVariableIsSet(variable))
        return wholeCount;
    bool ok = false;
    const int value = qgetenv(variable).toInt(&ok, 10); // "010" is ten, not eight
    if (ok && value > 0)
        return value;
    qWarning("%s=%s is not a positive whole number: using %d, the whole check", variable,
             qgetenv(variable).constData(), wholeCount);
    return wholeCount;
}
