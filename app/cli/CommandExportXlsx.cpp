#include "Commands.h"

#include "Cli.h"
#include "scoring/Evaluator.h"
#include "spreadsheet/EvaluationWorkbook.h"
#include "support/SaveFile.h"

#include <QCommandLineParser>

namespace tulana::cli {

int exportXlsxCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("OUT"));
    parser.addOption(out);
    if (!parser.parse(QStringList{QStringLiteral("export-xlsx")} + args))
        return usageError(parser.errorText(), io);
    if (parser.positionalArguments().size() != 1)
        return usageError(tulana::tr("export-xlsx takes one FILE"), io);
    const QString target = parser.value(out);
    if (target.isEmpty())
        return usageError(tulana::tr("export-xlsx needs --out OUT.xlsx"), io);
    if (!target.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return usageError(tulana::tr("the workbook's name must end in .xlsx: \"%1\"").arg(target),
                          io);

    const std::optional<Tender> tender =
        loadOrReport(parser.positionalArguments().constFirst(), io);
    if (!tender)
        return InvalidInput;
    QString error;
    const QByteArray workbook = evaluationWorkbook(*tender, evaluate(*tender), &error);
    if (workbook.isEmpty() || !saveFileAtomically(target, workbook, &error)) {
        io.err << "tulana-cli: " << error << '\n';
        return InvalidInput;
    }
    return Success;
}

} // namespace tulana::cli
