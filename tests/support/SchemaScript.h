#pragma once

// Runs one of the checkers in tests/schema (validate_samples.py,
// validate_ocds.py) with Debian's python3, which has python3-jsonschema.
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace tulana::testsupport {

struct ScriptRun
{
    bool missingTool = false; // no python3, or no jsonschema module
    int exitCode = -1;
    QString said; // stdout and stderr
};

inline ScriptRun runSchemaScript(const QStringList& arguments, int timeoutMs)
{
    ScriptRun run;
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFile::exists(python)) {
        run.missingTool = true;
        return run;
    }
    QProcess check;
    check.start(python, arguments);
    if (!check.waitForFinished(timeoutMs)) {
        run.said = QStringLiteral("the check did not finish: ") + check.errorString();
        return run;
    }
    run.said = QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
    run.missingTool = run.said.contains(QLatin1String("No module named 'jsonschema'"));
    run.exitCode = check.exitCode();
    return run;
}

} // namespace tulana::testsupport
