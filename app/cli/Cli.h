#pragma once

#include <QStringList>
#include <QTextStream>

namespace tulana::cli {

// Exit codes, as documented in docs/cli.md.
enum ExitCode
{
    Success = 0,
    InvalidInput = 1,
    UsageError = 2
};

// Runs a tulana-cli command line (arguments[0] is the program name). Output
// goes to `out`, messages to `err`; nothing else touches the console.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
int run(const QStringList& arguments); // on stdout and stderr

// Whether the command line writes data for a program to standard output (a
// JSON or CSV report, a generated tender, an OCDS package, a sheet's CSV, an
// envelope key), which goes out exactly as written; all else there is for
// people, and is shown through VisibleOutput.
bool stdoutIsData(const QStringList& arguments);

} // namespace tulana::cli
