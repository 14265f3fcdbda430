// tulana-cli process: each act of a recorded evaluation, for scripted use
// (docs/process.md). Every act is signed with the actor's key file,
// unlocked by its passphrase; the tender is saved only when the act is done.
#include "Commands.h"

#include "Cli.h"
#include "PassphraseInput.h"
#include "SignedActs.h"
#include "io/TenderFile.h"
#include "memo/Fingerprint.h"
#include "process/Envelopes.h"
#include "process/KeyFile.h"
#include "process/ProcessState.h"
#include "process/Recording.h"
#include "support/InputFile.h"
#include "support/SaveFile.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace tulana::cli {

int processCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACT"), QString());
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    const QCommandLineOption key(QStringLiteral("key"), QString(), QStringLiteral("KEY"));
    const QCommandLineOption passphrase(QStringLiteral("passphrase-file"), QString(),
                                        QStringLiteral("FILE"));
    const QCommandLineOption member(QStringLiteral("member"), QString(), QStringLiteral("KEY"));
    const QCommandLineOption threshold(QStringLiteral("threshold"), QString(), QStringLiteral("K"));
    const QCommandLineOption bid(QStringLiteral("bid"), QString(), QStringLiteral("ID"));
    const QCommandLineOption envelope(QStringLiteral("envelope"), QString(),
                                      QStringLiteral("ENVELOPE"));
    const QCommandLineOption reason(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("OUT"));
    const QCommandLineOption time(QStringLiteral("time"), QString(), QStringLiteral("ISO"));
    parser.addOptions({key, passphrase, member, threshold, bid, envelope, reason, out, time});
    if (!parser.parse(QStringList{QStringLiteral("process")} + args))
        return usageError(parser.errorText(), io);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(tulana::tr("process takes an act and a tender FILE (tulana-cli process "
                                     "--help)"),
                          io);
    const QString act = positional.at(0);
    const QString path = positional.at(1);
    const QString target = parser.isSet(out) ? parser.value(out) : path;
    if (parser.isSet(time) && !actTime(parser).isValid())
        return usageError(tulana::tr("--time is a UTC time, YYYY-MM-DDThh:mm:ssZ"), io);
    std::optional<Tender> tender = loadOrReport(path, io);
    if (!tender)
        return InvalidInput;

    if (act == QLatin1String("envelope-key")) {
        if (tender->process.envelopeKey.isEmpty()) {
            printProblems({error(path, tulana::tr("the rules are not announced yet: there is no "
                                                  "envelope key"))},
                          io);
            return InvalidInput;
        }
        const QJsonObject keyFile{
            {QStringLiteral("format"), QStringLiteral("tulana-envelope-key")},
            {QStringLiteral("tender"), tender->reference},
            {QStringLiteral("key"), QString::fromLatin1(tender->process.envelopeKey.toBase64())}};
        const QByteArray text = QJsonDocument(keyFile).toJson();
        if (!parser.isSet(out)) {
            io.out << text;
            return Success;
        }
        QString why;
        if (!saveFileAtomically(parser.value(out), text, &why)) {
            printProblems({error(parser.value(out), why)}, io);
            return InvalidInput;
        }
        io.out << tulana::tr("Wrote the envelope key of %1 to %2: bidders seal their financial "
                             "proposals with it.")
                      .arg(tender->reference, parser.value(out))
               << '\n';
        return Success;
    }

    if (act == QLatin1String("open")) {
        const QStringList keys = parser.values(key);
        const QStringList passphrases = parser.values(passphrase);
        if (keys.isEmpty() || (!passphrases.isEmpty() && passphrases.size() != keys.size()))
            return usageError(tulana::tr("process open takes each present member's --key, each "
                                         "with its --passphrase-file (or typed)"),
                              io);
        std::vector<Unlocked> unlocked;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            std::optional<Unlocked> u =
                unlockKey(keys.at(i), passphrases.isEmpty() ? QString() : passphrases.at(i), io);
            if (!u)
                return InvalidInput;
            unlocked.push_back(std::move(*u));
        }
        std::vector<process::MemberAtOpening> members;
        for (const Unlocked& u : unlocked)
            members.push_back({u.file.actor, &u.secret});
        const Problems problems = process::openEnvelopes(*tender, members, actTime(parser));
        return finish(problems, *tender, target,
                      problems.isEmpty() ? tender->process.log.back().summary : QString(), io);
    }

    if (!parser.isSet(key))
        return usageError(tulana::tr("process %1 takes the acting person's --key").arg(act), io);
    std::optional<Unlocked> actor = unlockKey(parser.value(key), parser.value(passphrase), io);
    if (!actor)
        return InvalidInput;
    const process::Actor by{actor->file.actor, &actor->secret};

    if (act == QLatin1String("announce")) {
        std::vector<ProcessRecord::Signer> signers{{actor->file.actor, actor->file.publicKey}};
        for (const QString& m : parser.values(member)) {
            const std::optional<process::KeyFile> k = loadKey(m, io);
            if (!k)
                return InvalidInput;
            signers.push_back({k->actor, k->publicKey});
        }
        // Unless announced otherwise, a majority of the members.
        bool ok = true;
        const int k = parser.isSet(threshold) ? parser.value(threshold).toInt(&ok)
                                              : process::defaultThreshold(int(signers.size()) - 1);
        if (!ok)
            return usageError(tulana::tr("--threshold is a number: the members needed to open "
                                         "the envelopes"),
                              io);
        const Problems problems = process::announceRules(*tender, signers, k, by, actTime(parser));
        return finish(problems, *tender, target,
                      tulana::tr("Announced the rules of %1: %2")
                          .arg(tender->reference, tender->process.log.empty()
                                                      ? QString()
                                                      : tender->process.log.back().summary),
                      io);
    }

    if (act == QLatin1String("receive")) {
        if (!parser.isSet(bid) || !parser.isSet(envelope))
            return usageError(tulana::tr("process receive takes --bid ID and --envelope "
                                         "ENVELOPE (a file tulana-cli seal wrote)"),
                              io);
        QString why;
        const std::optional<QByteArray> bytes =
            readInputFile(parser.value(envelope), kMaxSmallFileBytes, &why);
        if (!bytes) {
            printProblems({error(parser.value(envelope), why)}, io);
            return InvalidInput;
        }
        const std::optional<EnvelopeFile> received = readEnvelopeFile(*bytes);
        if (!received) {
            printProblems(
                {error(parser.value(envelope), tulana::tr("is not a sealed financial envelope"))},
                io);
            return InvalidInput;
        }
        if (!received->bid.isEmpty() && received->bid != parser.value(bid)) {
            printProblems(
                {error(parser.value(envelope), tulana::tr("is the envelope of %1, not of %2")
                                                   .arg(received->bid, parser.value(bid)))},
                io);
            return InvalidInput;
        }
        const Problems problems = process::receiveEnvelope(*tender, parser.value(bid),
                                                           received->sealed, by, actTime(parser));
        return finish(
            problems, *tender, target,
            tulana::tr("Received the envelope of %1 (receipt %2…).")
                .arg(parser.value(bid),
                     QString::fromLatin1(tender->process.log.back().digest.toHex().left(16))),
            io);
    }

    if (act == QLatin1String("memo-issued")) {
        // The fingerprint the memo of the tender as it stands prints.
        const QByteArray fingerprint =
            QByteArray::fromHex(evaluationFingerprint(*tender).toLatin1());
        const Problems problems =
            process::recordMemoIssued(*tender, fingerprint, by, actTime(parser));
        return finish(problems, *tender, target,
                      problems.isEmpty() ? tender->process.log.back().summary : QString(), io);
    }

    const std::optional<process::Act> recorded = process::actFromKey(act);
    if (!recorded || *recorded == process::Act::RulesAnnounced ||
        *recorded == process::Act::EnvelopeReceived || *recorded == process::Act::FinancialOpened ||
        *recorded == process::Act::MemoIssued)
        return usageError(tulana::tr("unknown act \"%1\" (tulana-cli process --help)").arg(act),
                          io);
    const QString summary = process::actName(*recorded);
    const Problems problems =
        process::recordAct(*tender, *recorded, summary, parser.value(reason), by, actTime(parser));
    return finish(problems, *tender, target,
                  tulana::tr("%1: %2, by %3.").arg(tender->reference, summary, by.id), io);
}

} // namespace tulana::cli
