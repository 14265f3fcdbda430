#include "Commands.h"

#include "Cli.h"
#include "report/SensitivityReport.h"
#include "scoring/Evaluator.h"
#include "sensitivity/Sensitivity.h"

#include <QCommandLineParser>

namespace tulana::cli {
namespace {

// A whole number in [low, high] from an option, or an error in words.
std::optional<qlonglong> wholeNumber(const QString& text, qlonglong low, qlonglong high)
{
    bool ok = false;
    const qlonglong n = text.toLongLong(&ok);
    if (!ok || n < low || n > high)
        return std::nullopt;
    return n;
}

} // namespace

int sensitivityCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("F"),
                                    QStringLiteral("table"));
    const QCommandLineOption draws(QStringLiteral("draws"), QString(), QStringLiteral("N"),
                                   QStringLiteral("10000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption range(QStringLiteral("weight-range"), QString(), QStringLiteral("PCT"),
                                   QStringLiteral("10"));
    const QCommandLineOption marks(QStringLiteral("draw-marks"));
    const QCommandLineOption threads(QStringLiteral("threads"), QString(), QStringLiteral("T"),
                                     QStringLiteral("0"));
    parser.addOptions({format, draws, seed, range, marks, threads});
    if (!parser.parse(QStringList{QStringLiteral("sensitivity")} + args))
        return usageError(parser.errorText(), io);
    if (parser.positionalArguments().size() != 1)
        return usageError(tulana::tr("sensitivity takes one FILE"), io);
    const QString kind = parser.value(format);
    if (kind != QLatin1String("table") && kind != QLatin1String("json"))
        return usageError(tulana::tr("--format must be table or json, not \"%1\"").arg(kind), io);

    sensitivity::Options options;
    const std::optional<qlonglong> n = wholeNumber(parser.value(draws), 0, 100'000'000);
    if (!n)
        return usageError(
            tulana::tr("--draws must be a whole number from 0 to 100000000, not \"%1\"")
                .arg(parser.value(draws)),
            io);
    options.acceptability.draws = int(*n);
    options.simulate = *n > 0;
    bool seedOk = false;
    options.acceptability.seed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk)
        return usageError(tulana::tr("--seed must be a whole number of 0 or more, not \"%1\"")
                              .arg(parser.value(seed)),
                          io);
    bool rangeOk = false;
    const double pct = parser.value(range).toDouble(&rangeOk);
    if (!rangeOk || !(pct >= 0 && pct <= 100))
        return usageError(
            tulana::tr("--weight-range must be a percentage from 0 to 100, not \"%1\"")
                .arg(parser.value(range)),
            io);
    options.acceptability.weightRange = pct;
    options.acceptability.drawMarks = parser.isSet(marks);
    const std::optional<qlonglong> t = wholeNumber(parser.value(threads), 0, 256);
    if (!t)
        return usageError(tulana::tr("--threads must be a whole number from 0 to 256, not \"%1\"")
                              .arg(parser.value(threads)),
                          io);
    options.acceptability.threads = int(*t);

    const std::optional<Tender> tender =
        loadOrReport(parser.positionalArguments().constFirst(), io);
    if (!tender)
        return InvalidInput;
    const Evaluation evaluation = evaluate(*tender);
    const sensitivity::Report report = sensitivity::analyse(*tender, evaluation, options);
    if (kind == QLatin1String("json"))
        io.out << QString::fromUtf8(sensitivityAsJson(*tender, report));
    else
        io.out << sensitivityAsTable(*tender, report);
    return Success;
}

} // namespace tulana::cli
