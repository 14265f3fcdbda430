#pragma once

#include "diagnostics/Problem.h"
#include "i18n/Translate.h"
#include "tender/Tender.h"

#include <QStringList>
#include <QTextStream>

#include <optional>
#include <string_view>

namespace tulana::cli {

struct Io
{
    QTextStream& out;
    QTextStream& err;
};

// Each command gets its own arguments (without the command name).
int validateCommand(const QStringList& args, Io io);
int scoreCommand(const QStringList& args, Io io);
int importOcdsCommand(const QStringList& args, Io io);  // CommandImportOcds.cpp
int exportOcdsCommand(const QStringList& args, Io io);  // CommandExportOcds.cpp
int exportXlsxCommand(const QStringList& args, Io io);  // CommandExportXlsx.cpp
int sensitivityCommand(const QStringList& args, Io io); // CommandSensitivity.cpp
int committeeCommand(const QStringList& args, Io io);   // CommandCommittee.cpp
int importBidsCommand(const QStringList& args, Io io);
int generateCommand(const QStringList& args, Io io);
int opennessCommand(const QStringList& args, Io io);
int memoCommand(const QStringList& args, Io io);       // CommandMemo.cpp
int verifyMemoCommand(const QStringList& args, Io io); // CommandMemo.cpp
int trainingCommand(const QStringList& args, Io io);   // CommandTraining.cpp
int logCommand(const QStringList& args, Io io);        // CommandProcess.cpp
int verifyCommand(const QStringList& args, Io io);     // CommandProcess.cpp
int processCommand(const QStringList& args, Io io);    // CommandProcessActs.cpp
int sheetCommand(const QStringList& args, Io io);      // CommandSheet.cpp
int moderateCommand(const QStringList& args, Io io);   // CommandSheet.cpp
int keyCommand(const QStringList& args, Io io);        // CommandKey.cpp
int sealCommand(const QStringList& args, Io io);       // CommandKey.cpp
int registryCommand(const QStringList& args, Io io);   // CommandRegistry.cpp

// Shared by the commands: load a tender and print located problems.
std::optional<Tender> loadOrReport(const QString& path, Io io);
void printProblems(const Problems& problems, Io io);
// Problems with the values of a loaded tender, each placed in words as the
// screens name the place ("FILE: B1's price"), never as a JSON path, which
// is for --format json: a place with no such name is given by the file's
// own keys ("decision › justification › evaluation").
void printTenderProblems(const Tender& tender, const QString& path, const Problems& problems,
                         Io io);
int usageError(const QString& message, Io io);
// Writes UTF-8 text to the command's output as it is produced, after what
// was written before, so a long report need not be held whole. False when
// it could not be written; run() then says so once and exits 1.
bool writeOutput(Io io, std::string_view utf8);

} // namespace tulana::cli
