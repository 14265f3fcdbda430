#include "Commands.h"

#include "Cli.h"
#include "i18n/Translate.h"
#include "io/TenderFile.h"
#include "openness/OpennessAssessment.h"
#include "openness/RecordImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace tulana::cli {
namespace {

// `openness RECORD --into FILE --bid ID [--claim C] [--out OUT]`: the record
// becomes the bid's openness record and the tender is saved. The file is
// replaced only once the new tender is complete and reads back (SaveFile).
int importIntoTender(const openness::OpennessRecord& imported, const QCommandLineParser& parser,
                     const QCommandLineOption& into, const QCommandLineOption& bidOption,
                     const QCommandLineOption& claimOption, const QCommandLineOption& outOption,
                     Io io)
{
    const QString path = parser.value(into);
    const QString bidId = parser.value(bidOption);
    openness::OpennessRecord record = imported;
    if (parser.isSet(claimOption) &&
        !openness::opennessClaimFromKey(parser.value(claimOption), &record.claim))
        return usageError(tulana::tr("--claim must be open-source, open or not-stated, not \"%1\"")
                              .arg(parser.value(claimOption)),
                          io);
    std::optional<Tender> tender = loadOrReport(path, io);
    if (!tender) {
        io.err << tulana::tr("Nothing was imported and %1 was not changed.").arg(path) << '\n';
        return InvalidInput;
    }
    const int bidAt = bidIndex(*tender, bidId);
    if (bidAt < 0) {
        QStringList ids;
        for (const Bid& b : tender->bids)
            ids << b.id;
        printProblems({error(path, tulana::tr("no bid has the id \"%1\" (the bids are: %2)")
                                       .arg(bidId, ids.join(QStringLiteral(", "))))},
                      io);
        io.err << tulana::tr("Nothing was imported and %1 was not changed.").arg(path) << '\n';
        return InvalidInput;
    }
    Bid* const bid = &tender->bids[std::size_t(bidAt)];
    const bool replaced = bid->openness.has_value();
    // What the bid calls its system is the bid's word, not the record's:
    // --claim, else what was recorded for the bid, else its nature's.
    if (!parser.isSet(claimOption))
        record.claim = claimOfBid(*bid);
    bid->openness = std::move(record);

    // What is written must read back: a file Tulana cannot open again is
    // never put in place of one it can.
    const QByteArray bytes = writeTender(*tender);
    const TenderLoad check = readTender(bytes);
    if (!check.tender) {
        printProblems(check.problems, io);
        io.err << tulana::tr("Nothing was imported and %1 was not changed.").arg(path) << '\n';
        return InvalidInput;
    }
    const QString target = parser.isSet(outOption) ? parser.value(outOption) : path;
    QString message;
    if (!saveTenderFile(*tender, target, &message)) {
        printProblems({error(target, message)}, io);
        return InvalidInput;
    }
    io.out << (replaced ? tulana::tr("Replaced the openness record of bid %1 in %2.")
                        : tulana::tr("Recorded the openness of bid %1 in %2."))
                  .arg(bidId, target)
           << '\n';
    return Success;
}

} // namespace

int opennessCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("RECORD"), QString());
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("F"),
                                    QStringLiteral("table"));
    const QCommandLineOption into(QStringLiteral("into"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption bid(QStringLiteral("bid"), QString(), QStringLiteral("ID"));
    const QCommandLineOption claim(QStringLiteral("claim"), QString(), QStringLiteral("C"));
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("OUT"));
    parser.addOptions({format, into, bid, claim, out});
    if (!parser.parse(QStringList{QStringLiteral("openness")} + args))
        return usageError(parser.errorText(), io);
    if (parser.positionalArguments().size() != 1)
        return usageError(tulana::tr("openness takes one RECORD file"), io);
    const QString kind = parser.value(format);
    if (kind != QLatin1String("table") && kind != QLatin1String("json"))
        return usageError(tulana::tr("--format must be table or json, not \"%1\"").arg(kind), io);
    if (parser.isSet(into) != parser.isSet(bid))
        return usageError(tulana::tr("--into FILE and --bid ID go together"), io);
    if (!parser.isSet(into) && (parser.isSet(claim) || parser.isSet(out)))
        return usageError(tulana::tr("--claim and --out need --into FILE and --bid ID"), io);

    const QString path = parser.positionalArguments().constFirst();
    const openness::RecordImport import = openness::importOpennessFile(path);
    // Problems carry their own place ("record.yml:12:5"), warnings included.
    printProblems(import.problems, io);
    if (!import.record) {
        if (parser.isSet(into))
            io.err << tulana::tr("Nothing was imported and %1 was not changed.")
                          .arg(parser.value(into))
                   << '\n';
        return InvalidInput;
    }
    if (parser.isSet(into))
        return importIntoTender(*import.record, parser, into, bid, claim, out, io);
    const openness::OpennessAssessment assessment = openness::assessOpenness(*import.record);
    if (kind == QLatin1String("json"))
        io.out << QString::fromUtf8(openness::assessmentAsJson(assessment));
    else
        io.out << openness::assessmentAsText(assessment);
    return Success;
}

} // namespace tulana::cli
