// tulana-cli log and verify: the recorded process (docs/process.md) as an
// auditor reads it.
#include "Commands.h"

#include "Cli.h"
#include "process/LogChain.h"
#include "process/ProcessVerify.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tulana::cli {
namespace {

std::optional<QString> formatOption(const QCommandLineParser& parser, Io io)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        usageError(tulana::tr("--format is table or json, not \"%1\"").arg(format), io);
        return std::nullopt;
    }
    return format;
}

QJsonArray problemsJson(const Problems& problems)
{
    QJsonArray out;
    for (const Problem& p : problems)
        out.append(QJsonObject{{QStringLiteral("where"), p.where},
                               {QStringLiteral("message"), p.message}});
    return out;
}

QString shortHex(const QByteArray& bytes)
{
    return bytes.isEmpty() ? QStringLiteral("—")
                           : QString::fromLatin1(bytes.toHex().left(16)) + QStringLiteral("…");
}

} // namespace

int logCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    parser.addOption(
        {QStringLiteral("format"), QString(), QStringLiteral("F"), QStringLiteral("table")});
    if (!parser.parse(QStringList{QStringLiteral("log")} + args))
        return usageError(parser.errorText(), io);
    if (parser.positionalArguments().size() != 1)
        return usageError(tulana::tr("log takes one FILE"), io);
    const std::optional<QString> format = formatOption(parser, io);
    if (!format)
        return UsageError;
    const QString path = parser.positionalArguments().constFirst();
    const std::optional<Tender> tender = loadOrReport(path, io);
    if (!tender)
        return InvalidInput;
    const ProcessRecord& record = tender->process;
    if (*format == QLatin1String("json")) {
        QJsonArray entries;
        for (const ProcessRecord::Entry& e : record.log)
            entries.append(
                QJsonObject{{QStringLiteral("sequence"), e.sequence},
                            {QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("actor"), e.actor},
                            {QStringLiteral("kind"), e.kind},
                            {QStringLiteral("summary"), e.summary},
                            {QStringLiteral("reason"), e.reason},
                            {QStringLiteral("digest"), QString::fromLatin1(e.digest.toHex())}});
        QJsonObject out{{QStringLiteral("recorded"), record.isRecorded()},
                        {QStringLiteral("entries"), entries}};
        if (record.isRecorded())
            out.insert(QStringLiteral("checkpoint"), process::checkpointText(record.log));
        io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (!record.isRecorded()) {
        io.out << tulana::tr("%1 does not record its process: it has no log.").arg(path) << '\n';
        return Success;
    }
    io.out << tulana::tr("%1: %n entry(ies); checkpoint %2", nullptr, int(record.log.size()))
                  .arg(path, process::checkpointText(record.log))
           << '\n';
    for (const ProcessRecord::Entry& e : record.log) {
        io.out << QStringLiteral("%1  %2  %3  %4\n")
                      .arg(e.sequence, 3)
                      .arg(e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                           e.actor, e.summary);
        if (!e.reason.isEmpty())
            io.out << QStringLiteral("     ") << tulana::tr("reason: %1").arg(e.reason) << '\n';
        io.out << QStringLiteral("     ") << e.kind << QStringLiteral(", ")
               << tulana::tr("digest %1").arg(shortHex(e.digest)) << '\n';
    }
    return Success;
}

int verifyCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    parser.addOption({QStringLiteral("checkpoint"), QString(), QStringLiteral("SIZE:HASH")});
    parser.addOption(
        {QStringLiteral("format"), QString(), QStringLiteral("F"), QStringLiteral("table")});
    if (!parser.parse(QStringList{QStringLiteral("verify")} + args))
        return usageError(parser.errorText(), io);
    if (parser.positionalArguments().size() != 1)
        return usageError(tulana::tr("verify takes one FILE"), io);
    const std::optional<QString> format = formatOption(parser, io);
    if (!format)
        return UsageError;
    std::optional<process::Checkpoint> checkpoint;
    if (parser.isSet(QStringLiteral("checkpoint"))) {
        checkpoint = process::parseCheckpoint(parser.value(QStringLiteral("checkpoint")));
        if (!checkpoint)
            return usageError(tulana::tr("--checkpoint is the number of entries and the log's "
                                         "head as printed on the memo, e.g. 11:5f3a…(64 hex "
                                         "digits), not \"%1\"")
                                  .arg(parser.value(QStringLiteral("checkpoint"))),
                              io);
    }
    const QString path = parser.positionalArguments().constFirst();
    const std::optional<Tender> tender = loadOrReport(path, io);
    if (!tender)
        return InvalidInput;
    const ProcessRecord& record = tender->process;
    Problems problems;
    if (!record.isRecorded())
        problems << error(QStringLiteral("process"),
                          tulana::tr("the file does not record its process: there is no log to "
                                     "verify, and nothing shows when its figures were fixed"));
    else {
        problems = process::verifyProcess(*tender);
        if (checkpoint)
            problems += process::verifyCheckpoint(record, *checkpoint);
    }
    const bool intact = !hasErrors(problems);
    if (*format == QLatin1String("json")) {
        QJsonObject out{{QStringLiteral("intact"), intact},
                        {QStringLiteral("entries"), int(record.log.size())},
                        {QStringLiteral("problems"), problemsJson(problems)}};
        if (record.isRecorded())
            out.insert(QStringLiteral("checkpoint"), process::checkpointText(record.log));
        io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return intact ? Success : InvalidInput;
    }
    if (!intact) {
        // In words; the places in the file are in --format json.
        for (const Problem& p : problems)
            io.err << tulana::tr("%1: %2").arg(path, p.message) << '\n';
        return InvalidInput;
    }
    io.out << (checkpoint ? tulana::tr("%1: the recorded process is intact (%n entry(ies)) and "
                                       "extends the checkpoint %2",
                                       nullptr, int(record.log.size()))
                                .arg(path, parser.value(QStringLiteral("checkpoint")))
                          : tulana::tr("%1: the recorded process is intact (%n entry(ies)); "
                                       "checkpoint %2",
                                       nullptr, int(record.log.size()))
                                .arg(path, process::checkpointText(record.log)))
           << '\n';
    return Success;
}

} // namespace tulana::cli
