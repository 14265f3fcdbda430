#include "RegistryStore.h"

#include "RegistryDatabase.h"
#include "RegistryJson.h"
#include "i18n/Translate.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <limits>

namespace tulana::registry {
namespace {

// The columns a RegistryRow is read from, in rowFrom()'s order.
const char* const kRowColumns =
    "id, reference, title, entity, decision_year, decision_date, selected_nature, "
    "selected_bidder, selected_system, mof_class, osaid, departure, considerations, currency, "
    "evaluated_price, lifecycle_npv, status, status_date, contact, fingerprint, log_checkpoint, "
    "tender_file";

std::optional<double> optionalDouble(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

RegistryRow rowFrom(const QSqlQuery& q)
{
    RegistryRow row;
    row.id = q.value(0).toLongLong();
    row.reference = q.value(1).toString();
    row.title = q.value(2).toString();
    row.entity = q.value(3).toString();
    row.year = q.value(4).toInt();
    row.decisionDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    bidNatureFromKey(q.value(6).toString(), &row.nature);
    row.bidder = q.value(7).toString();
    row.system = q.value(8).toString();
    row.mofClass = q.value(9).toString();
    row.osaid = q.value(10).toString();
    row.departure = q.value(11).toInt() != 0;
    row.considerations = q.value(12).toString().split(u',', Qt::SkipEmptyParts);
    row.currency = q.value(13).toString();
    row.evaluatedPrice = optionalDouble(q.value(14));
    row.lifecycleNpv = optionalDouble(q.value(15));
    row.status = systemStatusFromKey(q.value(16).toString()).value_or(SystemStatus::InDevelopment);
    row.statusDate = QDate::fromString(q.value(17).toString(), Qt::ISODate);
    row.contact = q.value(18).toString();
    row.fingerprint = q.value(19).toString();
    row.logCheckpoint = q.value(20).toString();
    row.tenderFile = q.value(21).toString();
    return row;
}

QString sortExpression(SortColumn column)
{
    switch (column) {
    case SortColumn::DecisionDate:
        return QStringLiteral("decision_date");
    case SortColumn::Reference:
        return QStringLiteral("reference");
    case SortColumn::Title:
        return QStringLiteral("title");
    case SortColumn::Entity:
        return QStringLiteral("entity");
    case SortColumn::Nature:
        return QStringLiteral("selected_nature");
    case SortColumn::MofClass:
        return QStringLiteral("mof_class");
    case SortColumn::Departure:
        return QStringLiteral("departure");
    case SortColumn::Status:
        return QStringLiteral("status");
    case SortColumn::EvaluatedPrice:
        return QStringLiteral("evaluated_price");
    case SortColumn::LifecycleNpv:
        return QStringLiteral("lifecycle_npv");
    case SortColumn::Id:
        return QStringLiteral("id");
    }
    return QStringLiteral("id");
}

// How many of the records' words start with `word`, counted up to `limit`
// and no further: a look along the words' index that stops early.
int wordsStarting(RegistryStore::Private& d, const QString& word, int limit)
{
    QSqlQuery query(d.database());
    QString ignored;
    if (d.exec(query,
               QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM registry_words WHERE word >= ? "
                              "AND word < ? LIMIT %1) AS found")
                   .arg(limit),
               {word, QString(word + QChar(0xffff))}, &ignored) &&
        query.next())
        return query.value(0).toInt();
    return limit;
}

// A search word that starts more of the records' words than this is
// "common": the records are not gathered through it (SQLite would collect
// them all, 40 ms for a word every one of 100,000 records has), but each
// record the list's order or a filter's index gives is checked for it, and
// a page of a common word fills within its first few hundred records.
constexpr int kCommonWord = 20'000;

// The words of a search, the one that starts the fewest records' words
// first: when it is not common, the records are found through it and only
// they are checked for the others ("service 42" over 100,000 records: 75 ms
// the other way round). The flag says whether it is common.
std::pair<QStringList, bool> bySelectivity(RegistryStore::Private& d, const QStringList& words)
{
    if (d.lastSearch && d.lastSearch->words == words)
        return {d.lastSearch->ordered, d.lastSearch->allCommon};
    std::vector<std::pair<int, QString>> counted;
    for (const QString& word : words)
        counted.emplace_back(wordsStarting(d, word, kCommonWord + 1), word);
    std::stable_sort(counted.begin(), counted.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList ordered;
    for (const auto& [n, word] : counted)
        ordered << word;
    const bool allCommon = !counted.empty() && counted.front().first > kCommonWord;
    d.lastSearch = RegistryStore::Private::SearchPlan{words, ordered, allCommon};
    return {ordered, allCommon};
}

// The WHERE clause of a filter and the values it binds, the same on both engines.
QString whereClause(RegistryStore::Private& d, const RegistryFilter& f, QVariantList* values)
{
    QStringList terms;
    // Each word of the search starts a word of the record: a range over the
    // words' index, the same on both engines (bytes compared).
    const auto [words, allCommon] = bySelectivity(d, searchWordsOf({f.text}));
    for (qsizetype i = 0; i < words.size(); ++i) {
        terms << (i == 0 && !allCommon
                      ? QStringLiteral("id IN (SELECT record_id FROM registry_words "
                                       "WHERE word >= ? AND word < ?)")
                      : QStringLiteral("EXISTS (SELECT 1 FROM registry_words w WHERE "
                                       "w.record_id = registry_records.id AND "
                                       "w.word >= ? AND w.word < ?)"));
        *values << words.at(i) << QString(words.at(i) + QChar(0xffff));
    }
    if (!f.entity.isEmpty()) {
        terms << QStringLiteral("entity = ?");
        *values << f.entity;
    }
    if (f.year) {
        terms << QStringLiteral("decision_year = ?");
        *values << *f.year;
    }
    if (f.nature) {
        terms << QStringLiteral("selected_nature = ?");
        *values << toKey(*f.nature);
    }
    if (f.departure) {
        terms << QStringLiteral("departure = ?");
        *values << (*f.departure ? 1 : 0);
    }
    if (!f.mofClass.isEmpty()) {
        terms << QStringLiteral("mof_class = ?");
        *values << f.mofClass;
    }
    if (f.status) {
        terms << QStringLiteral("status = ?");
        *values << toKey(*f.status);
    }
    return terms.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString mofColumn(const SelectedSystem& s)
{
    return s.opennessRecorded ? openness::toKey(s.mofClass) : QStringLiteral("not-recorded");
}

QStringList considerationIds(const RegistryRecord& record)
{
    QStringList ids;
    for (const CitedConsideration& c : record.considerations)
        ids << c.id;
    return ids;
}

QString upsertSql()
{
    return QStringLiteral(
        "INSERT INTO registry_records (record_key, reference, title, entity, decision_year, "
        "decision_date, selected_nature, selected_bidder, selected_system, mof_class, osaid, "
        "departure, considerations, currency, evaluated_price, lifecycle_npv, fingerprint, "
        "log_checkpoint, contact, tender_file, added_at, updated_at, "
        "status, status_date) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (record_key) DO UPDATE SET reference = excluded.reference, "
        "title = excluded.title, entity = excluded.entity, "
        "decision_year = excluded.decision_year, decision_date = excluded.decision_date, "
        "selected_nature = excluded.selected_nature, "
        "selected_bidder = excluded.selected_bidder, "
        "selected_system = excluded.selected_system, mof_class = excluded.mof_class, "
        "osaid = excluded.osaid, departure = excluded.departure, "
        "considerations = excluded.considerations, currency = excluded.currency, "
        "evaluated_price = excluded.evaluated_price, lifecycle_npv = excluded.lifecycle_npv, "
        "fingerprint = excluded.fingerprint, log_checkpoint = excluded.log_checkpoint, "
        "contact = excluded.contact, "
        "tender_file = excluded.tender_file, "
        "updated_at = excluded.updated_at");
}

QVariantList upsertValues(const RegistryRecord& r, const QString& tenderFile)
{
    const QString stamp = now();
    const QVariant nullText{QMetaType(QMetaType::QString)};
    const auto textOrNull = [&nullText](const QString& t) { return t.isEmpty() ? nullText : t; };
    // Qt SQL binds a null QString as NULL: a column that may be empty but
    // not NULL gets a non-null empty string.
    const auto text = [](const QString& t) {
        return t.isNull() ? QVariant(QStringLiteral("")) : QVariant(t);
    };
    const QString decisionDate = r.decisionDate.toString(Qt::ISODate);
    return {r.key(),
            text(r.reference),
            text(r.title),
            text(r.entity),
            r.decisionDate.isValid() ? QVariant(r.decisionDate.year())
                                     : QVariant(QMetaType(QMetaType::Int)),
            textOrNull(decisionDate),
            toKey(r.selected.nature),
            text(r.selected.bidder),
            text(r.selected.system),
            mofColumn(r.selected),
            r.selected.opennessRecorded ? QVariant(openness::toKey(r.selected.osaid)) : nullText,
            r.departs() ? 1 : 0,
            text(considerationIds(r).join(u',')),
            text(r.currency),
            optionalValue(r.selected.evaluatedPrice),
            optionalValue(r.selected.lifecycleNpv),
            text(r.fingerprint),
            textOrNull(r.logCheckpoint),
            text(r.contact),
            textOrNull(tenderFile),
            stamp,
            stamp,
            toKey(r.currentStatus().status),
            textOrNull(r.currentStatus().date.toString(Qt::ISODate))};
}

QAtomicInteger<quint64> connectionCounter;

// SQLite's planner picks an index by its statistics; without them it walked
// the date index of 100,000 records for a filter on departure and status
// (80 ms, against 11 ms with them). PostgreSQL gathers its own (autovacuum);
// SQLite gathers them here, once a registry is large enough to need them,
// and keeps them fresh with PRAGMA optimize on closing.
// A server that wants a password it did not get or refused, in libpq's and
// the server's English words. Under another language (libpq's translations,
// the server's lc_messages) this finds nothing, and the message is the
// plain one with what the server said.
bool serverWantsPassword(const QString& said)
{
    return said.contains(QLatin1String("no password supplied")) ||
           said.contains(QLatin1String("password authentication failed")) ||
           said.contains(QLatin1String("fe_sendauth"));
}

void setUpServer(QSqlDatabase& db, const Connection& connection, const QString& password)
{
    db.setHostName(connection.host);
    db.setPort(connection.port);
    db.setUserName(connection.user);
    db.setDatabaseName(connection.database);
    // Without a password from the caller, libpq takes it from PGPASSWORD
    // or ~/.pgpass.
    if (!password.isEmpty())
        db.setPassword(password);
    QStringList options{QStringLiteral("connect_timeout=10")};
    if (!connection.options.isEmpty())
        options << connection.options;
    db.setConnectOptions(options.join(u';'));
}

QString cannotOpen(const Connection& connection, const QSqlDatabase& db, const QString& password)
{
    const QString said = db.lastError().text().trimmed();
    if (!serverWantsPassword(said))
        return tulana::tr("the registry at %1 cannot be opened: %2").arg(connection.text(), said);
    return tulana::tr("the registry at %1 cannot be opened: the server asks for a password, and "
                      "%2 (the server said: %3)")
        .arg(connection.text(),
             password.isEmpty() ? tulana::tr("none was given")
                                : tulana::tr("the one Tulana gave (kept or typed) was refused"),
             said);
}

void gatherStatisticsOnce(RegistryStore::Private& d)
{
    QString ignored;
    QSqlQuery stat(d.database());
    const bool known = stat.exec(QStringLiteral(
                           "SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'registry_records'")) &&
                       stat.next() && stat.value(0).toInt() > 0;
    stat.finish();
    if (known)
        return;
    QSqlQuery size(d.database());
    if (size.exec(QStringLiteral("SELECT COUNT(*) FROM registry_records")) && size.next() &&
        size.value(0).toInt() >= 1000) {
        size.finish();
        d.exec(QStringLiteral("ANALYZE"), &ignored);
    }
}

} // namespace

RegistryStore::RegistryStore(std::unique_ptr<Private> p)
    : d(std::move(p))
{}

RegistryStore::~RegistryStore() = default;

std::unique_ptr<RegistryStore> RegistryStore::open(const Connection& connection,
                                                   QString* errorMessage, const QString& password)
{
    const bool sqlite = connection.engine == Connection::Engine::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *errorMessage = sqlite
                            ? tulana::tr("Qt's SQLite driver is not installed (Debian package "
                                         "libqt6sql6-sqlite): the registry cannot be opened")
                            : tulana::tr("Qt's PostgreSQL driver is not installed (Debian package "
                                         "libqt6sql6-psql): the registry cannot be opened");
        return nullptr;
    }
    auto p = std::make_unique<Private>(
        connection,
        QStringLiteral("tulana-registry-%1").arg(connectionCounter.fetchAndAddOrdered(1)));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, p->name);
    if (sqlite) {
        const QFileInfo file(connection.path);
        if (!QDir().mkpath(file.absolutePath())) {
            *errorMessage = tulana::tr("the folder %1 for the registry cannot be made")
                                .arg(QDir::toNativeSeparators(file.absolutePath()));
            return nullptr;
        }
        db.setDatabaseName(connection.path);
        // Waits for another writer (another tulana-cli, the app) instead of
        // failing at once; inTransaction() retries past what is left.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    } else {
        setUpServer(db, connection, password);
    }
    if (!db.open()) {
        *errorMessage = cannotOpen(connection, db, password);
        return nullptr;
    }
    QString why;
    if (sqlite) {
        // WAL: readers do not wait for a writer, and a crash mid-write leaves
        // the last committed state. NORMAL sync is safe with WAL.
        // A page cache of 32 MB holds the list columns of 100,000 records.
        // Memory-mapped reads: a search checks a record's words through
        // their index, a look-up in a different page for each record, and
        // through mmap that costs a memory access rather than a read() into
        // SQLite's cache: "service" among a year's open-source records over
        // 100,000 records, 118 → 35 ms (docs/performance.md, "Registry").
        // The map is address space; the pages are the system's file cache.
        const bool ok = p->exec(QStringLiteral("PRAGMA journal_mode=WAL"), &why) &&
                        p->exec(QStringLiteral("PRAGMA cache_size=-32000"), &why) &&
                        p->exec(QStringLiteral("PRAGMA mmap_size=1073741824"), &why) &&
                        p->exec(QStringLiteral("PRAGMA synchronous=NORMAL"), &why) &&
                        p->exec(QStringLiteral("PRAGMA foreign_keys=ON"), &why);
        if (!ok) {
            *errorMessage = tulana::tr("the registry at %1 cannot be opened: %2")
                                .arg(connection.text(), why.trimmed());
            return nullptr;
        }
    }
    if (!migrate(*p, &why)) {
        *errorMessage = tulana::tr("the registry at %1 cannot be brought up to date: %2")
                            .arg(connection.text(), why);
        return nullptr;
    }
    if (sqlite)
        gatherStatisticsOnce(*p);
    return std::unique_ptr<RegistryStore>(new RegistryStore(std::move(p)));
}

bool RegistryStore::checkLogin(const Connection& connection, const QString& password,
                               QString* errorMessage)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *errorMessage = tulana::tr("Qt's PostgreSQL driver is not installed (Debian package "
                                   "libqt6sql6-psql): the registry cannot be opened");
        return false;
    }
    const QString name =
        QStringLiteral("tulana-registry-login-%1").arg(connectionCounter.fetchAndAddOrdered(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        setUpServer(db, connection, password);
        ok = db.open();
        if (!ok)
            *errorMessage = cannotOpen(connection, db, password);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

Connection::Engine RegistryStore::engine() const
{
    return d->connection.engine;
}

int RegistryStore::schemaVersion() const
{
    return d->schemaVersion;
}

namespace {

bool writeRecord(RegistryStore::Private& d, const RegistryRecord& record, const QString& tenderFile,
                 AddOutcome* outcome, QString* why)
{
    QSqlQuery find(d.database());
    if (!d.exec(find, QStringLiteral("SELECT id FROM registry_records WHERE record_key = ?"),
                {record.key()}, why))
        return false;
    outcome->created = !find.next();
    find.finish();
    QSqlQuery upsert(d.database());
    if (!d.exec(upsert, upsertSql(), upsertValues(record, tenderFile), why))
        return false;
    QSqlQuery id(d.database());
    if (!d.exec(id, QStringLiteral("SELECT id FROM registry_records WHERE record_key = ?"),
                {record.key()}, why))
        return false;
    if (!id.next()) {
        *why = tulana::tr("the record was not found after it was written");
        return false;
    }
    outcome->id = id.value(0).toLongLong();
    id.finish();
    QSqlQuery document(d.database());
    if (!d.exec(document,
                QStringLiteral("INSERT INTO registry_documents (record_id, record_json) "
                               "VALUES (?, ?) ON CONFLICT (record_id) DO UPDATE SET "
                               "record_json = excluded.record_json"),
                {outcome->id, QString::fromStdString(recordToJson(record).dump())}, why))
        return false;
    const RegistryRecord& r = record;
    if (!writeSearchWords(d, outcome->id,
                          searchWordsOf({r.reference, r.title, r.entity, r.selected.bidder,
                                         r.selected.system, r.contact}),
                          why))
        return false;
    if (d.midTransactionHook && !d.midTransactionHook()) {
        if (why->isEmpty())
            *why = tulana::tr("the change was stopped before it was complete");
        return false;
    }
    // The first status, unless the record has one: a record added again
    // keeps the history the office recorded.
    const StatusChange& first = record.status.front();
    QSqlQuery status(d.database());
    return d.exec(status,
                  QStringLiteral("INSERT INTO registry_status (record_id, seq, status, "
                                 "status_date) VALUES (?, 1, ?, ?) "
                                 "ON CONFLICT (record_id, seq) DO NOTHING"),
                  {outcome->id, toKey(first.status),
                   first.date.isValid() ? QVariant(first.date.toString(Qt::ISODate))
                                        : QVariant(QMetaType(QMetaType::QString))},
                  why);
}

} // namespace

std::optional<AddOutcome> RegistryStore::add(const RegistryRecord& record,
                                             const QString& tenderFile, QString* errorMessage)
{
    AddOutcome outcome;
    if (!d->inTransaction(
            [&](QString* why) {
                why->clear();
                return writeRecord(*d, record, tenderFile, &outcome, why);
            },
            errorMessage))
        return std::nullopt;
    return outcome;
}

bool RegistryStore::addAll(const std::vector<RegistryRecord>& records, QString* errorMessage)
{
    return d->inTransaction(
        [&](QString* why) {
            for (const RegistryRecord& record : records) {
                AddOutcome outcome;
                if (!writeRecord(*d, record, QString(), &outcome, why))
                    return false;
            }
            return true;
        },
        errorMessage);
}

std::optional<std::vector<RegistryRow>> RegistryStore::list(const RegistryFilter& filter,
                                                            QString* errorMessage) const
{
    QVariantList values;
    const QString column = sortExpression(filter.sort);
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // NULLs last in either direction, on both engines (they differ by
    // default); said so, not computed, so that an index still gives the order.
    QString sql =
        QStringLiteral("SELECT %1 FROM registry_records").arg(QLatin1StringView(kRowColumns)) +
        whereClause(*d, filter, &values) +
        QStringLiteral(" ORDER BY %1%2 NULLS LAST, id%2").arg(column, direction);
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(filter.offset);
    QSqlQuery query(d->database());
    query.setForwardOnly(true);
    QString why;
    if (!d->exec(query, sql, values, &why)) {
        *errorMessage = tulana::tr("the registry cannot be read: %1").arg(why.trimmed());
        return std::nullopt;
    }
    std::vector<RegistryRow> rows;
    while (query.next())
        rows.push_back(rowFrom(query));
    return rows;
}

std::optional<int> RegistryStore::count(const RegistryFilter& filter, QString* errorMessage) const
{
    QVariantList values;
    const QString where = whereClause(*d, filter, &values);
    // A search is counted up to a limit: past it, counting every record
    // that has a common word costs more than the list itself (100,000
    // records with "service": 60 ms), and "more than 10,000" says enough.
    const QString sql =
        searchWordsOf({filter.text}).isEmpty()
            ? QString(QStringLiteral("SELECT COUNT(*) FROM registry_records") + where)
            : QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM registry_records%1 LIMIT %2) "
                             "AS found")
                  .arg(where)
                  .arg(kSearchCountLimit + 1);
    QSqlQuery query(d->database());
    QString why;
    if (!d->exec(query, sql, values, &why) || !query.next()) {
        *errorMessage = tulana::tr("the registry cannot be read: %1").arg(why.trimmed());
        return std::nullopt;
    }
    return query.value(0).toInt();
}

std::optional<std::pair<QStringList, std::vector<int>>>
RegistryStore::filterChoices(QString* errorMessage) const
{
    // Each is a walk along its column's index, not a read of every record.
    QSqlQuery entities(d->database());
    QSqlQuery years(d->database());
    QString why;
    if (!d->exec(entities,
                 QStringLiteral("SELECT DISTINCT entity FROM registry_records ORDER BY entity"), {},
                 &why) ||
        !d->exec(years,
                 QStringLiteral("SELECT DISTINCT decision_year FROM registry_records WHERE "
                                "decision_year IS NOT NULL ORDER BY decision_year DESC"),
                 {}, &why)) {
        *errorMessage = tulana::tr("the registry cannot be read: %1").arg(why.trimmed());
        return std::nullopt;
    }
    std::pair<QStringList, std::vector<int>> choices;
    while (entities.next())
        choices.first << entities.value(0).toString();
    while (years.next())
        choices.second.push_back(years.value(0).toInt());
    return choices;
}

std::optional<RegistryRow> RegistryStore::row(qint64 id, QString* errorMessage) const
{
    QSqlQuery query(d->database());
    QString why;
    if (!d->exec(query,
                 QStringLiteral("SELECT %1 FROM registry_records WHERE id = ?")
                     .arg(QLatin1StringView(kRowColumns)),
                 {id}, &why)) {
        *errorMessage = tulana::tr("the registry cannot be read: %1").arg(why.trimmed());
        return std::nullopt;
    }
    if (!query.next()) {
        *errorMessage = tulana::tr("the registry has no record %1").arg(id);
        return std::nullopt;
    }
    return rowFrom(query);
}

std::optional<qint64> RegistryStore::findRecord(const QString& key, QString* errorMessage) const
{
    QSqlQuery query(d->database());
    QString why;
    if (!d->exec(query, QStringLiteral("SELECT id FROM registry_records WHERE record_key = ?"),
                 {key}, &why)) {
        *errorMessage = tulana::tr("the registry cannot be read: %1").arg(why.trimmed());
        return std::nullopt;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<std::vector<StatusChange>> RegistryStore::statusHistory(qint64 id,
                                                                      QString* errorMessage) const
{
    QSqlQuery query(d->database());
    QString why;
    if (!d->exec(query,
                 QStringLiteral("SELECT status, status_date FROM registry_status "
                                "WHERE record_id = ? ORDER BY seq"),
                 {id}, &why)) {
        *errorMessage = tulana::tr("the registry cannot be read: %1").arg(why.trimmed());
        return std::nullopt;
    }
    std::vector<StatusChange> history;
    while (query.next())
        history.push_back(
            {systemStatusFromKey(query.value(0).toString()).value_or(SystemStatus::InDevelopment),
             QDate::fromString(query.value(1).toString(), Qt::ISODate)});
    return history;
}

std::optional<QByteArray> RegistryStore::recordJson(qint64 id, QString* errorMessage) const
{
    QString json;
    QString contact;
    {
        QSqlQuery query(d->database());
        QString why;
        if (!d->exec(query,
                     QStringLiteral("SELECT d.record_json, r.contact FROM registry_records r "
                                    "JOIN registry_documents d ON d.record_id = r.id "
                                    "WHERE r.id = ?"),
                     {id}, &why)) {
            *errorMessage = tulana::tr("the registry cannot be read: %1").arg(why.trimmed());
            return std::nullopt;
        }
        if (!query.next()) {
            *errorMessage = tulana::tr("the registry has no record %1").arg(id);
            return std::nullopt;
        }
        json = query.value(0).toString();
        contact = query.value(1).toString();
    }
    const std::optional<std::vector<StatusChange>> history = statusHistory(id, errorMessage);
    if (!history)
        return std::nullopt;
    auto stored = nlohmann::ordered_json::parse(json.toStdString(), nullptr, false);
    if (!stored.is_object()) {
        *errorMessage = tulana::tr("record %1 of the registry is damaged: its JSON cannot be "
                                   "read")
                            .arg(id);
        return std::nullopt;
    }
    nlohmann::ordered_json out{{"id", id}};
    for (auto& [name, value] : stored.items())
        out[name] = value;
    out["status"] = statusToJson(*history);
    out["contact"] = contact.toStdString();
    return QByteArray::fromStdString(out.dump(2));
}

bool RegistryStore::setStatus(qint64 id, SystemStatus status, const QDate& date,
                              QString* errorMessage)
{
    if (!date.isValid()) {
        *errorMessage = tulana::tr("a change of status needs its date");
        return false;
    }
    return d->inTransaction(
        [&](QString* why) {
            int last = 0;
            QDate lastDate;
            {
                QSqlQuery query(d->database());
                if (!d->exec(query,
                             QStringLiteral("SELECT seq, status_date FROM registry_status "
                                            "WHERE record_id = ? ORDER BY seq DESC LIMIT 1"),
                             {id}, why))
                    return false;
                if (!query.next()) {
                    *why = tulana::tr("the registry has no record %1").arg(id);
                    return false;
                }
                last = query.value(0).toInt();
                lastDate = QDate::fromString(query.value(1).toString(), Qt::ISODate);
            }
            if (lastDate.isValid() && date < lastDate) {
                *why = tulana::tr("the date %1 is before the present status's date %2: a "
                                  "registry keeps its changes in order")
                           .arg(date.toString(Qt::ISODate), lastDate.toString(Qt::ISODate));
                return false;
            }
            const QString day = date.toString(Qt::ISODate);
            QSqlQuery insert(d->database());
            if (!d->exec(insert,
                         QStringLiteral("INSERT INTO registry_status (record_id, seq, status, "
                                        "status_date) VALUES (?, ?, ?, ?)"),
                         {id, last + 1, toKey(status), day}, why))
                return false;
            QSqlQuery update(d->database());
            return d->exec(update,
                           QStringLiteral("UPDATE registry_records SET status = ?, "
                                          "status_date = ?, updated_at = ? WHERE id = ?"),
                           {toKey(status), day, now(), id}, why);
        },
        errorMessage);
}

void RegistryStore::setMidTransactionHookForTesting(std::function<bool()> hook)
{
    d->midTransactionHook = std::move(hook);
}

std::optional<qint64> RegistryStore::backendPidForTesting() const
{
    if (d->isSqlite())
        return std::nullopt;
    QSqlQuery query(d->database());
    if (!query.exec(QStringLiteral("SELECT pg_backend_pid()")) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace tulana::registry
