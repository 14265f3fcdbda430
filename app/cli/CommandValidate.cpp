#include "Commands.h"

#include "Cli.h"
#include "io/PlaceNames.h"
#include "io/TenderFile.h"
#include "validation/TenderValidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tulana::cli {
namespace {

QString severityName(const Problem& p)
{
    return p.isError() ? QStringLiteral("error") : QStringLiteral("warning");
}

// --format json: each problem with its JSON path (for a program) and the
// same place in words (for a person), whether or not the file loaded.
QJsonObject validationJson(const QString& path, const TenderLoad& load, const Problems& values)
{
    QJsonArray problems;
    const auto add = [&](const Problem& p, const QString& place) {
        problems.append(QJsonObject{{QStringLiteral("severity"), severityName(p)},
                                    {QStringLiteral("path"), p.where},
                                    {QStringLiteral("place"), place},
                                    {QStringLiteral("message"), p.message}});
    };
    for (Problem p : load.problems) {
        p.where = placeWithinFile(p.where, path);
        add(p, placeInFile(p.where));
    }
    for (const Problem& p : values)
        add(p, placeInWords(*load.tender, p.where));
    const bool valid = load.tender && !hasErrors(values);
    QJsonObject out{{QStringLiteral("file"), path},
                    {QStringLiteral("loaded"), bool(load.tender)},
                    {QStringLiteral("valid"), valid},
                    {QStringLiteral("problems"), problems}};
    if (load.tender)
        out.insert(QStringLiteral("bids"), qint64(load.tender->bids.size()));
    return out;
}

} // namespace

int validateCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(formatOption);
    if (!parser.parse(QStringList{QStringLiteral("validate")} + args))
        return usageError(parser.errorText(), io);
    if (parser.positionalArguments().size() != 1)
        return usageError(tulana::tr("validate takes one FILE"), io);
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(tulana::tr("--format is text or json, not \"%1\"").arg(format), io);

    const QString path = parser.positionalArguments().constFirst();
    if (format == QLatin1String("json")) {
        const TenderLoad load = loadTenderFile(path);
        const Problems values = load.tender ? checkTenderValues(*load.tender) : Problems();
        const QJsonObject out = validationJson(path, load, values);
        io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return out.value(QStringLiteral("valid")).toBool() ? Success : InvalidInput;
    }

    const std::optional<Tender> tender = loadOrReport(path, io);
    if (!tender)
        return InvalidInput;
    const Problems problems = checkTenderValues(*tender);
    printTenderProblems(*tender, path, problems, io);
    if (hasErrors(problems))
        return InvalidInput;
    io.out << tulana::tr("%1: valid (%n bid(s))", nullptr, int(tender->bids.size())).arg(path)
           << '\n';
    return Success;
}

} // namespace tulana::cli
