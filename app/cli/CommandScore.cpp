#include "Commands.h"

#include "Cli.h"
#include "eligibility/EligibilityCheck.h"
#include "report/EvaluationReport.h"
#include "scoring/Evaluator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace tulana::cli {

int scoreCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("F"),
                                    QStringLiteral("table"));
    parser.addOption(format);
    // Asking for a preference for micro and small enterprises or start-ups is
    // answered with the tender's rule, not applied (docs/scoring.md, "Eligibility").
    const QCommandLineOption preference(QStringLiteral("mse-preference"));
    parser.addOption(preference);
    if (!parser.parse(QStringList{QStringLiteral("score")} + args))
        return usageError(parser.errorText(), io);
    if (parser.positionalArguments().size() != 1)
        return usageError(tulana::tr("score takes one FILE"), io);
    const QString kind = parser.value(format);
    if (kind != QLatin1String("table") && kind != QLatin1String("json") &&
        kind != QLatin1String("csv"))
        return usageError(tulana::tr("--format must be table, json or csv, not \"%1\"").arg(kind),
                          io);

    const QString path = parser.positionalArguments().constFirst();
    const std::optional<Tender> tender = loadOrReport(path, io);
    if (!tender)
        return InvalidInput;
    if (parser.isSet(preference)) {
        io.err << "tulana-cli: "
               << tulana::tr("no preference for micro and small enterprises or start-ups is "
                             "applied, and nothing was scored: %1")
                      .arg(eligibility::preferenceStatement(*tender))
               << '\n';
        return InvalidInput;
    }
    const Evaluation evaluation = evaluate(*tender);
    if (kind == QLatin1String("json")) {
        // Streamed: the report of a large tender runs to a hundred megabytes.
        // A piece that could not be written ends it; run() says why.
        if (!writeEvaluationJson(*tender, evaluation,
                                 [io](std::string_view piece) { return writeOutput(io, piece); }))
            return InvalidInput;
    } else if (kind == QLatin1String("csv"))
        io.out << QString::fromUtf8(evaluationAsCsv(*tender, evaluation));
    else
        io.out << evaluationAsTable(*tender, evaluation);

    // A scoring that could not be completed is invalid input: say where.
    if (hasErrors(evaluation.problems)) {
        printTenderProblems(*tender, path, evaluation.problems, io);
        return InvalidInput;
    }
    return Success;
}

} // namespace tulana::cli
