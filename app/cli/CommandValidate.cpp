#include "Commands.h"

#include "Cli.h"
#include "io/TenderFile.h"
#include "validation/TenderValidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace tulana::cli {

int validateCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    if (!parser.parse(QStringList{QStringLiteral("validate")} + args))
        return usageError(parser.errorText(), io);
    if (parser.positionalArguments().size() != 1)
        return usageError(tulana::tr("validate takes one FILE"), io);

    const QString path = parser.positionalArguments().constFirst();
    const std::optional<Tender> tender = loadOrReport(path, io);
    if (!tender)
        return InvalidInput;
    Problems problems = checkTenderValues(*tender);
    for (Problem& p : problems)
        p.where = path + QStringLiteral(": ") + p.where;
    printProblems(problems, io);
    if (hasErrors(problems))
        return InvalidInput;
    io.out << tulana::tr("%1: valid (%n bid(s))", nullptr, int(tender->bids.size())).arg(path)
           << '\n';
    return Success;
}

} // namespace tulana::cli
