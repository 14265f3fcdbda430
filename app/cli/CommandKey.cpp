// tulana-cli key new, and seal: a committee member's key file, and a
// bidder's sealed financial proposal (docs/process.md).
#include "Commands.h"

#include "Cli.h"
#include "PassphraseInput.h"
#include "process/Envelopes.h"
#include "process/KeyFile.h"
#include "support/InputFile.h"
#include "support/SaveFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace tulana::cli {
namespace {

QByteArray readFile(const QString& path, Io io, bool* ok)
{
    QString why;
    const std::optional<QByteArray> bytes = readInputFile(path, kMaxSmallFileBytes, &why);
    *ok = bytes.has_value();
    if (!*ok)
        printProblems({error(path, why)}, io);
    return bytes.value_or(QByteArray());
}

// Where key files go unless told: process::keysFolder().
QString defaultKeyPath(const process::KeyFile& key)
{
    QDir().mkpath(process::keysFolder());
    return process::keysFolder() + u'/' + process::keyFileName(key);
}

} // namespace

int keyCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("new"), QString());
    const QCommandLineOption actor(QStringLiteral("actor"), QString(), QStringLiteral("ID"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption passphraseFile(QStringLiteral("passphrase-file"), QString(),
                                            QStringLiteral("FILE"));
    // For samples and tests only: the least Argon2id cost libsodium allows.
    const QCommandLineOption testCost(QStringLiteral("test-cost"));
    parser.addOptions({actor, name, out, passphraseFile, testCost});
    if (!parser.parse(QStringList{QStringLiteral("key")} + args))
        return usageError(parser.errorText(), io);
    if (parser.positionalArguments() != QStringList{QStringLiteral("new")} || !parser.isSet(actor))
        return usageError(tulana::tr("key new takes --actor ID (an evaluator id, or officer)"), io);
    QString why;
    const std::optional<QString> passphrase = readPassphrase(
        tulana::tr("Passphrase for the new key: "), parser.value(passphraseFile), &why);
    if (!passphrase)
        return usageError(why, io);
    if (passphrase->size() < 8)
        return usageError(tulana::tr("the passphrase must have at least 8 characters"), io);
    const process::KeyFile key =
        process::newKeyFile(parser.value(actor), parser.value(name), *passphrase,
                            parser.isSet(testCost) ? crypto::testCost() : crypto::memberKeyCost());
    const QString path = parser.isSet(out) ? parser.value(out) : defaultKeyPath(key);
    if (!saveFileAtomically(path, process::keyFileJson(key), &why)) {
        printProblems({error(path, why)}, io);
        return InvalidInput;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    io.out << tulana::tr("Wrote the key of %1 to %2 (public key %3…); its secret half is locked "
                         "under the passphrase.")
                  .arg(key.actor, QDir::toNativeSeparators(path),
                       QString::fromLatin1(key.publicKey.toHex().left(16)))
           << '\n';
    return Success;
}

int sealCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROPOSAL"), QString());
    const QCommandLineOption tenderKey(QStringLiteral("tender-key"), QString(),
                                       QStringLiteral("KEY"));
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("ENVELOPE"));
    parser.addOptions({tenderKey, out});
    if (!parser.parse(QStringList{QStringLiteral("seal")} + args))
        return usageError(parser.errorText(), io);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(tenderKey) || !parser.isSet(out))
        return usageError(tulana::tr("seal takes a PROPOSAL file, --tender-key KEY and --out "
                                     "ENVELOPE"),
                          io);
    bool ok = false;
    const QByteArray keyText = readFile(parser.value(tenderKey), io, &ok);
    if (!ok)
        return InvalidInput;
    const QByteArray key = QByteArray::fromBase64(QJsonDocument::fromJson(keyText)
                                                      .object()
                                                      .value(QStringLiteral("key"))
                                                      .toString()
                                                      .toLatin1());
    if (key.size() != 32) {
        printProblems({error(parser.value(tenderKey),
                             tulana::tr("is not a tender's envelope key (tulana-cli process "
                                        "envelope-key writes one)"))},
                      io);
        return InvalidInput;
    }
    const QString proposalPath = parser.positionalArguments().constFirst();
    const QByteArray proposalText = readFile(proposalPath, io, &ok);
    if (!ok)
        return InvalidInput;
    Problems problems;
    const std::optional<FinancialProposal> proposal = readProposal(proposalText, &problems);
    for (Problem& p : problems)
        p.where = proposalPath + (p.where.isEmpty() ? QString() : QStringLiteral(": ") + p.where);
    printProblems(problems, io);
    if (!proposal)
        return InvalidInput;
    QString why;
    if (!saveFileAtomically(
            parser.value(out),
            envelopeFileJson({proposal->bid, process::sealProposal(key, *proposal)}), &why)) {
        printProblems({error(parser.value(out), why)}, io);
        return InvalidInput;
    }
    io.out << tulana::tr("Sealed the financial proposal of %1 into %2: only the committee, "
                         "together, can open it.")
                  .arg(proposal->bid, parser.value(out))
           << '\n';
    return Success;
}

} // namespace tulana::cli
