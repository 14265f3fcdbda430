#include "Commands.h"

#include "Cli.h"
#include "io/BidCsvImport.h"
#include "io/TenderFile.h"
#include "process/ProcessState.h"
#include "support/InputFile.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace tulana::cli {
namespace {} // namespace

int importBidsCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    parser.addPositionalArgument(QStringLiteral("CSV"), QString());
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("OUT"));
    parser.addOption(outOption);
    if (!parser.parse(QStringList{QStringLiteral("import-bids")} + args))
        return usageError(parser.errorText(), io);
    if (parser.positionalArguments().size() != 2)
        return usageError(tulana::tr("import-bids takes a tender FILE and a CSV file"), io);

    const QString path = parser.positionalArguments().at(0);
    const QString csvPath = parser.positionalArguments().at(1);
    std::optional<Tender> tender = loadOrReport(path, io);
    if (!tender)
        return InvalidInput;
    // A bids file carries prices: a recorded process receives them sealed.
    if (const std::optional<QString> sealed = process::figuresSealedBecause(*tender)) {
        printProblems({error(csvPath, *sealed)}, io);
        io.err << tulana::tr("Nothing was imported and %1 was not changed.").arg(path) << '\n';
        return InvalidInput;
    }
    QString why;
    const std::optional<QByteArray> csv = readInputFile(csvPath, kMaxCsvFileBytes, &why);
    if (!csv) {
        printProblems({error(csvPath, why)}, io);
        return InvalidInput;
    }
    const BidImport imported = importBidsCsv(*tender, *csv, QFileInfo(csvPath).fileName());
    printProblems(imported.problems, io);
    if (hasErrors(imported.problems)) {
        io.err << tulana::tr("Nothing was imported and %1 was not changed.").arg(path) << '\n';
        return InvalidInput;
    }
    for (const Bid& bid : imported.bids)
        tender->bids.push_back(bid);

    const QString target = parser.isSet(outOption) ? parser.value(outOption) : path;
    QString message;
    if (!saveTenderFile(*tender, target, &message)) {
        printProblems({error(target, message)}, io);
        return InvalidInput;
    }
    io.out
        << tulana::tr("Imported %n bid(s) into %1.", nullptr, int(imported.bids.size())).arg(target)
        << '\n';
    return Success;
}

} // namespace tulana::cli
