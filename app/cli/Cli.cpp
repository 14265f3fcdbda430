#include "Cli.h"

#include "Commands.h"
#include "io/TenderFile.h"

#include <QCoreApplication>

#include <cstdio>

namespace tulana::cli {
namespace {

QString helpText()
{
    return tulana::tr(
        "Usage: tulana-cli COMMAND [OPTIONS]\n"
        "\n"
        "Evaluate AI-system tenders (QCBS, L1/LCS, QBS, FBS) kept in .tulana files.\n"
        "\n"
        "Commands:\n"
        "  validate FILE                  check a tender file; list every problem with its place\n"
        "  score FILE [--format F]        evaluate and print the ranking; F is table (default),\n"
        "                                 json or csv\n"
        "  score FILE --mse-preference    say which preference rule for micro and small\n"
        "                                 enterprises or start-ups the tender's rulebook states\n"
        "                                 (Tulana applies none; exit code 1)\n"
        "  import-bids FILE CSV [--out OUT]\n"
        "                                 add the bids in CSV to the tender and save it (to OUT,\n"
        "                                 or FILE itself); nothing is written if any row is wrong\n"
        "  generate --bids N --criteria C --evaluators E [--seed S] [--out OUT]\n"
        "                                 write a synthetic tender (for benchmarks and demos)\n"
        "  openness RECORD [--format F]   assess an AI system's openness from a Model Openness\n"
        "                                 Tool or Open Source AI Index YAML record: MOF class,\n"
        "                                 outcomes, OSI definition, openwashing flags; F is\n"
        "                                 table (default) or json\n"
        "  openness RECORD --into FILE --bid ID [--claim C] [--out OUT]\n"
        "                                 record it as the openness of bid ID in the tender and\n"
        "                                 save it (to OUT, or FILE itself); C is what the bid\n"
        "                                 calls the system: open-source, open or not-stated\n"
        "  memo FILE --out OUT [--date YYYY-MM-DD] [--language en|hi]\n"
        "                                 write the decision memo (office note) as PDF, ODT,\n"
        "                                 HTML or Markdown, by OUT's extension, in English or\n"
        "                                 Hindi (default: the locale's language); refused while\n"
        "                                 a departure from the open-source option lacks its\n"
        "                                 justification\n"
        "  verify-memo FILE MEMO          check that MEMO's fingerprint matches FILE's evaluation\n"
        "  training list [PACK]           list the cases of a training pack (default: the\n"
        "                                 bundled one): id, minutes, goals, questions, title\n"
        "  training check PACK|CASE.json  check a training pack (a directory with pack.json) or\n"
        "                                 one case; list every problem with its file and place\n"
        "\n"
        "Options:\n"
        "  -h, --help                     show this help\n"
        "  -v, --version                  show the version\n"
        "\n"
        "Exit codes: 0 success, 1 invalid input (messages on stderr), 2 usage error.\n");
}

} // namespace

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

std::optional<Tender> loadOrReport(const QString& path, Io io)
{
    TenderLoad load = loadTenderFile(path);
    printProblems(load.problems, io);
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
    if (command == QLatin1String("validate"))
        return validateCommand(rest, io);
    if (command == QLatin1String("score"))
        return scoreCommand(rest, io);
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
    return usageError(tulana::tr("unknown command \"%1\"").arg(command), io);
}

int run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err);
}

} // namespace tulana::cli
