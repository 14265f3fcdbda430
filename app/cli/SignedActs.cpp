// What the commands that sign an act share (SignedActs.h).
#include "SignedActs.h"

#include "Cli.h"
#include "PassphraseInput.h"
#include "io/TenderFile.h"
#include "support/InputFile.h"

namespace tulana::cli {

std::optional<process::KeyFile> loadKey(const QString& path, Io io)
{
    QString why;
    const std::optional<QByteArray> bytes = readInputFile(path, kMaxSmallFileBytes, &why);
    if (!bytes) {
        printProblems({error(path, why)}, io);
        return std::nullopt;
    }
    Problems problems;
    std::optional<process::KeyFile> key = process::readKeyFile(*bytes, &problems);
    for (Problem& p : problems)
        p.where = path + (p.where.isEmpty() ? QString() : QStringLiteral(": ") + p.where);
    printProblems(problems, io);
    return key;
}

std::optional<Unlocked> unlockKey(const QString& path, const QString& passphraseFile, Io io)
{
    std::optional<process::KeyFile> key = loadKey(path, io);
    if (!key)
        return std::nullopt;
    QString why;
    const std::optional<QString> passphrase = readPassphrase(
        tulana::tr("Passphrase of %1's key: ").arg(key->actor), passphraseFile, &why);
    if (!passphrase) {
        printProblems({error(path, why)}, io);
        return std::nullopt;
    }
    std::optional<crypto::SecretBytes> secret = process::unlockKeyFile(*key, *passphrase);
    if (!secret) {
        printProblems({error(path, tulana::tr("the passphrase does not unlock this key"))}, io);
        return std::nullopt;
    }
    return Unlocked{std::move(*key), std::move(*secret)};
}

QDateTime actTime(const QCommandLineParser& parser)
{
    const QString t = parser.value(QStringLiteral("time"));
    return t.isEmpty() ? QDateTime::currentDateTimeUtc() : QDateTime::fromString(t, Qt::ISODate);
}

int finish(const Problems& problems, const Tender& tender, const QString& target,
           const QString& done, Io io)
{
    printTenderProblems(tender, target, problems, io);
    if (hasErrors(problems))
        return InvalidInput;
    QString message;
    if (!saveTenderFile(tender, target, &message)) {
        printProblems({error(target, message)}, io);
        return InvalidInput;
    }
    io.out << done << '\n';
    return Success;
}

} // namespace tulana::cli
