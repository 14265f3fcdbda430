#include "Commands.h"

#include "Cli.h"
#include "generate/TenderGenerator.h"
#include "io/TenderFile.h"

#include <QCommandLineParser>

namespace tulana::cli {
namespace {

// Reads a whole number option within [low, high]; reports a usage error otherwise.
bool readCount(const QCommandLineParser& parser, const QCommandLineOption& option, int low,
               int high, int* out, Io io)
{
    bool ok = false;
    const QString text = parser.value(option);
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < low || value > high) {
        usageError(tulana::tr("--%1 must be a whole number from %2 to %3, not \"%4\"")
                       .arg(option.names().constFirst())
                       .arg(low)
                       .arg(high)
                       .arg(text),
                   io);
        return false;
    }
    *out = int(value);
    return true;
}

} // namespace

int generateCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    const QCommandLineOption bids(QStringLiteral("bids"), QString(), QStringLiteral("N"),
                                  QStringLiteral("5"));
    const QCommandLineOption criteria(QStringLiteral("criteria"), QString(), QStringLiteral("C"),
                                      QStringLiteral("8"));
    const QCommandLineOption evaluators(QStringLiteral("evaluators"), QString(),
                                        QStringLiteral("E"), QStringLiteral("3"));
    const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("OUT"));
    parser.addOptions({bids, criteria, evaluators, seed, out});
    if (!parser.parse(QStringList{QStringLiteral("generate")} + args))
        return usageError(parser.errorText(), io);
    if (!parser.positionalArguments().isEmpty())
        return usageError(tulana::tr("generate takes no FILE: use --out"), io);

    GeneratorSpec spec;
    int seedValue = 1;
    if (!readCount(parser, bids, 1, 1'000'000, &spec.bids, io) ||
        !readCount(parser, criteria, 1, 500, &spec.criteria, io) ||
        !readCount(parser, evaluators, 1, 50, &spec.evaluators, io) ||
        !readCount(parser, seed, 0, 2'000'000'000, &seedValue, io))
        return UsageError;
    spec.seed = std::uint64_t(seedValue);

    const Tender tender = generateTender(spec);
    if (!parser.isSet(out)) {
        io.out << QString::fromUtf8(writeTender(tender));
        return Success;
    }
    QString message;
    if (!saveTenderFile(tender, parser.value(out), &message)) {
        printProblems({error(parser.value(out), message)}, io);
        return InvalidInput;
    }
    return Success;
}

} // namespace tulana::cli
