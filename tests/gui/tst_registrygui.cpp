// The registry in the app: the table model (checked by QAbstractItemModelTester),
// the Registry window's search, filters, sorting and charts over a real SQLite
// registry, and the Decision page's actions, enabled once the decision is
// finalised and adding the record the CLI would.
#include "registry/RegistryActions.h"
#include "registry/RegistryCharts.h"
#include "registry/RegistryModel.h"
#include "registry/RegistryWindow.h"
#include "scoring/Evaluator.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace tulana;
using namespace tulana::registry;

namespace {

RegistryRecord recordOf(const char* sample)
{
    const Tender tender = guitest::sampleTender(sample);
    return *buildRegistryRecord(tender, evaluate(tender), {}).record;
}

} // namespace

class TestRegistryGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelPassesTheTester();
    void windowFiltersSearchesAndSorts();
    void windowReadsAPageAtATime();
    void chartsCountWhatTheRowsSay();
    void decisionActionsAddTheRecord();

private:
    QTemporaryDir m_dir;
    Connection m_connection;
    std::vector<RegistryRecord> m_records;
};

void TestRegistryGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_connection.path = m_dir.filePath(QStringLiteral("registry.sqlite"));
    const RegistryRecord departing = recordOf("citizen-services-chatbot");
    const RegistryRecord open = recordOf("citizen-services-chatbot-lifecycle");
    const QStringList entities{QStringLiteral("Department of Revenue"),
                               QStringLiteral("Department of Agriculture"),
                               QStringLiteral("State e-Governance Mission")};
    for (int i = 0; i < 24; ++i) {
        RegistryRecord r = i % 3 == 0 ? departing : open;
        r.reference = QStringLiteral("AI/%1").arg(i, 2, 10, QChar(u'0'));
        r.entity = entities.at(i % 3);
        r.decisionDate = QDate(2023 + i % 4, 3, 1 + i);
        r.status.front().date = r.decisionDate;
        if (i == 5)
            r.title = QStringLiteral("Crop advisory chatbot for farmers");
        m_records.push_back(r);
    }
    QString why;
    const auto store = RegistryStore::open(m_connection, &why);
    QVERIFY2(store && store->addAll(m_records, &why), qPrintable(why));
}

void TestRegistryGui::modelPassesTheTester()
{
    RegistryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString why;
    const auto store = RegistryStore::open(m_connection, &why);
    model.setRows(*store->list({}, &why));
    QCOMPARE(model.rowCount(), 24);
    QCOMPARE(model.columnCount(), int(RegistryModel::ColumnCount));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
    model.setRows(*store->list({}, &why));
    // The newest decision first by default, as the store sorts.
    QCOMPARE(model.data(model.index(0, RegistryModel::Decided)).toString(),
             QStringLiteral("2026-03-24"));
    QVERIFY(!model.data(model.index(0, RegistryModel::LifecycleCost)).toString().isEmpty());
}

void TestRegistryGui::windowFiltersSearchesAndSorts()
{
    RegistryWindow window(m_connection);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RegistryModel* model = window.model();
    QCOMPARE(model->rowCount(), 24);

    QComboBox* entity = window.filter(QStringLiteral("entity"));
    QVERIFY(entity);
    entity->setCurrentIndex(entity->findData(QStringLiteral("Department of Agriculture")));
    QCOMPARE(model->rowCount(), 8);
    QComboBox* departure = window.filter(QStringLiteral("departure"));
    departure->setCurrentIndex(departure->findData(QStringLiteral("yes")));
    // Departing records are i % 3 == 0, all of the Revenue department.
    QCOMPARE(model->rowCount(), 0);
    entity->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), 8);
    departure->setCurrentIndex(0);
    QComboBox* year = window.filter(QStringLiteral("year"));
    year->setCurrentIndex(year->findData(QStringLiteral("2024")));
    QCOMPARE(model->rowCount(), 6);
    year->setCurrentIndex(0);

    window.searchBox()->setText(QStringLiteral("crop advis"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowAt(0)->reference, QStringLiteral("AI/05"));
    window.searchBox()->clear();
    QTRY_COMPARE(model->rowCount(), 24);

    // A header click sorts through the store, both ways.
    auto* table = window.findChild<QTableView*>(QStringLiteral("registryTable"));
    table->horizontalHeader()->setSortIndicator(RegistryModel::Reference, Qt::AscendingOrder);
    QCOMPARE(model->rowAt(0)->reference, QStringLiteral("AI/00"));
    table->horizontalHeader()->setSortIndicator(RegistryModel::Reference, Qt::DescendingOrder);
    QCOMPARE(model->rowAt(0)->reference, QStringLiteral("AI/23"));

    window.tabs()->setCurrentIndex(1);
    QCOMPARE(window.findChildren<QChartView*>().size(), 4);
    if (const QByteArray dir = qgetenv("TULANA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window.resize(1200, 760);
        QTest::qWait(50);
        window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/registry-charts.png"));
        window.tabs()->setCurrentIndex(0);
        QTest::qWait(50);
        window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/registry-records.png"));
    }
}

// The list reads a page at a time as the view scrolls, says how many match
// in all, and the charts count every matching record, not the page.
void TestRegistryGui::windowReadsAPageAtATime()
{
    RegistryWindow window(m_connection);
    QAbstractItemModelTester tester(window.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.setPageSize(10);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RegistryModel* model = window.model();
    auto* count = window.findChild<QLabel*>(QStringLiteral("registryCount"));
    QVERIFY(count);
    // The view may already have asked for a page or two to fill itself.
    QVERIFY(model->rowCount() >= 10);
    QVERIFY(model->rowCount() % 10 == 0 || model->rowCount() == 24);
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), 24);
    // "record(s)" until an English translation supplies the plural.
    QVERIFY2(count->text().startsWith(QLatin1String("24 record")), qPrintable(count->text()));
    // In the store's order, without a gap or a repeat between pages.
    QString why;
    const auto store = RegistryStore::open(m_connection, &why);
    const auto all = store->list({}, &why);
    QVERIFY2(all, qPrintable(why));
    for (int i = 0; i < 24; ++i)
        QCOMPARE(model->rowAt(i)->id, all->at(std::size_t(i)).id);

    // With room for a few rows the view asks for nothing more: the first
    // page alone, and the total.
    window.resize(900, 260);
    window.setPageSize(5);
    // The Department of Agriculture's eight records: fewer than all.
    window.searchBox()->setText(QStringLiteral("agricult"));
    QTRY_VERIFY2(count->text().contains(QLatin1String("5 shown of 8 record")),
                 qPrintable(count->text()));
    QCOMPARE(model->rowCount(), 5);
    // Scrolled to its end, the view asks for the rest itself.
    auto* table = window.findChild<QTableView*>(QStringLiteral("registryTable"));
    table->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), 8);
    QVERIFY2(count->text().startsWith(QLatin1String("8 record")), qPrintable(count->text()));
    window.tabs()->setCurrentIndex(1);
    auto* note = window.findChild<QLabel*>(QStringLiteral("registryChartNote"));
    QVERIFY(note);
    QVERIFY2(note->text().startsWith(QLatin1String("Charts of the 8 record")),
             qPrintable(note->text()));
    // AI/01 and AI/13 of those were decided in 2024.
    window.filter(QStringLiteral("year"))
        ->setCurrentIndex(window.filter(QStringLiteral("year"))->findData(QStringLiteral("2024")));
    QVERIFY2(note->text().startsWith(QLatin1String("Charts of the 2 record")),
             qPrintable(note->text()));
}

void TestRegistryGui::chartsCountWhatTheRowsSay()
{
    QString why;
    const auto store = RegistryStore::open(m_connection, &why);
    const std::vector<RegistryRow> rows = *store->list({}, &why);
    int open = 0;
    for (const RegistryRow& r : rows)
        open += r.nature == BidNature::OpenSource ? 1 : 0;
    int counted = 0;
    int total = 0;
    for (const OpenShare& s : openShareByYear(rows)) {
        counted += s.openSource;
        total += s.total;
    }
    QCOMPARE(total, 24);
    QCOMPARE(counted, open);
    const auto cited = considerationsCited(rows);
    QVERIFY(!cited.empty());
    // Eight departing records, each citing the chatbot's three considerations.
    for (const auto& [id, count] : cited)
        QCOMPARE(count, 8);
    const auto costs = meanLifecycleCostByNature(rows);
    QCOMPARE(costs.size(), std::size_t(1)); // only the lifecycle sample has an NPV
    QCOMPARE(costs.front().second, *m_records[1].selected.lifecycleNpv);
}

void TestRegistryGui::decisionActionsAddTheRecord()
{
    TenderDocument document;
    Tender tender = guitest::sampleTender("citizen-services-chatbot-recorded");
    tender.decision.finalised = false;
    document.reset(tender, guitest::samplePath("citizen-services-chatbot-recorded"));
    QWidget window;
    RegistryActions actions(&document, &window);
    QVERIFY(!actions.addAction()->isEnabled());
    QVERIFY(!actions.statusAction()->isEnabled());
    tender.decision.finalised = true;
    document.reset(tender, guitest::samplePath("citizen-services-chatbot-recorded"));
    QVERIFY(actions.addAction()->isEnabled());

    Connection fresh;
    fresh.path = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    RecordOptions options;
    options.publishScores = true;
    QString why;
    const auto added = actions.addTo(fresh, options, &why);
    QVERIFY2(added && added->created, qPrintable(why));
    const auto store = RegistryStore::open(fresh, &why);
    const auto row = store->row(added->id, &why);
    QVERIFY(row);
    QCOMPARE(row->reference, tender.reference);
    QCOMPARE(row->tenderFile, guitest::samplePath("citizen-services-chatbot-recorded"));
    QCOMPARE(store->findRecord(recordOf("citizen-services-chatbot-recorded").key(), &why),
             std::optional<qint64>(added->id));
}

QTEST_MAIN(TestRegistryGui)
#include "tst_registrygui.moc"
