#pragma once

// Runs the real tulana-cli (TULANA_CLI_EXE, defined by the test's CMake
// entry) as a user on a server would: no display, no Qt platform chosen, no
// runtime folder, so what the tests see is what such a user sees.
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace tulana::testsupport {

struct CliRun
{
    int exitCode = -1; // -1: it did not finish normally (err says why)
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList& arguments, const QString& workingDirectory = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(TULANA_CLI_EXE), arguments);
    CliRun run;
    if (!process.waitForFinished(180'000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        run.err = QStringLiteral("tulana-cli did not finish normally: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// For a failed check's message: the exit code and both streams.
inline QString show(const CliRun& r)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(r.exitCode)
        .arg(r.out, r.err);
}

} // namespace tulana::testsupport
