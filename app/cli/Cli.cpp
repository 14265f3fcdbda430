#include "Cli.h"

#include "CommandHelp.h"
#include "Commands.h"
#include "VisibleOutput.h"
#include "io/PlaceNames.h"
#include "io/TenderFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace tulana::cli {

int usageError(const QString& message, Io io)
{
    io.err << "tulana-cli: " << message << '\n' << tulana::tr("Try 'tulana-cli --help'.") << '\n';
    return UsageError;
}

void printProblems(const Problems& problems, Io io)
{
    for (const Problem& p : problems)
        io.err << (p.isError() ? tulana::tr("error: ") : tulana::tr("warning: ")) << p.where
               << (p.where.isEmpty() ? QString() : QStringLiteral(": ")) << p.message << '\n';
}

void printTenderProblems(const Tender& tender, const QString& path, const Problems& problems, Io io)
{
    Problems located = problems;
    for (Problem& p : located) {
        const QString place = placeInWords(tender, p.where);
        p.where = place.isEmpty() ? path : path + QStringLiteral(": ") + place;
    }
    printProblems(located, io);
}

bool writeOutput(Io io, std::string_view utf8)
{
    QIODevice* device = io.out.device();
    if (!device) { // a stream on a string, in tests: the pieces are whole characters
        io.out << QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        return io.out.status() == QTextStream::Ok;
    }
    io.out.flush(); // what the stream holds comes first
    return io.out.status() == QTextStream::Ok &&
           device->write(utf8.data(), qint64(utf8.size())) == qint64(utf8.size());
}

std::optional<Tender> loadOrReport(const QString& path, Io io)
{
    TenderLoad load = loadTenderFile(path);
    // A file that did not load has no ids yet: its places are numbered.
    printProblems(loadProblemsInWords(load.problems, path), io);
    return std::move(load.tender);
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Io io{out, err};
    if (arguments.size() < 2)
        return usageError(tulana::tr("no command given"), io);
    const QString command = arguments.at(1);
    const QStringList rest = arguments.mid(2);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        out << helpText();
        return Success;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out << "tulana-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    // `tulana-cli score --help`: that command's usage, whatever else is given.
    if (asksForHelp(rest)) {
        if (const std::optional<QString> help = commandHelpText(command)) {
            out << *help;
            return Success;
        }
    }
    if (command == QLatin1String("validate"))
        return validateCommand(rest, io);
    if (command == QLatin1String("score"))
        return scoreCommand(rest, io);
    if (command == QLatin1String("import-ocds"))
        return importOcdsCommand(rest, io);
    if (command == QLatin1String("export-ocds"))
        return exportOcdsCommand(rest, io);
    if (command == QLatin1String("export-xlsx"))
        return exportXlsxCommand(rest, io);
    if (command == QLatin1String("sensitivity"))
        return sensitivityCommand(rest, io);
    if (command == QLatin1String("sheet"))
        return sheetCommand(rest, io);
    if (command == QLatin1String("moderate"))
        return moderateCommand(rest, io);
    if (command == QLatin1String("committee"))
        return committeeCommand(rest, io);
    if (command == QLatin1String("import-bids"))
        return importBidsCommand(rest, io);
    if (command == QLatin1String("generate"))
        return generateCommand(rest, io);
    if (command == QLatin1String("openness"))
        return opennessCommand(rest, io);
    if (command == QLatin1String("memo"))
        return memoCommand(rest, io);
    if (command == QLatin1String("verify-memo"))
        return verifyMemoCommand(rest, io);
    if (command == QLatin1String("training"))
        return trainingCommand(rest, io);
    if (command == QLatin1String("log"))
        return logCommand(rest, io);
    if (command == QLatin1String("verify"))
        return verifyCommand(rest, io);
    if (command == QLatin1String("process"))
        return processCommand(rest, io);
    if (command == QLatin1String("key"))
        return keyCommand(rest, io);
    if (command == QLatin1String("seal"))
        return sealCommand(rest, io);
    if (command == QLatin1String("registry"))
        return registryCommand(rest, io);
    return usageError(tulana::tr("unknown command \"%1\"").arg(command), io);
}

bool stdoutIsData(const QStringList& arguments)
{
    const auto is = [&](qsizetype i, const char* word) {
        return i < arguments.size() && arguments[i] == QLatin1String(word);
    };
    if (is(1, "generate") || is(1, "export-ocds") || (is(1, "sheet") && is(2, "csv")) ||
        (is(1, "process") && is(2, "envelope-key")))
        return true;
    // --format json or csv: JSON escapes every C0 control itself.
    const auto isData = [](const QString& f) {
        return f == QLatin1String("json") || f == QLatin1String("csv");
    };
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--format") && i + 1 < arguments.size() &&
            isData(arguments[i + 1]))
            return true;
        if (arguments[i].startsWith(QLatin1String("--format=")) && isData(arguments[i].mid(9)))
            return true;
    }
    return false;
}

int run(const QStringList& arguments)
{
    // Text from a file reaches a terminal through these: in messages and in
    // the reports for people, its control characters are shown, never
    // obeyed (VisibleOutput.h).
    QFile stdoutFile;
    QFile stderrFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    stderrFile.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    VisibleOutput outDevice(&stdoutFile);
    VisibleOutput errDevice(&stderrFile);
    QTextStream out(stdoutIsData(arguments) ? static_cast<QIODevice*>(&stdoutFile) : &outDevice);
    QTextStream err(&errDevice);
    int code = run(arguments, out, err);
    // A report that did not reach its file (a full disk, /dev/full) is a
    // failure, whatever the command made of its input.
    out.flush();
    const bool streamFailed = out.status() != QTextStream::Ok || !outDevice.finish();
    errno = 0;
    const bool fileFailed = std::fflush(stdout) != 0 || std::ferror(stdout) != 0;
    if (streamFailed || fileFailed) {
        const QString why =
            errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : out.device()->errorString();
        err << "tulana-cli: " << tulana::tr("the output could not be written: %1").arg(why) << '\n';
        code = InvalidInput;
    }
    err.flush();
    errDevice.finish();
    return code;
}

} // namespace tulana::cli
