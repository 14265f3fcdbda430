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

} // namespace tulana::cli
