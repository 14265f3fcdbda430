#include "Commands.h"

#include "Cli.h"
#include "io/BidCsvImport.h"
#include "io/BidXlsxImport.h"
#include "io/TenderFile.h"
#include "process/ProcessState.h"
#include "spreadsheet/BidTemplateWorkbook.h"
#include "support/InputFile.h"
#include "support/SaveFile.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace tulana::cli {
namespace {

// `import-bids FILE --template OUT.xlsx|OUT.csv`: the sheet this tender's
// import expects, for the officer to fill.
int writeTemplate(const QStringList& positional, const QString& target, Io io)
{
    if (positional.size() != 1)
        return usageError(tulana::tr("import-bids --template takes only the tender FILE"), io);
    const std::optional<Tender> tender = loadOrReport(positional.constFirst(), io);
    if (!tender)
        return InvalidInput;
    QString why;
    const bool workbook = target.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    const QByteArray bytes =
        workbook ? bidTemplateWorkbook(*tender, &why) : bidCsvTemplate(*tender);
    if (bytes.isEmpty() || !saveFileAtomically(target, bytes, &why)) {
        printProblems({error(target, why)}, io);
        return InvalidInput;
    }
    return Success;
}

} // namespace

int importBidsCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    parser.addPositionalArgument(QStringLiteral("CSV"), QString());
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("OUT"));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"), QString(),
                                         QStringLiteral("NAME"));
    const QCommandLineOption templateOption(QStringLiteral("template"), QString(),
                                            QStringLiteral("TEMPLATE"));
    parser.addOptions({outOption, sheetOption, templateOption});
    if (!parser.parse(QStringList{QStringLiteral("import-bids")} + args))
        return usageError(parser.errorText(), io);
    if (parser.isSet(templateOption))
        return writeTemplate(parser.positionalArguments(), parser.value(templateOption), io);
    if (parser.positionalArguments().size() != 2)
        return usageError(tulana::tr("import-bids takes a tender FILE and a CSV or XLSX file"), io);

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
    // A workbook by its name or, whatever its name, by the ZIP signature.
    const bool workbook = csvPath.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ||
                          csv->startsWith("PK\x03\x04");
    const QString name = QFileInfo(csvPath).fileName();
    const BidImport imported = workbook
                                   ? importBidsXlsx(*tender, *csv, name, parser.value(sheetOption))
                                   : importBidsCsv(*tender, *csv, name);
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
