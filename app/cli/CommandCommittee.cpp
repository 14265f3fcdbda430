#include "Commands.h"

#include "Cli.h"
#include "committee/Disagreement.h"
#include "report/CommitteeWords.h"
#include "scoring/Evaluator.h"

#include <QCommandLineParser>

namespace tulana::cli {

// `committee FILE`: how far the members disagree, whether any one of them
// decides the award, and whether moderation changed the winner
// (docs/committee-statistics.md).
int committeeCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("F"),
                                    QStringLiteral("table"));
    parser.addOption(format);
    if (!parser.parse(QStringList{QStringLiteral("committee")} + args))
        return usageError(parser.errorText(), io);
    if (parser.positionalArguments().size() != 1)
        return usageError(tulana::tr("committee takes one FILE"), io);
    const QString kind = parser.value(format);
    if (kind != QLatin1String("table") && kind != QLatin1String("json"))
        return usageError(tulana::tr("--format must be table or json, not \"%1\"").arg(kind), io);

    const std::optional<Tender> tender =
        loadOrReport(parser.positionalArguments().constFirst(), io);
    if (!tender)
        return InvalidInput;
    const committee::CommitteeAnalysis analysis =
        committee::analyseCommittee(*tender, evaluate(*tender));
    // Both written as they are made: a large tender's run to 140 MB of JSON.
    // A piece that could not be written ends the JSON; run() says why.
    if (kind == QLatin1String("json")) {
        if (!writeCommitteeJson(*tender, analysis,
                                [io](std::string_view piece) { return writeOutput(io, piece); }))
            return InvalidInput;
    } else
        writeCommitteeTable(io.out, *tender, analysis);
    return Success;
}

} // namespace tulana::cli
