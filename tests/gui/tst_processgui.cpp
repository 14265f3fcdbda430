// The recorded process in the app: the Process page shows the stage, what
// is fixed and the log; a file whose log was altered opens with the error
// named; an edit through the window to a part an act has fixed is refused
// with the reason and changes nothing, while the same edit on a tender
// that records no process still works; and the gate's rule (which parts an
// edit changes) covers every part whose digest the edit really changes.
#include "CommitteeKeys.h"
#include "GuiTestSupport.h"
#include "MainWindowFixture.h"

#include "commands/BidCommands.h"
#include "commands/ContextCommands.h"
#include "commands/CostCommands.h"
#include "commands/CriterionCommands.h"
#include "commands/EvaluatorCommands.h"
#include "commands/MarkCommands.h"
#include "commands/TenderCommands.h"
#include "crypto/Signing.h"
#include "document/ProcessLocks.h"
#include "i18n/Language.h"
#include "io/TenderFile.h"
#include "models/ProcessLogModel.h"
#include "process/ProcessParts.h"
#include "process/ProcessState.h"
#include "process/ProcessVerify.h"
#include "process/Recording.h"
#include "util/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <functional>
#include <map>

using namespace tulana;
using namespace tulana::process;

namespace {

using Keys = testsupport::CommitteeKeys;

QDateTime day(int d)
{
    return testsupport::marchDay(d);
}

QString words(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.where + QStringLiteral(": ") + p.message;
    return lines.join(u'\n');
}

// How far the chatbot sample goes through its process.
enum class Until
{
    RulesAnnounced,
    TechnicalLocked,
};

// The chatbot sample with its rules announced and, for TechnicalLocked,
// its envelopes and bids received, eligibility assessed and the technical
// scores locked (every figure sealed in its envelope).
Tender recorded(const Keys& keys, Until until)
{
    Tender t = guitest::sampleTender();
    const Actor officer = keys.actor(QStringLiteral("officer"));
    Problems p = announceRules(t, keys.signers(), 2, officer, day(2));
    if (until == Until::TechnicalLocked) {
        p += testsupport::receiveEveryEnvelope(t, officer, day(9));
        p +=
            recordAct(t, Act::BidsReceived, QStringLiteral("5 bids received"), {}, officer, day(9));
        p += recordAct(t, Act::EligibilityAssessed, QStringLiteral("Eligibility assessed"), {},
                       keys.actor(QStringLiteral("E1")), day(11));
        p += recordAct(t, Act::TechnicalLocked, QStringLiteral("Technical scores locked"), {},
                       keys.actor(QStringLiteral("E2")), day(16));
    }
    if (hasErrors(p))
        qFatal("%s", qPrintable(words(p)));
    return t;
}

} // namespace

class TestProcessGui : public QObject, private guitest::MainWindowFixture
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Saves `tender` in the test's folder and opens it through the window.
    bool openSaved(const Tender& tender, const QString& name = QStringLiteral("t.tulana"))
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!saveTenderFile(tender, path, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return window()->openFile(path);
    }

    void showPage(QWidget* page)
    {
        auto* tabs = find<QTabWidget>("pages");
        const int i = tabs->indexOf(page);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
        QCOMPARE(tabs->currentWidget(), page);
    }

    // Types `text` into the marks sheet's first cell (the first criterion,
    // the first bid, the first member's sheet) and presses Return.
    void typeFirstMark(const QString& text)
    {
        QTest::keyClick(window(), Qt::Key_6, Qt::ControlModifier); // View ▸ Marks
        auto* table = find<QTableView>("marksTable");
        QVERIFY(table->isVisible());
        const QModelIndex cell = table->model()->index(0, 0);
        const QPoint at = table->visualRect(cell).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(editor && editor != table);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits and closes its editor from the event loop.
        QTRY_VERIFY(!table->indexWidget(cell));
    }

    MessageBar* refusal() const { return find<MessageBar>("editRefusedBar"); }

    // A recorded tender saved with one byte of its seventh entry's summary
    // changed, the JSON still valid.
    QString savedWithAlteredLog(const Keys& keys)
    {
        const QString path = m_dir.filePath(QStringLiteral("altered.tulana"));
        if (!saveTenderFile(recorded(keys, Until::TechnicalLocked), path, nullptr))
            return {};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QByteArray bytes = file.readAll();
        file.close();
        if (bytes.count("\"5 bids received\"") != 1)
            return {};
        bytes.replace("\"5 bids received\"", "\"6 bids received\"");
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) < 0)
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
    }
    void init() { QVERIFY(open()); }
    void cleanup() { close(); }

    void theProcessPageListsTheEntriesAndTheStage()
    {
        const Keys keys;
        const Tender t = recorded(keys, Until::TechnicalLocked);
        QVERIFY(openSaved(t));
        QTest::keyClick(window(), Qt::Key_L, Qt::ControlModifier); // View ▸ Process
        QCOMPARE(find<QTabWidget>("pages")->currentWidget(), find<QWidget>("processPage"));

        auto* bar = find<MessageBar>("processVerification");
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Positive);
        QCOMPARE(bar->text(), QStringLiteral("Verified: the log is intact (9 entries)."));
        QVERIFY(!find<QLabel>("processWarning")->isVisible());
        QVERIFY(find<QLabel>("processStage")
                    ->text()
                    .contains(QStringLiteral("Technical scores locked")));

        auto* table = find<QTableView>("processLogTable");
        QVERIFY(table->isVisible());
        QAbstractItemModel* model = table->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 9);
        const auto cell = [model](int row, int column) {
            return model->index(row, column).data().toString();
        };
        QCOMPARE(cell(0, ProcessLogModel::ActColumn), QStringLiteral("Rules announced"));
        QCOMPARE(cell(0, ProcessLogModel::ActorColumn), QStringLiteral("The officer"));
        QCOMPARE(cell(0, ProcessLogModel::TimeColumn), QStringLiteral("2026-03-02 10:00 UTC"));
        QCOMPARE(cell(8, ProcessLogModel::NumberColumn), QStringLiteral("9"));
        QCOMPARE(cell(8, ProcessLogModel::ActColumn), QStringLiteral("Technical scores locked"));
        QCOMPARE(cell(8, ProcessLogModel::ActorColumn), t.evaluators[1].name); // E2, by name
        QCOMPARE(cell(8, ProcessLogModel::SummaryColumn),
                 QStringLiteral("Technical scores locked"));

        // What is fixed, in the core's words; the opening has not happened.
        const QString technical = *lockedBecause(t, Part::Technical);
        QCOMPARE(find<QLabel>(qPrintable(QStringLiteral("processLock%1").arg(int(Part::Technical))))
                     ->text(),
                 technical);
        QCOMPARE(find<QLabel>(qPrintable(QStringLiteral("processLock%1").arg(int(Part::Opened))))
                     ->text(),
                 QStringLiteral("Not fixed yet: can be edited."));
        QVERIFY(find<QLabel>("processCheckpoint")->text().contains(checkpointText(t.process.log)));
    }

    void aTenderWithoutARecordSaysSoPlainly()
    {
        QVERIFY(openSaved(guitest::sampleTender()));
        QTest::keyClick(window(), Qt::Key_L, Qt::ControlModifier);
        auto* bar = find<MessageBar>("processVerification");
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Information);
        QVERIFY(bar->text().startsWith(QStringLiteral("This tender's process is not recorded:")));
        QVERIFY(!bar->text().contains(QStringLiteral("Verified")));
        QVERIFY(!find<QTableView>("processLogTable")->isVisible());
        QVERIFY(!find<QLabel>("processStage")->isVisible());
    }

    void aMarkTypedAfterTheLockIsRefusedWithTheReason()
    {
        const Keys keys;
        const Tender t = recorded(keys, Until::TechnicalLocked);
        QVERIFY(openSaved(t));
        const double before = doc()->tender().bids[0].marks.at(0, 0);
        QVERIFY(before != 3.0);
        typeFirstMark(QStringLiteral("3"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(doc()->tender().bids[0].marks.at(0, 0), before);
        QCOMPARE(doc()->tender().bids, t.bids);
        QCOMPARE(doc()->undoStack()->count(), 0);
        QVERIFY(!doc()->isModified());
        QVERIFY(refusal()->isVisible());
        QVERIFY2(refusal()->text().contains(*lockedBecause(t, Part::Technical)),
                 qPrintable(refusal()->text()));
        // The cell shows the mark the tender holds, not the one typed.
        auto* table = find<QTableView>("marksTable");
        QCOMPARE(table->model()->index(0, 0).data(Qt::EditRole).toDouble(), before);

        // Saved again, the file still verifies.
        QTest::keyClick(window(), Qt::Key_S, Qt::ControlModifier);
        const TenderLoad reread = loadTenderFile(doc()->filePath());
        QVERIFY(reread.tender);
        const Problems problems = verifyProcess(*reread.tender);
        QVERIFY2(problems.isEmpty(), qPrintable(words(problems)));
    }

    void theTechnicalWeightCannotChangeAfterTheAnnouncement()
    {
        const Keys keys;
        const Tender t = recorded(keys, Until::RulesAnnounced);
        QVERIFY(openSaved(t));
        QTest::keyClick(window(), Qt::Key_1, Qt::ControlModifier); // View ▸ Tender
        auto* slider = find<QSlider>("technicalWeightSlider");
        const int shown = slider->value();
        QTest::keyClick(slider, Qt::Key_PageUp);
        QCOMPARE(doc()->tender().technicalWeight, t.technicalWeight);
        QCOMPARE(doc()->tender().financialWeight, t.financialWeight);
        QCOMPARE(doc()->undoStack()->count(), 0);
        QCOMPARE(slider->value(), shown); // back to the announced weight
        QVERIFY(refusal()->isVisible());
        QVERIFY2(refusal()->text().contains(*lockedBecause(t, Part::Rules)),
                 qPrintable(refusal()->text()));
        // The marks are not fixed yet: entering one is still allowed, and
        // the refusal's message goes with that edit.
        typeFirstMark(QStringLiteral("3"));
        QCOMPARE(doc()->tender().bids[0].marks.at(0, 0), 3.0);
        QVERIFY(!refusal()->isVisible());
    }

    // The regression: a tender that records no process is edited as always.
    void theSameEditsWorkWithoutARecordedProcess()
    {
        const Tender t = guitest::sampleTender();
        QVERIFY(openSaved(t));
        typeFirstMark(QStringLiteral("3"));
        QCOMPARE(doc()->tender().bids[0].marks.at(0, 0), 3.0);
        QTest::keyClick(window(), Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(find<QSlider>("technicalWeightSlider"), Qt::Key_PageUp);
        QVERIFY(doc()->tender().technicalWeight != t.technicalWeight);
        QCOMPARE(doc()->undoStack()->count(), 2);
        QVERIFY(!refusal()->isVisible());
    }

    void anAlteredLogOpensWithTheErrorNamingTheEntry()
    {
        const Keys keys;
        const QString path = savedWithAlteredLog(keys);
        QVERIFY(!path.isEmpty());
        QVERIFY(window()->openFile(path));
        // The page with the banner is the one shown.
        QCOMPARE(find<QTabWidget>("pages")->currentWidget(), find<QWidget>("processPage"));
        auto* bar = find<MessageBar>("processVerification");
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY2(bar->text().contains(QStringLiteral("entry 7")), qPrintable(bar->text()));
        QVERIFY(!bar->text().contains(QStringLiteral("process.log"))); // words, not places
        auto* warning = find<QLabel>("processWarning");
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("does not verify")));
        // Opening another tender takes the warning away.
        QVERIFY(openSaved(guitest::sampleTender(), QStringLiteral("plain.tulana")));
        QVERIFY(!warning->isVisible());
    }

    // TULANA_GRAB_DIR=folder: the Process page of a recorded tender, of one
    // whose log was altered, and a refused mark, at 1280 × 800, in English
    // and Hindi, to look at.
    void everyProcessScreenIsDrawnInBothLanguages()
    {
        // Every screen is drawn in both languages; it is saved only when asked.
        const QString dir = qEnvironmentVariable("TULANA_GRAB_DIR");
        const Keys keys;
        const Tender t = recorded(keys, Until::TechnicalLocked);
        const auto grab = [this, &dir](const QString& name) {
            QTest::qWait(100); // the layouts settle, as they would on screen
            const QPixmap shot = window()->grab();
            return !shot.isNull() && (dir.isEmpty() || shot.save(dir + QLatin1Char('/') + name));
        };
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("hi")}) {
            QVERIFY(i18n::useLanguage(language));
            close();
            QVERIFY(open()); // built in the language
            window()->resize(1280, 800);
            QVERIFY(openSaved(t));
            QTest::keyClick(window(), Qt::Key_L, Qt::ControlModifier);
            QVERIFY(grab(QStringLiteral("process-%1.png").arg(language)));
            typeFirstMark(QStringLiteral("3"));
            QVERIFY(grab(QStringLiteral("marks-refused-%1.png").arg(language)));
            QVERIFY(window()->openFile(savedWithAlteredLog(keys)));
            QVERIFY(grab(QStringLiteral("process-altered-%1.png").arg(language)));
            QVERIFY(openSaved(guitest::sampleTender(), QStringLiteral("plain.tulana")));
            QTest::keyClick(window(), Qt::Key_L, Qt::ControlModifier);
            QVERIFY(grab(QStringLiteral("process-not-recorded-%1.png").arg(language)));
        }
        QVERIFY(i18n::useLanguage(QStringLiteral("en")));
    }

    // The gate's rule against the core's projections: for an edit of each
    // kind, every part whose digest the edit changes is among the parts
    // partsChangedBy() names for the changes the command makes.
    void theGateNamesEveryPartAnEditChanges_data()
    {
        using Make = std::function<QUndoCommand*(TenderDocument*)>;
        QTest::addColumn<Make>("make");
        const auto row = [](const char* name, Make make) { QTest::newRow(name) << make; };
        row("a criterion's weight", [](TenderDocument* d) {
            return new SetCriterionFieldCommand(d, {0, 0}, CriterionField::Weight, 7.0);
        });
        row("a criterion's id", [](TenderDocument* d) {
            return new SetCriterionFieldCommand(d, {0, 0}, CriterionField::Id, QStringLiteral("Z"));
        });
        row("a criterion removed", [](TenderDocument* d) {
            return new RemoveCriterionCommand(d, {0, 0});
        });
        row("the weights", [](TenderDocument* d) { return new SetQcbsWeightsCommand(d, 60, 40); });
        row("the minimum technical score", [](TenderDocument* d) {
            return new SetTenderFieldCommand(d, TenderField::MinimumTechnicalScore, 55.0);
        });
        row("a bidder", [](TenderDocument* d) {
            return new SetBidFieldCommand(d, 0, BidField::Bidder, QStringLiteral("X Ltd"));
        });
        row("a bid's id", [](TenderDocument* d) {
            return new SetBidFieldCommand(d, 0, BidField::Id, QStringLiteral("B9"));
        });
        row("a price",
            [](TenderDocument* d) { return new SetBidFieldCommand(d, 0, BidField::Price, 9.0e6); });
        row("a bid's status", [](TenderDocument* d) {
            return new SetBidFieldCommand(d, 0, BidField::Status, int(BidStatus::NonResponsive));
        });
        row("a bid removed", [](TenderDocument* d) { return new RemoveBidCommand(d, 0); });
        row("a mark", [](TenderDocument* d) { return new SetMarkCommand(d, 0, 0, 0, 1.0); });
        row("a member's name", [](TenderDocument* d) {
            return new SetEvaluatorFieldCommand(d, 0, EvaluatorField::Name, QStringLiteral("X"));
        });
        row("a member removed", [](TenderDocument* d) { return new RemoveEvaluatorCommand(d, 0); });
        row("a cost line", [](TenderDocument* d) {
            return new AddCostLineCommand(d, 0, 0,
                                          cost::CostLine{QStringLiteral("licence"), 5, {}, {}, {}});
        });
        row("the title", [](TenderDocument* d) {
            return new SetTenderFieldCommand(d, TenderField::Title, QStringLiteral("Other"));
        });
    }

    void theGateNamesEveryPartAnEditChanges()
    {
        using Make = std::function<QUndoCommand*(TenderDocument*)>;
        QFETCH(Make, make);
        TenderDocument document;
        document.reset(guitest::sampleTender());
        const Part parts[] = {Part::Rules,     Part::Bids,   Part::Eligibility,
                              Part::Technical, Part::Opened, Part::Decision};
        std::map<Part, QByteArray> before;
        for (const Part p : parts)
            before[p] = partDigest(document.tender(), p);
        QUndoCommand* command = make(&document);
        std::vector<Part> named;
        for (const TenderChange& change : document.changesOf(command))
            for (const Part p : partsChangedBy(change))
                named.push_back(p);
        QVERIFY2(document.tender() == guitest::sampleTender(), "the dry run changed the tender");
        QVERIFY(document.push(command)); // nothing is locked here
        for (const Part p : parts)
            if (partDigest(document.tender(), p) != before[p])
                QVERIFY2(std::find(named.begin(), named.end(), p) != named.end(),
                         qPrintable(QStringLiteral("part %1 changed, not named").arg(int(p))));
    }
};

QTEST_MAIN(TestProcessGui)
#include "tst_processgui.moc"
