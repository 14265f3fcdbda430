// tulana-cli registry: the registry of AI procurements (docs/registry.md).
#include "Commands.h"

#include "Cli.h"
#include "PassphraseInput.h"
#include "RegistryKeychain.h"
#include "i18n/Language.h"
#include "io/PlaceNames.h"
#include "registry/RegistryExport.h"
#include "registry/RegistryJson.h"
#include "registry/RegistryStore.h"
#include "scoring/Evaluator.h"
#include "support/SaveFile.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <memory>

namespace tulana::cli {
namespace {

using namespace tulana::registry;

struct Options
{
    QCommandLineOption db{QStringLiteral("db"), QString(), QStringLiteral("DB")};
    QCommandLineOption entity{QStringLiteral("entity"), QString(), QStringLiteral("E")};
    QCommandLineOption year{QStringLiteral("year"), QString(), QStringLiteral("Y")};
    QCommandLineOption nature{QStringLiteral("nature"), QString(), QStringLiteral("N")};
    QCommandLineOption departure{QStringLiteral("departure"), QString(), QStringLiteral("D")};
    QCommandLineOption mofClass{QStringLiteral("mof-class"), QString(), QStringLiteral("C")};
    QCommandLineOption status{QStringLiteral("status"), QString(), QStringLiteral("S")};
    QCommandLineOption search{QStringLiteral("search"), QString(), QStringLiteral("TEXT")};
    QCommandLineOption format{QStringLiteral("format"), QString(), QStringLiteral("F")};
    QCommandLineOption set{QStringLiteral("set"), QString(), QStringLiteral("S")};
    QCommandLineOption date{QStringLiteral("date"), QString(), QStringLiteral("DATE")};
    QCommandLineOption language{QStringLiteral("language"), QString(), QStringLiteral("L")};
    QCommandLineOption out{QStringLiteral("out"), QString(), QStringLiteral("OUT")};
    QCommandLineOption contact{QStringLiteral("contact"), QString(), QStringLiteral("TEXT")};
    QCommandLineOption publishScores{QStringLiteral("publish-scores")};
    QCommandLineOption forget{QStringLiteral("forget")};
    QCommandLineOption passwordFile{QStringLiteral("passphrase-file"), QString(),
                                    QStringLiteral("FILE")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({db, entity, year, nature, departure, mofClass, status, search, format,
                           set, date, language, out, contact, publishScores, forget, passwordFile});
    }
};

std::optional<QDate> isoDate(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return std::nullopt;
    return date;
}

QString statusKeys()
{
    return QStringLiteral("in-development, in-use, retired");
}

// The filter the options give, or a usage error's message.
std::optional<RegistryFilter> filterFrom(const QCommandLineParser& parser, const Options& o,
                                         QString* why)
{
    RegistryFilter filter;
    filter.text = parser.value(o.search);
    filter.entity = parser.value(o.entity);
    if (parser.isSet(o.year)) {
        bool ok = false;
        filter.year = parser.value(o.year).toInt(&ok);
        if (!ok || *filter.year < 1900 || *filter.year > 9999) {
            *why = tulana::tr("--year must be a year such as 2026, not \"%1\"")
                       .arg(parser.value(o.year));
            return std::nullopt;
        }
    }
    if (parser.isSet(o.nature)) {
        BidNature nature;
        if (!bidNatureFromKey(parser.value(o.nature), &nature)) {
            *why = tulana::tr("--nature must be open-source, proprietary or mixed, not \"%1\"")
                       .arg(parser.value(o.nature));
            return std::nullopt;
        }
        filter.nature = nature;
    }
    if (parser.isSet(o.departure)) {
        const QString value = parser.value(o.departure);
        if (value != QLatin1String("yes") && value != QLatin1String("no")) {
            *why = tulana::tr("--departure must be yes or no, not \"%1\"").arg(value);
            return std::nullopt;
        }
        filter.departure = value == QLatin1String("yes");
    }
    if (parser.isSet(o.mofClass)) {
        const QString value = parser.value(o.mofClass);
        const QStringList keys{QStringLiteral("class-1"), QStringLiteral("class-2"),
                               QStringLiteral("class-3"), QStringLiteral("unclassified"),
                               QStringLiteral("not-recorded")};
        if (!keys.contains(value)) {
            *why = tulana::tr("--mof-class must be one of %1, not \"%2\"")
                       .arg(keys.join(QStringLiteral(", ")), value);
            return std::nullopt;
        }
        filter.mofClass = value;
    }
    if (parser.isSet(o.status)) {
        filter.status = systemStatusFromKey(parser.value(o.status));
        if (!filter.status) {
            *why = tulana::tr("--status must be one of %1, not \"%2\"")
                       .arg(statusKeys(), parser.value(o.status));
            return std::nullopt;
        }
    }
    return filter;
}

std::unique_ptr<RegistryStore> openStore(const QCommandLineParser& parser, const Options& o, Io io)
{
    Connection connection = defaultConnection();
    QString why;
    if (parser.isSet(o.db)) {
        const std::optional<Connection> parsed = parseConnection(parser.value(o.db), &why);
        if (!parsed) {
            io.err << "tulana-cli: " << why << '\n';
            return nullptr;
        }
        connection = *parsed;
    }
    std::unique_ptr<RegistryStore> store = keychain::openRegistry(connection, &why);
    if (!store)
        io.err << "tulana-cli: " << why << '\n';
    return store;
}

std::optional<qint64> recordId(const QString& text, QString* why)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        *why = tulana::tr("a record's ID is a whole number above zero, not \"%1\"").arg(text);
        return std::nullopt;
    }
    return id;
}

int addRecord(const QCommandLineParser& parser, const Options& o, const QString& path, Io io)
{
    RecordOptions options;
    options.publishScores = parser.isSet(o.publishScores);
    options.contact = parser.value(o.contact);
    if (parser.isSet(o.status)) {
        const std::optional<SystemStatus> status = systemStatusFromKey(parser.value(o.status));
        if (!status)
            return usageError(tulana::tr("--status must be one of %1, not \"%2\"")
                                  .arg(statusKeys(), parser.value(o.status)),
                              io);
        options.status = *status;
    }
    if (parser.isSet(o.date)) {
        const std::optional<QDate> date = isoDate(parser.value(o.date));
        if (!date)
            return usageError(tulana::tr("--date must be a date written YYYY-MM-DD, not \"%1\"")
                                  .arg(parser.value(o.date)),
                              io);
        options.statusDate = *date;
    }
    const std::optional<Tender> tender = loadOrReport(path, io);
    if (!tender)
        return InvalidInput;
    const RecordBuild build = buildRegistryRecord(*tender, evaluate(*tender), options);
    if (!build.record) {
        printTenderProblems(*tender, path, build.problems, io);
        return InvalidInput;
    }
    const std::unique_ptr<RegistryStore> store = openStore(parser, o, io);
    if (!store)
        return InvalidInput;
    QString why;
    const std::optional<AddOutcome> added =
        store->add(*build.record, QFileInfo(path).absoluteFilePath(), &why);
    if (!added) {
        io.err << "tulana-cli: " << why << '\n';
        return InvalidInput;
    }
    io.out << (added->created ? tulana::tr("Added record %1: %2")
                              : tulana::tr("Updated record %1: %2 (it was in the registry)"))
                  .arg(added->id)
                  .arg(build.record->reference)
           << '\n';
    return Success;
}

int listRecords(const QCommandLineParser& parser, const Options& o, Io io)
{
    const QString format =
        parser.value(o.format).isEmpty() ? QStringLiteral("table") : parser.value(o.format);
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(tulana::tr("--format must be table or json, not \"%1\"").arg(format), io);
    QString why;
    const std::optional<RegistryFilter> filter = filterFrom(parser, o, &why);
    if (!filter)
        return usageError(why, io);
    const std::unique_ptr<RegistryStore> store = openStore(parser, o, io);
    if (!store)
        return InvalidInput;
    const auto rows = store->list(*filter, &why);
    if (!rows) {
        io.err << "tulana-cli: " << why << '\n';
        return InvalidInput;
    }
    if (format == QLatin1String("json"))
        io.out << QString::fromUtf8(rowsAsJson(*rows));
    else
        io.out << rowsAsTable(*rows);
    return Success;
}

int showRecord(const QCommandLineParser& parser, const Options& o, const QString& idText, Io io)
{
    QString why;
    const std::optional<qint64> id = recordId(idText, &why);
    if (!id)
        return usageError(why, io);
    const std::unique_ptr<RegistryStore> store = openStore(parser, o, io);
    if (!store)
        return InvalidInput;
    const std::optional<QByteArray> json = store->recordJson(*id, &why);
    if (!json) {
        io.err << "tulana-cli: " << why << '\n';
        return InvalidInput;
    }
    io.out << QString::fromUtf8(*json) << '\n';
    return Success;
}

int changeStatus(const QCommandLineParser& parser, const Options& o, const QString& idText, Io io)
{
    QString why;
    const std::optional<qint64> id = recordId(idText, &why);
    if (!id)
        return usageError(why, io);
    const std::optional<SystemStatus> status = systemStatusFromKey(parser.value(o.set));
    if (!status)
        return usageError(tulana::tr("status needs --set, one of %1").arg(statusKeys()), io);
    const std::optional<QDate> date = isoDate(parser.value(o.date));
    if (!date)
        return usageError(tulana::tr("status needs --date, a date written YYYY-MM-DD"), io);
    const std::unique_ptr<RegistryStore> store = openStore(parser, o, io);
    if (!store)
        return InvalidInput;
    if (!store->setStatus(*id, *status, *date, &why)) {
        io.err << "tulana-cli: " << why << '\n';
        return InvalidInput;
    }
    io.out << tulana::tr("Record %1 is %2 from %3")
                  .arg(*id)
                  .arg(displayName(*status), date->toString(Qt::ISODate))
           << '\n';
    return Success;
}

// Every record the filter keeps, in full, for the JSON export.
std::optional<QByteArray> recordsAsJson(const RegistryStore& store,
                                        const std::vector<RegistryRow>& rows, QString* why)
{
    nlohmann::ordered_json records = nlohmann::ordered_json::array();
    for (const RegistryRow& row : rows) {
        const std::optional<QByteArray> json = store.recordJson(row.id, why);
        if (!json)
            return std::nullopt;
        records.push_back(nlohmann::ordered_json::parse(json->toStdString()));
    }
    const nlohmann::ordered_json document{
        {"format", "tulana-registry"}, {"version", 1}, {"records", records}};
    return QByteArray::fromStdString(document.dump(2)) + '\n';
}

int exportRecords(const QCommandLineParser& parser, const Options& o, Io io)
{
    const QString format = parser.value(o.format);
    if (format != QLatin1String("csv") && format != QLatin1String("json") &&
        format != QLatin1String("html"))
        return usageError(tulana::tr("export needs --format csv, json or html"), io);
    if (!parser.isSet(o.out))
        return usageError(tulana::tr("export needs --out FILE"), io);
    const QString language =
        parser.isSet(o.language) ? parser.value(o.language) : QStringLiteral("en");
    if (!i18n::supportedLanguages().contains(language))
        return usageError(tulana::tr("--language must be one of %1, not \"%2\"")
                              .arg(i18n::supportedLanguages().join(QStringLiteral(", ")), language),
                          io);
    QString why;
    std::optional<RegistryFilter> filter = filterFrom(parser, o, &why);
    if (!filter)
        return usageError(why, io);
    filter->descending = true;
    const std::unique_ptr<RegistryStore> store = openStore(parser, o, io);
    if (!store)
        return InvalidInput;
    const auto rows = store->list(*filter, &why);
    if (!rows) {
        io.err << "tulana-cli: " << why << '\n';
        return InvalidInput;
    }
    QByteArray bytes;
    if (format == QLatin1String("csv"))
        bytes = rowsAsCsv(*rows);
    else if (format == QLatin1String("html"))
        bytes = rowsAsHtml(*rows, language, QDate::currentDate());
    else if (const std::optional<QByteArray> json = recordsAsJson(*store, *rows, &why))
        bytes = *json;
    else {
        io.err << "tulana-cli: " << why << '\n';
        return InvalidInput;
    }
    const QString target = parser.value(o.out);
    if (!saveFileAtomically(target, bytes, &why)) {
        printProblems({error(target, why)}, io);
        return InvalidInput;
    }
    io.out << tulana::tr("Wrote %1 (%n record(s))", nullptr, int(rows->size())).arg(target) << '\n';
    return Success;
}

// Keeps (or with --forget removes) a PostgreSQL registry's password in the
// system keychain. The password is checked against the server first, so
// that a mistyped one is not kept.
int keepPassword(const QCommandLineParser& parser, const Options& o, Io io)
{
    QString why;
    const std::optional<Connection> connection =
        parser.isSet(o.db) ? parseConnection(parser.value(o.db), &why) : std::nullopt;
    if (!connection) {
        return usageError(parser.isSet(o.db) ? why
                                             : tulana::tr("registry password needs --db "
                                                          "postgresql://user@host:port/database"),
                          io);
    }
    if (connection->engine != Connection::Engine::PostgreSql)
        return usageError(tulana::tr("an SQLite registry has no password"), io);
    if (parser.isSet(o.forget)) {
        if (!keychain::forgetRegistryPassword(*connection, &why)) {
            io.err << "tulana-cli: " << why << '\n';
            return InvalidInput;
        }
        io.out << tulana::tr("The keychain holds no password for %1 now.").arg(connection->text())
               << '\n';
        return Success;
    }
    const std::optional<QString> password =
        readPassphrase(tulana::tr("Password for %1: ").arg(connection->text()),
                       parser.value(o.passwordFile), &why);
    if (!password || password->isEmpty()) {
        io.err << "tulana-cli: " << (password ? tulana::tr("the password is empty") : why) << '\n';
        return InvalidInput;
    }
    if (!RegistryStore::checkLogin(*connection, *password, &why)) {
        io.err << "tulana-cli: " << why << '\n';
        return InvalidInput;
    }
    if (!keychain::storeRegistryPassword(*connection, *password, &why)) {
        io.err << "tulana-cli: " << why << '\n';
        return InvalidInput;
    }
    io.out
        << tulana::tr("The password for %1 is kept in the system keychain.").arg(connection->text())
        << '\n';
    return Success;
}

} // namespace

int registryCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("ACTION"), QString());
    if (!parser.parse(QStringList{QStringLiteral("registry")} + args))
        return usageError(parser.errorText(), io);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const auto needs = [&](int count, const QString& what) -> std::optional<int> {
        if (positional.size() != count + 1)
            return usageError(what, io);
        return std::nullopt;
    };
    if (action == QLatin1String("add")) {
        if (const auto bad = needs(1, tulana::tr("registry add takes one FILE")))
            return *bad;
        return addRecord(parser, options, positional.at(1), io);
    }
    if (action == QLatin1String("list")) {
        if (const auto bad = needs(0, tulana::tr("registry list takes no FILE or ID")))
            return *bad;
        return listRecords(parser, options, io);
    }
    if (action == QLatin1String("show")) {
        if (const auto bad = needs(1, tulana::tr("registry show takes one ID")))
            return *bad;
        return showRecord(parser, options, positional.at(1), io);
    }
    if (action == QLatin1String("status")) {
        if (const auto bad = needs(1, tulana::tr("registry status takes one ID")))
            return *bad;
        return changeStatus(parser, options, positional.at(1), io);
    }
    if (action == QLatin1String("export")) {
        if (const auto bad = needs(0, tulana::tr("registry export takes no FILE or ID")))
            return *bad;
        return exportRecords(parser, options, io);
    }
    if (action == QLatin1String("password")) {
        if (const auto bad = needs(0, tulana::tr("registry password takes no FILE or ID")))
            return *bad;
        return keepPassword(parser, options, io);
    }
    return usageError(action.isEmpty()
                          ? tulana::tr("registry needs an action: add, list, show, status, "
                                       "export or password")
                          : tulana::tr("registry has no action \"%1\": add, list, show, status, "
                                       "export or password")
                                .arg(action),
                      io);
}

} // namespace tulana::cli
