// tulana-cli sheet and moderate: a committee member's evaluator sheet,
// issued by the convenor, filled and signed by the member, received into
// the tender; and a mark moderated with the committee's reason
// (docs/committee.md).
#include "Commands.h"

#include "Cli.h"
#include "SignedActs.h"
#include "committee/EvaluatorSheet.h"
#include "committee/Moderation.h"
#include "committee/SheetReceipt.h"
#include "io/TenderFile.h"
#include "support/InputFile.h"
#include "support/SaveFile.h"

#include <QCommandLineParser>
#include <QDir>

namespace tulana::cli {
namespace {

std::optional<QByteArray> readSmall(const QString& path, Io io)
{
    QString why;
    std::optional<QByteArray> bytes = readInputFile(path, kMaxTenderFileBytes, &why);
    if (!bytes)
        printProblems({error(path, why)}, io);
    return bytes;
}

std::optional<committee::EvaluatorSheet> loadSheet(const QString& path, Io io)
{
    const std::optional<QByteArray> bytes = readSmall(path, io);
    if (!bytes)
        return std::nullopt;
    Problems problems;
    std::optional<committee::EvaluatorSheet> sheet = committee::readSheet(*bytes, &problems);
    for (Problem& p : problems)
        p.where = path + (p.where.isEmpty() ? QString() : QStringLiteral(": ") + p.where);
    printProblems(problems, io);
    return sheet;
}

bool write(const QString& path, const QByteArray& bytes, Io io)
{
    QString why;
    if (saveFileAtomically(path, bytes, &why))
        return true;
    printProblems({error(path, why)}, io);
    return false;
}

int issue(const QCommandLineParser& parser, const QString& path, Io io)
{
    const QString member = parser.value(QStringLiteral("member"));
    const QString out = parser.value(QStringLiteral("out"));
    if (member.isEmpty() || out.isEmpty() || !parser.isSet(QStringLiteral("key")))
        return usageError(tulana::tr("sheet issue takes FILE --member ID --out SHEET --key KEY"),
                          io);
    std::optional<Tender> tender = loadOrReport(path, io);
    if (!tender)
        return InvalidInput;
    Problems problems;
    const std::optional<committee::EvaluatorSheet> sheet =
        committee::issueSheet(*tender, member, &problems);
    if (!sheet) {
        printTenderProblems(*tender, path, problems, io);
        return InvalidInput;
    }
    std::optional<Unlocked> key = unlockKey(parser.value(QStringLiteral("key")),
                                            parser.value(QStringLiteral("passphrase-file")), io);
    if (!key)
        return InvalidInput;
    problems += committee::recordSheetIssued(*tender, *sheet, {key->file.actor, &key->secret},
                                             actTime(parser));
    if (hasErrors(problems)) {
        printTenderProblems(*tender, path, problems, io);
        return InvalidInput;
    }
    // The sheet first: a tender that logs a sheet no one has would be worse.
    if (!write(out, committee::sheetFileBytes(*sheet), io))
        return InvalidInput;
    return finish(problems, *tender, path,
                  tulana::tr("Issued %1's evaluator sheet (%2 bids, %3 criteria) to %4; logged "
                             "in %5.")
                      .arg(member)
                      .arg(sheet->bids.size())
                      .arg(sheet->criteria.size())
                      .arg(QDir::toNativeSeparators(out), QDir::toNativeSeparators(path)),
                  io);
}

int csv(const QCommandLineParser& parser, const QString& path, Io io)
{
    const std::optional<committee::EvaluatorSheet> sheet = loadSheet(path, io);
    if (!sheet)
        return InvalidInput;
    const QByteArray text = committee::sheetCsv(*sheet);
    if (!parser.isSet(QStringLiteral("out"))) {
        io.out << QString::fromUtf8(text);
        return io.out.status() == QTextStream::Ok ? Success : InvalidInput;
    }
    return write(parser.value(QStringLiteral("out")), text, io) ? Success : InvalidInput;
}

int sign(const QCommandLineParser& parser, const QString& path, Io io)
{
    if (!parser.isSet(QStringLiteral("key")))
        return usageError(tulana::tr("sheet sign takes SHEET --key KEY [--marks CSV]"), io);
    std::optional<committee::EvaluatorSheet> sheet = loadSheet(path, io);
    if (!sheet)
        return InvalidInput;
    if (parser.isSet(QStringLiteral("marks"))) {
        const QString csvPath = parser.value(QStringLiteral("marks"));
        const std::optional<QByteArray> bytes = readSmall(csvPath, io);
        if (!bytes)
            return InvalidInput;
        Problems problems = committee::fillSheetFromCsv(*sheet, *bytes);
        for (Problem& p : problems)
            p.where = csvPath;
        if (hasErrors(problems)) {
            printProblems(problems, io);
            return InvalidInput;
        }
    }
    Problems unfinished = committee::unfinishedSheet(*sheet);
    if (hasErrors(unfinished)) {
        for (Problem& p : unfinished)
            p.where = path;
        printProblems(unfinished, io);
        return InvalidInput;
    }
    std::optional<Unlocked> key = unlockKey(parser.value(QStringLiteral("key")),
                                            parser.value(QStringLiteral("passphrase-file")), io);
    if (!key)
        return InvalidInput;
    if (key->file.actor != sheet->member) {
        printProblems({error(path, tulana::tr("this sheet is %1's; the key given is %2's")
                                       .arg(sheet->member, key->file.actor))},
                      io);
        return InvalidInput;
    }
    Problems problems = committee::signSheet(*sheet, key->secret);
    if (hasErrors(problems)) {
        printProblems(problems, io);
        return InvalidInput;
    }
    const QString out =
        parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : path;
    if (!write(out, committee::sheetFileBytes(*sheet), io))
        return InvalidInput;
    io.out << tulana::tr("Signed %1's sheet: %2. Return it to the convenor.")
                  .arg(sheet->member, QDir::toNativeSeparators(out))
           << '\n';
    return Success;
}

int receive(const QCommandLineParser& parser, const QString& path, const QString& sheetPath, Io io)
{
    if (!parser.isSet(QStringLiteral("key")))
        return usageError(tulana::tr("sheet receive takes FILE SHEET --key KEY"), io);
    std::optional<Tender> tender = loadOrReport(path, io);
    if (!tender)
        return InvalidInput;
    const std::optional<QByteArray> bytes = readSmall(sheetPath, io);
    if (!bytes)
        return InvalidInput;
    std::optional<Unlocked> key = unlockKey(parser.value(QStringLiteral("key")),
                                            parser.value(QStringLiteral("passphrase-file")), io);
    if (!key)
        return InvalidInput;
    Problems problems =
        committee::receiveSheet(*tender, *bytes, {key->file.actor, &key->secret}, actTime(parser));
    for (Problem& p : problems)
        p.where = sheetPath;
    const QStringList awaiting = committee::membersAwaitingSheets(*tender);
    return finish(problems, *tender,
                  parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : path,
                  awaiting.isEmpty() ? tulana::tr("Received the sheet; every member's sheet is in.")
                                     : tulana::tr("Received the sheet; still awaited: %1.")
                                           .arg(awaiting.join(QStringLiteral(", "))),
                  io);
}

} // namespace

int sheetCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("STEP"), QString());
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    parser.addOptions({
        {QStringLiteral("member"), QString(), QStringLiteral("ID")},
        {QStringLiteral("out"), QString(), QStringLiteral("OUT")},
        {QStringLiteral("key"), QString(), QStringLiteral("KEY")},
        {QStringLiteral("passphrase-file"), QString(), QStringLiteral("FILE")},
        {QStringLiteral("marks"), QString(), QStringLiteral("CSV")},
        {QStringLiteral("time"), QString(), QStringLiteral("ISO")},
    });
    if (!parser.parse(QStringList{QStringLiteral("sheet")} + args))
        return usageError(parser.errorText(), io);
    if (parser.isSet(QStringLiteral("time")) && !actTime(parser).isValid())
        return usageError(tulana::tr("--time is a UTC time, YYYY-MM-DDThh:mm:ssZ"), io);
    const QStringList positional = parser.positionalArguments();
    const QString step = positional.value(0);
    if (step == QLatin1String("issue") && positional.size() == 2)
        return issue(parser, positional[1], io);
    if (step == QLatin1String("csv") && positional.size() == 2)
        return csv(parser, positional[1], io);
    if (step == QLatin1String("sign") && positional.size() == 2)
        return sign(parser, positional[1], io);
    if (step == QLatin1String("receive") && positional.size() == 3)
        return receive(parser, positional[1], positional[2], io);
    return usageError(tulana::tr("sheet takes issue FILE, csv SHEET, sign SHEET or receive FILE "
                                 "SHEET (tulana-cli sheet --help)"),
                      io);
}

int moderateCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    parser.addOptions({
        {QStringLiteral("bid"), QString(), QStringLiteral("ID")},
        {QStringLiteral("criterion"), QString(), QStringLiteral("ID")},
        {QStringLiteral("member"), QString(), QStringLiteral("ID")},
        {QStringLiteral("marks"), QString(), QStringLiteral("N")},
        {QStringLiteral("reason"), QString(), QStringLiteral("TEXT")},
        {QStringLiteral("key"), QString(), QStringLiteral("KEY")},
        {QStringLiteral("passphrase-file"), QString(), QStringLiteral("FILE")},
        {QStringLiteral("out"), QString(), QStringLiteral("OUT")},
        {QStringLiteral("time"), QString(), QStringLiteral("ISO")},
    });
    if (!parser.parse(QStringList{QStringLiteral("moderate")} + args))
        return usageError(parser.errorText(), io);
    bool numeric = false;
    const double marks = parser.value(QStringLiteral("marks")).toDouble(&numeric);
    if (parser.positionalArguments().size() != 1 || !numeric ||
        !parser.isSet(QStringLiteral("bid")) || !parser.isSet(QStringLiteral("criterion")) ||
        !parser.isSet(QStringLiteral("member")))
        return usageError(tulana::tr("moderate takes FILE --bid ID --criterion ID --member ID "
                                     "--marks N --reason TEXT [--key KEY]"),
                          io);
    if (parser.isSet(QStringLiteral("time")) && !actTime(parser).isValid())
        return usageError(tulana::tr("--time is a UTC time, YYYY-MM-DDThh:mm:ssZ"), io);
    const QString path = parser.positionalArguments().front();
    std::optional<Tender> tender = loadOrReport(path, io);
    if (!tender)
        return InvalidInput;
    std::optional<Unlocked> key;
    if (parser.isSet(QStringLiteral("key"))) {
        key = unlockKey(parser.value(QStringLiteral("key")),
                        parser.value(QStringLiteral("passphrase-file")), io);
        if (!key)
            return InvalidInput;
    }
    const process::Actor actor{key ? key->file.actor : QString(), key ? &key->secret : nullptr};
    const Problems problems = committee::moderateMark(
        *tender, parser.value(QStringLiteral("bid")), parser.value(QStringLiteral("criterion")),
        parser.value(QStringLiteral("member")), marks, parser.value(QStringLiteral("reason")),
        key ? &actor : nullptr, actTime(parser));
    return finish(problems, *tender,
                  parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : path,
                  tulana::tr("Moderated the mark; the original is kept beside it."), io);
}

} // namespace tulana::cli
