#include "Commands.h"

#include "Cli.h"
#include "io/TenderFile.h"
#include "ocds/OcdsImport.h"
#include "support/InputFile.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace tulana::cli {

int importOcdsCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("RELEASE"), QString());
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("OUT"));
    parser.addOption(out);
    if (!parser.parse(QStringList{QStringLiteral("import-ocds")} + args))
        return usageError(parser.errorText(), io);
    if (parser.positionalArguments().size() != 1)
        return usageError(tulana::tr("import-ocds takes one RELEASE file"), io);
    const QString target = parser.value(out);
    if (target.isEmpty())
        return usageError(tulana::tr("import-ocds needs --out FILE.tulana"), io);
    // A new tender: never written over a file that is already there.
    if (QFileInfo::exists(target)) {
        printProblems({error(target, tulana::tr("the file already exists; give a new name"))}, io);
        return InvalidInput;
    }
    const QString path = parser.positionalArguments().constFirst();
    QString why;
    const std::optional<QByteArray> bytes = readInputFile(path, kMaxTenderFileBytes, &why);
    if (!bytes) {
        printProblems({error(path, why)}, io);
        return InvalidInput;
    }
    const OcdsImport imported = importOcds(*bytes, QFileInfo(path).fileName());
    if (!imported.tender) {
        printProblems(imported.problems, io);
        return InvalidInput;
    }
    if (!saveTenderFile(*imported.tender, target, &why)) {
        printProblems({error(target, why)}, io);
        return InvalidInput;
    }
    io.out << tulana::tr("Started %1 from %2 with %n bid(s).", nullptr,
                         int(imported.tender->bids.size()))
                  .arg(target, path)
           << '\n';
    if (!imported.notMapped.isEmpty()) {
        io.out << tulana::tr("To complete, as the release does not say:") << '\n';
        for (const QString& what : imported.notMapped)
            io.out << "  - " << what << '\n';
    }
    return Success;
}

} // namespace tulana::cli
