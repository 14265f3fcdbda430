// The registry's storage, the same cases on SQLite and on PostgreSQL: this
// file is built twice, as tst_registrysqlite and (with
// TULANA_REGISTRY_POSTGRES) tst_registrypostgres, which starts a throw-away
// cluster of its own (PostgresCluster.h). Round trip, the same tender twice,
// status history, filters, an upgrade from version 1, a failure in the
// middle of a change, and eight processes writing at once.
#include "registry/RegistryExport.h"
#include "registry/RegistryJson.h"
#include "registry/RegistryStore.h"
#include "scoring/Evaluator.h"

#include "CheckCount.h"
#include "MissingTool.h"
#include "Samples.h"
#ifdef TULANA_REGISTRY_POSTGRES
#include "PostgresCluster.h"
#endif

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tulana;
using namespace tulana::registry;
using namespace tulana::testsupport;

namespace {

RegistryRecord sampleRecord(const char* name = "citizen-services-chatbot-recorded")
{
    const Tender tender = loadSample(name);
    const RecordBuild build = buildRegistryRecord(tender, evaluate(tender), {});
    if (!build.record)
        qFatal("the sample %s gives no registry record", name);
    return *build.record;
}

} // namespace

class TestRegistryStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTrip();
    void sameTenderTwiceUpdatesOneRow();
    void statusHistoryInOrder();
    void filtersSearchAndSort();
    void searchesWithCommonWords();
    void upgradesAVersion1Database();
    void refusesANewerDatabase();
    void failureMidwayLeavesNoHalfRecord();
    void eightWritersLoseAndDuplicateNothing();
#ifdef TULANA_REGISTRY_POSTGRES
    void droppedConnectionIsSaidAndRolledBack();
#endif

private:
    // A new, empty database for one test.
    Connection freshDatabase();
    // A plain Qt SQL connection to it, for what the store does not offer.
    QSqlDatabase raw(const Connection& connection);
    int countRows(const Connection& connection, const QString& sql);

    QTemporaryDir m_dir;
    int m_databases = 0;
#ifdef TULANA_REGISTRY_POSTGRES
    PostgresCluster m_cluster;
#endif
};

void TestRegistryStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
#ifdef TULANA_REGISTRY_POSTGRES
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        TULANA_SKIP_WITHOUT_TOOL("Qt's PostgreSQL driver is not installed (libqt6sql6-psql)");
    QString why;
    if (PostgresCluster::binFolder().isEmpty())
        TULANA_SKIP_WITHOUT_TOOL("PostgreSQL is not installed (apt-get install postgresql)");
    QVERIFY2(m_cluster.start(&why), qPrintable(why));
#endif
}

void TestRegistryStore::cleanupTestCase()
{
    for (const QString& name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
#ifdef TULANA_REGISTRY_POSTGRES
    m_cluster.stop();
#endif
}

Connection TestRegistryStore::freshDatabase()
{
    const QString name = QStringLiteral("registry%1").arg(++m_databases);
    QString why;
#ifdef TULANA_REGISTRY_POSTGRES
    {
        QSqlDatabase admin =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name + QStringLiteral("-admin"));
        admin.setHostName(QStringLiteral("127.0.0.1"));
        admin.setPort(m_cluster.port());
        admin.setUserName(PostgresCluster::user());
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open())
            qFatal("cannot reach the test cluster: %s", qPrintable(admin.lastError().text()));
        QSqlQuery create(admin);
        if (!create.exec(QStringLiteral("CREATE DATABASE ") + name))
            qFatal("cannot create a database: %s", qPrintable(create.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name + QStringLiteral("-admin"));
    return *parseConnection(m_cluster.url(name), &why);
#else
    return *parseConnection(QStringLiteral("sqlite:") +
                                m_dir.filePath(name + QStringLiteral("/registry.sqlite")),
                            &why);
#endif
}

QSqlDatabase TestRegistryStore::raw(const Connection& c)
{
    const QString name = QStringLiteral("raw-") + c.text();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db =
        QSqlDatabase::addDatabase(c.engine == Connection::Engine::Sqlite ? QStringLiteral("QSQLITE")
                                                                         : QStringLiteral("QPSQL"),
                                  name);
    if (c.engine == Connection::Engine::Sqlite) {
        db.setDatabaseName(c.path);
    } else {
        db.setHostName(c.host);
        db.setPort(c.port);
        db.setUserName(c.user);
        db.setDatabaseName(c.database);
    }
    if (!db.open())
        qFatal("cannot open the database directly: %s", qPrintable(db.lastError().text()));
    return db;
}

int TestRegistryStore::countRows(const Connection& c, const QString& sql)
{
    QSqlQuery query(raw(c));
    if (!query.exec(sql) || !query.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0).toInt();
}

void TestRegistryStore::roundTrip()
{
    const Connection c = freshDatabase();
    QString why;
    const auto store = RegistryStore::open(c, &why);
    QVERIFY2(store, qPrintable(why));
    QCOMPARE(store->schemaVersion(), kRegistrySchemaVersion);
    const RegistryRecord record = sampleRecord();
    const auto added = store->add(record, QStringLiteral("chatbot.tulana"), &why);
    QVERIFY2(added, qPrintable(why));
    QVERIFY(added->created);

    const auto row = store->row(added->id, &why);
    QVERIFY2(row, qPrintable(why));
    QCOMPARE(row->reference, record.reference);
    QCOMPARE(row->entity, record.entity);
    QCOMPARE(row->decisionDate, record.decisionDate);
    QCOMPARE(row->year, record.decisionDate.year());
    QCOMPARE(row->bidder, record.selected.bidder);
    QCOMPARE(row->nature, record.selected.nature);
    QCOMPARE(row->departure, record.departs());
    QCOMPARE(row->considerations.size(), qsizetype(record.considerations.size()));
    QCOMPARE(row->evaluatedPrice, record.selected.evaluatedPrice);
    QCOMPARE(row->lifecycleNpv, record.selected.lifecycleNpv);
    QCOMPARE(row->fingerprint, record.fingerprint);
    QCOMPARE(row->logCheckpoint, record.logCheckpoint);
    QCOMPARE(row->status, SystemStatus::InDevelopment);
    QCOMPARE(row->contact, record.contact);
    QCOMPARE(row->tenderFile, QStringLiteral("chatbot.tulana"));

    // The stored record is the record, with its id and status history.
    const auto json = store->recordJson(added->id, &why);
    QVERIFY2(json, qPrintable(why));
    auto stored = nlohmann::ordered_json::parse(json->toStdString());
    QCOMPARE(stored.at("id").get<qint64>(), added->id);
    stored.erase("id");
    QCOMPARE(QString::fromStdString(stored.dump()),
             QString::fromStdString(recordToJson(record).dump()));

    // Reopened, nothing is lost and nothing is migrated again.
    const auto again = RegistryStore::open(c, &why);
    QVERIFY2(again, qPrintable(why));
    QCOMPARE(again->count({}, &why), 1);
}

void TestRegistryStore::sameTenderTwiceUpdatesOneRow()
{
    const Connection c = freshDatabase();
    QString why;
    const auto store = RegistryStore::open(c, &why);
    QVERIFY2(store, qPrintable(why));
    RegistryRecord record = sampleRecord();
    const auto first = store->add(record, QString(), &why);
    QVERIFY2(first && first->created, qPrintable(why));
    QVERIFY(store->setStatus(first->id, SystemStatus::InUse, QDate(2026, 6, 1), &why));

    record.title = QStringLiteral("a corrected title");
    record.contact = QStringLiteral("registry@example.org");
    const auto second = store->add(record, QString(), &why);
    QVERIFY2(second, qPrintable(why));
    QVERIFY(!second->created);
    QCOMPARE(second->id, first->id);
    QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM registry_records")), 1);
    const auto row = store->row(first->id, &why);
    QCOMPARE(row->title, QStringLiteral("a corrected title"));
    QCOMPARE(row->contact, QStringLiteral("registry@example.org"));
    // The status the office recorded survives the update.
    QCOMPARE(row->status, SystemStatus::InUse);
    QCOMPARE(store->statusHistory(first->id, &why)->size(), std::size_t(2));

    // Another tender of the same entity is another row.
    record.reference += QStringLiteral("-B");
    const auto third = store->add(record, QString(), &why);
    QVERIFY(third && third->created && third->id != first->id);
    QCOMPARE(store->count({}, &why), 2);
}

void TestRegistryStore::statusHistoryInOrder()
{
    const Connection c = freshDatabase();
    QString why;
    const auto store = RegistryStore::open(c, &why);
    QVERIFY2(store, qPrintable(why));
    const auto added = store->add(sampleRecord(), QString(), &why);
    QVERIFY2(added, qPrintable(why));
    QVERIFY2(store->setStatus(added->id, SystemStatus::InUse, QDate(2026, 6, 1), &why),
             qPrintable(why));
    QVERIFY(store->setStatus(added->id, SystemStatus::Retired, QDate(2029, 3, 31), &why));
    // Out of order: refused, and nothing recorded.
    QVERIFY(!store->setStatus(added->id, SystemStatus::InUse, QDate(2028, 1, 1), &why));
    QVERIFY2(why.contains(QLatin1String("before")), qPrintable(why));
    QVERIFY(!store->setStatus(added->id + 100, SystemStatus::InUse, QDate(2030, 1, 1), &why));
    QVERIFY2(why.contains(QLatin1String("no record")), qPrintable(why));

    const auto history = store->statusHistory(added->id, &why);
    QVERIFY(history);
    QCOMPARE(history->size(), std::size_t(3));
    QCOMPARE(history->at(0).status, SystemStatus::InDevelopment);
    QCOMPARE(history->at(1).date, QDate(2026, 6, 1));
    QCOMPARE(history->at(2).status, SystemStatus::Retired);
    const auto row = store->row(added->id, &why);
    QCOMPARE(row->status, SystemStatus::Retired);
    QCOMPARE(row->statusDate, QDate(2029, 3, 31));
}

void TestRegistryStore::filtersSearchAndSort()
{
    const Connection c = freshDatabase();
    QString why;
    const auto store = RegistryStore::open(c, &why);
    QVERIFY2(store, qPrintable(why));
    std::vector<RegistryRecord> records;
    const RegistryRecord departing = sampleRecord("citizen-services-chatbot");
    const RegistryRecord open = sampleRecord("citizen-services-chatbot-openness-points");
    for (int i = 0; i < 30; ++i) {
        RegistryRecord r = i % 3 == 0 ? departing : open;
        r.reference = QStringLiteral("REF-%1").arg(i, 3, 10, QChar(u'0'));
        r.entity = i % 2 ? QStringLiteral("Department of Agriculture")
                         : QStringLiteral("Department of Revenue");
        r.decisionDate = QDate(2024 + i % 3, 1 + i % 12, 1);
        r.status.front().date = r.decisionDate;
        if (i == 7)
            r.selected.system = QStringLiteral("Bhashini Speech Stack, ÅNGSTRÖM edition");
        records.push_back(r);
    }
    QVERIFY2(store->addAll(records, &why), qPrintable(why));
    QCOMPARE(store->count({}, &why), 30);

    const auto expect = [&](const RegistryFilter& filter, const auto& keep) {
        int expected = 0;
        for (const RegistryRecord& r : records)
            expected += keep(r) ? 1 : 0;
        const auto rows = store->list(filter, &why);
        QVERIFY2(rows, qPrintable(why));
        QCOMPARE(int(rows->size()), expected);
        QCOMPARE(store->count(filter, &why), expected);
    };
    RegistryFilter f;
    f.entity = QStringLiteral("Department of Revenue");
    expect(f, [](const RegistryRecord& r) { return r.entity.endsWith(QLatin1String("Revenue")); });
    f = {};
    f.year = 2025;
    expect(f, [](const RegistryRecord& r) { return r.decisionDate.year() == 2025; });
    f = {};
    f.departure = true;
    expect(f, [](const RegistryRecord& r) { return r.departs(); });
    f = {};
    f.nature = BidNature::OpenSource;
    expect(f, [](const RegistryRecord& r) { return r.selected.nature == BidNature::OpenSource; });
    f = {};
    f.mofClass = QStringLiteral("class-1");
    expect(f, [](const RegistryRecord& r) {
        return r.selected.opennessRecorded && r.selected.mofClass == openness::MofClass::ClassI;
    });
    f = {};
    f.status = SystemStatus::InUse;
    expect(f, [](const RegistryRecord&) { return false; });
    f = {};
    f.year = 2024;
    f.entity = QStringLiteral("Department of Agriculture");
    f.departure = false;
    expect(f, [](const RegistryRecord& r) {
        return r.decisionDate.year() == 2024 && r.entity.endsWith(QLatin1String("Agriculture")) &&
               !r.departs();
    });

    // The search ignores case, beyond ASCII too; each of its words starts a
    // word of the record, and every one must.
    f = {};
    f.text = QStringLiteral("ångström");
    auto rows = store->list(f, &why);
    QVERIFY2(rows, qPrintable(why));
    QCOMPARE(rows->size(), std::size_t(1));
    QCOMPARE(rows->front().reference, QStringLiteral("REF-007"));
    f.text = QStringLiteral("BHASH angstr");
    QCOMPARE(store->count(f, &why), 0); // "angstr" is not "ångstr"
    f.text = QStringLiteral("BHASH, Ångstr");
    QCOMPARE(store->count(f, &why), 1);
    f.text = QStringLiteral("bhashini nowhere");
    QCOMPARE(store->count(f, &why), 0);
    f.text = QStringLiteral("ref 01");
    QCOMPARE(store->count(f, &why), 10); // REF-010 to REF-019
    f.text = QStringLiteral("%");        // no word at all: no condition
    QCOMPARE(store->count(f, &why), 30);

    // Sorted, both ways, with a page.
    f = {};
    f.sort = SortColumn::Reference;
    f.descending = false;
    f.limit = 5;
    f.offset = 2;
    rows = store->list(f, &why);
    QCOMPARE(rows->size(), std::size_t(5));
    QCOMPARE(rows->front().reference, QStringLiteral("REF-002"));
    QCOMPARE(rows->back().reference, QStringLiteral("REF-006"));
    f.descending = true;
    f.offset = 0;
    rows = store->list(f, &why);
    QCOMPARE(rows->front().reference, QStringLiteral("REF-029"));
    // Figures a record lacks sort last either way, on both engines.
    f = {};
    f.sort = SortColumn::LifecycleNpv;
    rows = store->list(f, &why);
    QVERIFY(!rows->back().lifecycleNpv);
}

// Past kSearchCountLimit a search's count stops; a word that starts more
// than 20,000 of the records' words is checked per record rather than
// gathered. Both must give the same rows as a plain filter would.
void TestRegistryStore::searchesWithCommonWords()
{
    const Connection c = freshDatabase();
    QString why;
    const auto store = RegistryStore::open(c, &why);
    QVERIFY2(store, qPrintable(why));
    const RegistryRecord base = sampleRecord("citizen-services-chatbot");
    constexpr int n = kSearchCountLimit + 50;
    std::vector<RegistryRecord> records;
    records.reserve(n);
    for (int i = 0; i < n; ++i) {
        RegistryRecord r = base;
        r.reference = QStringLiteral("MANY/%1").arg(i);
        // "sigma" once in seven: gathered through its index (1,436 words),
        // while "s" starts "sigma", "service" and "system" (over 20,000).
        r.title = QStringLiteral("system %1 for service%2")
                      .arg(i)
                      .arg(i % 7 ? QString() : QStringLiteral(" sigma"));
        r.decisionDate = QDate(2020, 1, 1).addDays(i % 3000);
        r.status.front().date = r.decisionDate;
        records.push_back(r);
    }
    QVERIFY2(store->addAll(records, &why), qPrintable(why));
    QCOMPARE(store->count({}, &why), n); // a filter alone is counted exactly

    RegistryFilter f;
    f.text = QStringLiteral("service");
    QCOMPARE(store->count(f, &why), kSearchCountLimit + 1); // "more than 10,000"
    f.text = QStringLiteral("sigma");
    const int sevenths = (n + 6) / 7;
    QCOMPARE(store->count(f, &why), sevenths);

    // The first page of a common word is the first page of everything.
    RegistryFilter all;
    all.limit = 200;
    const auto everything = store->list(all, &why);
    QVERIFY2(everything, qPrintable(why));
    for (const QString& text : {QStringLiteral("s"), QStringLiteral("SERVICE system")}) {
        f = all;
        f.text = text;
        const auto page = store->list(f, &why);
        QVERIFY2(page, qPrintable(why));
        QCOMPARE(page->size(), std::size_t(200));
        for (std::size_t i = 0; i < page->size(); ++i)
            QCOMPARE(page->at(i).id, everything->at(i).id);
    }
    // A rare word with a common one: the sevenths, in order.
    f = all;
    f.text = QStringLiteral("s sigm");
    f.limit = -1;
    const auto rare = store->list(f, &why);
    QVERIFY2(rare, qPrintable(why));
    QCOMPARE(int(rare->size()), sevenths);
    for (const RegistryRow& row : *rare)
        QVERIFY2(row.reference.mid(5).toInt() % 7 == 0, qPrintable(row.reference));
    for (std::size_t i = 1; i < rare->size(); ++i)
        QVERIFY(rare->at(i - 1).decisionDate >= rare->at(i).decisionDate);

    // The same search again (its words' order remembered, not counted)
    // gives the same rows, and after a write the records it added are
    // found. The order changes time only, so this checks that remembering
    // it changes no result; the time is the benchmark's.
    const auto again = store->list(f, &why);
    QVERIFY2(again, qPrintable(why));
    QCOMPARE(again->size(), rare->size());
    for (std::size_t i = 0; i < again->size(); ++i)
        QCOMPARE(again->at(i).id, rare->at(i).id);
    std::vector<RegistryRecord> more;
    for (int i = 0; i < 3; ++i) {
        RegistryRecord r = base;
        r.reference = QStringLiteral("MORE/%1").arg(i);
        r.title = QStringLiteral("sigmatic system %1").arg(i);
        more.push_back(r);
    }
    QVERIFY2(store->addAll(more, &why), qPrintable(why));
    QCOMPARE(store->count(f, &why), sevenths + 3);
    f.text = QStringLiteral("sigmatic");
    QCOMPARE(store->count(f, &why), 3);
}

void TestRegistryStore::upgradesAVersion1Database()
{
    // A registry as the first version of this code left it, made by hand:
    // no status, contact, OSI result or search text; no status table or indexes.
    const Connection c = freshDatabase();
    if (c.engine == Connection::Engine::Sqlite)
        QVERIFY(QDir().mkpath(QFileInfo(c.path).absolutePath()));
    const RegistryRecord record = sampleRecord();
    {
        QSqlDatabase db = raw(c);
        QSqlQuery q(db);
        const QString id = c.engine == Connection::Engine::Sqlite
                               ? QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT")
                               : QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                                                "PRIMARY KEY");
        QVERIFY2(q.exec(QStringLiteral("CREATE TABLE registry_meta (name TEXT PRIMARY KEY, "
                                       "value TEXT NOT NULL)")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO registry_meta (name, value) VALUES ('schema_version', '1')")));
        QVERIFY2(q.exec(QStringLiteral(
                            "CREATE TABLE registry_records (%1, record_key TEXT NOT NULL UNIQUE, "
                            "reference TEXT NOT NULL, title TEXT NOT NULL, entity TEXT NOT NULL, "
                            "decision_year INTEGER, decision_date TEXT, selected_nature TEXT NOT "
                            "NULL, selected_bidder TEXT NOT NULL, selected_system TEXT NOT NULL, "
                            "mof_class TEXT NOT NULL, departure INTEGER NOT NULL, considerations "
                            "TEXT NOT NULL, currency TEXT NOT NULL, evaluated_price DOUBLE "
                            "PRECISION, lifecycle_npv DOUBLE PRECISION, fingerprint TEXT NOT "
                            "NULL, log_checkpoint TEXT, record_json TEXT NOT NULL, added_at TEXT "
                            "NOT NULL, updated_at TEXT NOT NULL)")
                            .arg(id)),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO registry_records (record_key, reference, title, entity, decision_year, "
            "decision_date, selected_nature, selected_bidder, selected_system, mof_class, "
            "departure, considerations, currency, evaluated_price, lifecycle_npv, fingerprint, "
            "log_checkpoint, record_json, added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        for (const QVariant& v : QVariantList{record.key(),
                                              record.reference,
                                              record.title,
                                              record.entity,
                                              record.decisionDate.year(),
                                              record.decisionDate.toString(Qt::ISODate),
                                              toKey(record.selected.nature),
                                              record.selected.bidder,
                                              record.selected.system,
                                              openness::toKey(record.selected.mofClass),
                                              1,
                                              QStringLiteral("time-to-deploy"),
                                              record.currency,
                                              *record.selected.evaluatedPrice,
                                              QVariant(QMetaType(QMetaType::Double)),
                                              record.fingerprint,
                                              record.logCheckpoint,
                                              QString::fromStdString(recordToJson(record).dump()),
                                              QStringLiteral("2026-03-21T10:00:00Z"),
                                              QStringLiteral("2026-03-21T10:00:00Z")})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    QString why;
    const auto store = RegistryStore::open(c, &why);
    QVERIFY2(store, qPrintable(why));
    QCOMPARE(store->schemaVersion(), 2);
    QCOMPARE(countRows(c, QStringLiteral("SELECT value FROM registry_meta "
                                         "WHERE name = 'schema_version'")),
             2);
    const auto rows = store->list({}, &why);
    QVERIFY2(rows && rows->size() == 1, qPrintable(why));
    const RegistryRow& row = rows->front();
    // The new columns were filled from the version 1 row and its record.
    QCOMPARE(row.status, SystemStatus::InDevelopment);
    QCOMPARE(row.statusDate, record.decisionDate);
    QCOMPARE(row.contact, record.contact);
    QCOMPARE(row.osaid, openness::toKey(record.selected.osaid));
    QCOMPARE(store->statusHistory(row.id, &why)->size(), std::size_t(1));
    RegistryFilter search;
    search.text = record.selected.bidder.toUpper();
    QCOMPARE(store->count(search, &why), 1);
    // And it works as a version 2 registry: a status change, the same tender again.
    QVERIFY2(store->setStatus(row.id, SystemStatus::InUse, QDate(2026, 9, 1), &why),
             qPrintable(why));
    const auto again = store->add(record, QString(), &why);
    QVERIFY2(again && !again->created && again->id == row.id, qPrintable(why));
    QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM registry_records")), 1);
}

void TestRegistryStore::refusesANewerDatabase()
{
    const Connection c = freshDatabase();
    QString why;
    {
        const auto store = RegistryStore::open(c, &why);
        QVERIFY2(store, qPrintable(why));
        QVERIFY(store->add(sampleRecord(), QString(), &why));
    }
    QSqlQuery q(raw(c));
    QVERIFY(q.exec(QStringLiteral("UPDATE registry_meta SET value = '99' "
                                  "WHERE name = 'schema_version'")));
    const auto store = RegistryStore::open(c, &why);
    QVERIFY(!store);
    QVERIFY2(why.contains(QLatin1String("newer Tulana")), qPrintable(why));
    QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM registry_records")), 1);
}

void TestRegistryStore::failureMidwayLeavesNoHalfRecord()
{
    const Connection c = freshDatabase();
    QString why;
    const auto store = RegistryStore::open(c, &why);
    QVERIFY2(store, qPrintable(why));
    // The record's row is written, then the change fails before its status.
    store->setMidTransactionHookForTesting([] { return false; });
    QVERIFY(!store->add(sampleRecord(), QString(), &why));
    QVERIFY2(why.contains(QLatin1String("stopped")), qPrintable(why));
    QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM registry_records")), 0);
    QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM registry_status")), 0);
    // A batch that fails at its tenth record leaves none of the nine before.
    int calls = 0;
    store->setMidTransactionHookForTesting([&calls] { return ++calls < 10; });
    std::vector<RegistryRecord> batch(12, sampleRecord());
    for (std::size_t i = 0; i < batch.size(); ++i)
        batch[i].reference = QStringLiteral("BATCH-%1").arg(i);
    QVERIFY(!store->addAll(batch, &why));
    QCOMPARE(calls, 10);
    QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM registry_records")), 0);
    // And the store goes on working.
    store->setMidTransactionHookForTesting({});
    QVERIFY2(store->add(sampleRecord(), QString(), &why), qPrintable(why));
    QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM registry_status")), 1);
}

void TestRegistryStore::eightWritersLoseAndDuplicateNothing()
{
    const Connection c = freshDatabase();
    QString why;
    // Made first, so the writers race over records rather than over the tables.
    QVERIFY2(RegistryStore::open(c, &why), qPrintable(why));
    constexpr int writers = 8;
    // Records each writer adds; fewer under the sanitizers, where each of
    // the 8,000 transactions is many times slower (TULANA_REGISTRY_WRITES).
    // At least ten, so that the writers share some.
    const int each = std::max(10, checkCountFromEnvironment("TULANA_REGISTRY_WRITES", 1000));
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int w = 0; w < writers; ++w) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(QStringLiteral(TULANA_REGISTRY_WRITER),
                       {c.text(), QString::number(w), QString::number(each),
                        samplePath("citizen-services-chatbot-recorded")});
        processes.push_back(std::move(process));
    }
    for (auto& process : processes) {
        QVERIFY2(process->waitForFinished(600'000), qPrintable(process->errorString()));
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 process->readAll().constData());
    }
    // Each writer's own nine tenths and the tenth every writer shares, each once.
    const int own = each - each / 10;
    const int expected = writers * own + each / 10;
    QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM registry_records")), expected);
    QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(DISTINCT reference) FROM "
                                         "registry_records")),
             expected);
    QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM registry_status")), expected);
    QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM registry_records WHERE "
                                         "reference LIKE 'W7-%'")),
             own);
    QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM registry_records WHERE "
                                         "reference = 'SHARED-%1'")
                              .arg(each - 1)),
             1);
}

#ifdef TULANA_REGISTRY_POSTGRES
void TestRegistryStore::droppedConnectionIsSaidAndRolledBack()
{
    const Connection c = freshDatabase();
    QString why;
    const auto store = RegistryStore::open(c, &why);
    QVERIFY2(store, qPrintable(why));
    const std::optional<qint64> pid = store->backendPidForTesting();
    QVERIFY(pid);
    // Midway through the change, the server ends the store's connection (as
    // a restart or a network cut would).
    store->setMidTransactionHookForTesting([this, &c, pid] {
        QSqlQuery kill(raw(c));
        return kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(*pid));
    });
    QVERIFY(!store->add(sampleRecord(), QString(), &why));
    QVERIFY2(why.contains(QLatin1String("connection")) && why.contains(QLatin1String("lost")) &&
                 why.contains(QLatin1String("nothing of this change was written")),
             qPrintable(why));
    QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM registry_records")), 0);
    QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM registry_status")), 0);
    // A store opened again writes.
    const auto reopened = RegistryStore::open(c, &why);
    QVERIFY2(reopened && reopened->add(sampleRecord(), QString(), &why), qPrintable(why));
}
#endif

QTEST_GUILESS_MAIN(TestRegistryStore)
#include "tst_registrystore.moc"
