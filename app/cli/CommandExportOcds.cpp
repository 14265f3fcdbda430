#include "Commands.h"

#include "Cli.h"
#include "ocds/OcdsRelease.h"
#include "scoring/Evaluator.h"
#include "support/SaveFile.h"

#include <QCommandLineParser>

namespace tulana::cli {

int exportOcdsCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("OUT"));
    const QCommandLineOption prefix(QStringLiteral("ocid-prefix"), QString(),
                                    QStringLiteral("PREFIX"), QString::fromLatin1(kOcdsTestPrefix));
    const QCommandLineOption date(QStringLiteral("date"), QString(), QStringLiteral("DATE"));
    parser.addOptions({out, prefix, date});
    if (!parser.parse(QStringList{QStringLiteral("export-ocds")} + args))
        return usageError(parser.errorText(), io);
    if (parser.positionalArguments().size() != 1)
        return usageError(tulana::tr("export-ocds takes one FILE"), io);
    if (!isOcidPrefix(parser.value(prefix)))
        return usageError(tulana::tr("--ocid-prefix must be \"ocds-\" and six lowercase letters "
                                     "or digits, like %1, not \"%2\"")
                              .arg(QString::fromLatin1(kOcdsTestPrefix), parser.value(prefix)),
                          io);
    OcdsOptions options;
    options.ocidPrefix = parser.value(prefix);
    options.published = QDateTime::currentDateTimeUtc();
    if (parser.isSet(date)) {
        const QDate day = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!day.isValid())
            return usageError(tulana::tr("--date must be a date as YYYY-MM-DD, not \"%1\"")
                                  .arg(parser.value(date)),
                              io);
        options.published = day.startOfDay(Qt::UTC);
    }

    const std::optional<Tender> tender =
        loadOrReport(parser.positionalArguments().constFirst(), io);
    if (!tender)
        return InvalidInput;
    const QByteArray package = ocdsReleasePackage(*tender, evaluate(*tender), options);
    if (!parser.isSet(out)) {
        writeOutput(io, std::string_view(package.constData(), std::size_t(package.size())));
        return Success;
    }
    QString error;
    if (!saveFileAtomically(parser.value(out), package, &error)) {
        io.err << "tulana-cli: " << error << '\n';
        return InvalidInput;
    }
    return Success;
}

} // namespace tulana::cli
