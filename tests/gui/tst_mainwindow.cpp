// The main flows of the desktop application, driven through its widgets as
// found by objectName, offscreen.

#include "GuiTestSupport.h"
#include "MainWindowFixture.h"
#include "commands/TenderCommands.h"

#include "document/TenderDocument.h"
#include "io/TenderFile.h"
#include "models/BidsModel.h"
#include "models/ConsiderationsModel.h"
#include "models/CriteriaModel.h"
#include "models/RankingModel.h"
#include "pages/BidsPage.h"
#include "settings/Settings.h"
#include "util/MessageBar.h"
#include "validation/TenderValidator.h"
#include "views/MainWindow.h"
#include "widgets/NewTenderWizard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScatterSeries>
#include <QScreen>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace tulana;

namespace {

template <typename T> T* child(QWidget* parent, const char* objectName)
{
    T* found = parent->findChild<T*>(QLatin1String(objectName));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), objectName);
    return found;
}

template <typename Series> Series* chartSeries(QWidget* chartWidget, const char* objectName)
{
    auto* view = chartWidget->findChild<QChartView*>();
    if (!view)
        return nullptr;
    for (QAbstractSeries* s : view->chart()->series())
        if (s->objectName() == QLatin1String(objectName))
            return qobject_cast<Series*>(s);
    return nullptr;
}

void clickAction(QWidget* window, const char* objectName)
{
    child<QAction>(window, objectName)->trigger();
}

} // namespace

class TestMainWindow : public QObject, protected guitest::MainWindowFixture
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void showPage(int number)
    {
        const QByteArray name = "actionPage" + QByteArray::number(number);
        clickAction(window(), name.constData());
    }
    void openSample()
    {
        QVERIFY(window()->openFile(guitest::samplePath()));
        QVERIFY(!doc()->isModified());
    }

    // Edits, each through the widget an officer would use.
    using Edit = std::function<void(TestMainWindow&)>;
    static const std::vector<std::pair<const char*, Edit>>& edits();

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
    }

    void init() { QVERIFY(open()); }

    void cleanup() { close(); }

    void createTenderEnterEverythingAndSeeTheWinner()
    {
        // The wizard, filled in and finished like an officer would.
        bool wizardShown = false;
        guitest::whenModal([&wizardShown](QWidget* modal) {
            auto* wizard = qobject_cast<NewTenderWizard*>(modal);
            QVERIFY(wizard);
            wizardShown = true;
            QTest::keyClicks(child<QLineEdit>(wizard, "referenceEdit"), QStringLiteral("T/1"));
            QTest::keyClicks(child<QLineEdit>(wizard, "titleEdit"), QStringLiteral("Chatbot"));
            for (int page = 0; page < 5 && wizard->currentId() != wizard->pageIds().constLast();
                 ++page)
                wizard->next();
            wizard->button(QWizard::FinishButton)->click();
        });
        QVERIFY(window()->newTender());
        QVERIFY(wizardShown);
        QCOMPARE(doc()->tender().reference, QStringLiteral("T/1"));
        QVERIFY(window()->isWindowModified());
        QVERIFY(window()->windowTitle().startsWith(QStringLiteral("Untitled")));

        // Criteria: a second criterion beside the starter one, weights in step.
        showPage(2);
        auto* tree = find<QTreeView>("criteriaTree");
        const QModelIndex starter = tree->model()->index(0, 0, tree->model()->index(0, 0));
        tree->setCurrentIndex(starter);
        find<QPushButton>("addCriterionButton")->click();
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 2);
        auto* name = find<QLineEdit>("criterionNameEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Data security"));
        QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Data security"));
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Change name of “New criterion”"));
        auto* weight = find<QDoubleSpinBox>("criterionWeightSpin");
        weight->setValue(40);
        QCOMPARE(find<QSlider>("criterionWeightSlider")->value(), 400);
        auto* total = find<MessageBar>("criteriaTotal");
        QCOMPARE(total->kind(), MessageBar::Kind::Warning);
        QVERIFY(total->text().contains(QStringLiteral("140")));
        tree->setCurrentIndex(starter);
        weight->setValue(60);
        QCOMPARE(total->kind(), MessageBar::Kind::Information);

        // Three bids; one price typed in the table's own editor.
        showPage(3);
        auto* bids = find<QTableView>("bidsTable");
        for (int i = 0; i < 3; ++i)
            find<QPushButton>("addBidButton")->click();
        QCOMPARE(bids->model()->rowCount(), 3);
        QAbstractItemModel* model = bids->model();
        const double prices[] = {0, 1.5e7, 1.0e7};
        for (int row = 0; row < 3; ++row) {
            QVERIFY(model->setData(model->index(row, BidsModel::BidderColumn),
                                   QStringLiteral("Bidder %1").arg(row + 1)));
            if (row > 0)
                QVERIFY(model->setData(model->index(row, BidsModel::PriceColumn), prices[row]));
        }
        const QModelIndex price = model->index(0, BidsModel::PriceColumn);
        bids->setCurrentIndex(price);
        bids->edit(price);
        auto* amount = bids->findChild<QLineEdit*>(QStringLiteral("amountEdit"));
        QVERIFY(amount);
        QTest::keyClicks(amount, QStringLiteral("1,25,00,000"));
        QTest::keyClick(amount, Qt::Key_Return);
        QCOMPARE(doc()->tender().bids[0].price, 1.25e7);

        showPage(7);
        auto* bars = find<QWidget>("scoreBarChart");
        auto* barSeries = chartSeries<QHorizontalStackedBarSeries>(bars, "scoreBars");
        QVERIFY(barSeries);
        QCOMPARE(barSeries->barSets().first()->count(), 0); // nothing marked yet

        // Marks: every evaluator marks every bid.
        showPage(6);
        auto* evaluator = find<QComboBox>("evaluatorCombo");
        auto* marks = find<QTableView>("marksTable")->model();
        const double given[3][2] = {{8, 7}, {9, 9}, {6, 6}}; // per bid: criterion 1, 2
        for (int e = 0; e < 3; ++e) {
            if (e > 0)
                QTest::keyClick(evaluator, Qt::Key_Down);
            QCOMPARE(evaluator->currentIndex(), e);
            for (int bid = 0; bid < 3; ++bid)
                for (int leaf = 0; leaf < 2; ++leaf)
                    QVERIFY(marks->setData(marks->index(leaf, bid), given[bid][leaf]));
        }

        // The evaluation: B2 wins on quality; B3 (60) is below the minimum.
        showPage(7);
        QVERIFY(doc()->evaluation().evaluated);
        QVERIFY(find<MessageBar>("awardBanner")->text().startsWith(QStringLiteral("Winner: B2")));
        auto* ranking = find<QTableView>("rankingTable")->model();
        QCOMPARE(ranking->index(0, RankingModel::BidColumn).data().toString(),
                 QStringLiteral("B2"));
        QCOMPARE(ranking->index(2, RankingModel::BidColumn).data().toString(),
                 QStringLiteral("B3"));
        QCOMPARE(barSeries->barSets().first()->count(), 2);
        auto* winner = chartSeries<QScatterSeries>(find<QWidget>("priceScatterChart"), "winner");
        QVERIFY(winner);
        QCOMPARE(winner->count(), 1);

        // Live: B1 cuts its price, and it wins at once.
        QVERIFY(model->setData(model->index(0, BidsModel::PriceColumn), 8.0e6));
        QVERIFY(find<MessageBar>("awardBanner")->text().startsWith(QStringLiteral("Winner: B1")));
        QCOMPARE(ranking->index(0, RankingModel::BidColumn).data().toString(),
                 QStringLiteral("B1"));
    }

    void undoAndRedoEachKindOfEdit_data()
    {
        QTest::addColumn<int>("edit");
        for (std::size_t i = 0; i < edits().size(); ++i)
            QTest::newRow(edits()[i].first) << int(i);
    }

    void undoAndRedoEachKindOfEdit()
    {
        QFETCH(int, edit);
        openSample();
        const Tender before = doc()->tender();
        edits()[std::size_t(edit)].second(*this);
        const Tender after = doc()->tender();
        QVERIFY2(!(after == before), "the edit changed nothing");
        QVERIFY(window()->isWindowModified());
        auto* undo = find<QAction>("actionUndo");
        auto* redo = find<QAction>("actionRedo");
        QVERIFY(undo->isEnabled());
        QVERIFY(undo->text().startsWith(QStringLiteral("&Undo ")));
        undo->trigger();
        QVERIFY(doc()->tender() == before);
        QVERIFY(!window()->isWindowModified());
        QVERIFY(redo->text().startsWith(QStringLiteral("&Redo ")));
        redo->trigger();
        QVERIFY(doc()->tender() == after);
    }

    // With announced openness marks the criteria share 100 less those marks,
    // as the core's validator says; the page must not ask for 100.
    void theCriteriaPageAsksForTheCoresTarget()
    {
        QVERIFY(
            window()->openFile(guitest::samplePath("citizen-services-chatbot-openness-points")));
        QVERIFY(doc()->tender().openness.isOn());
        QVERIFY(doc()->tender().openness.maxMarks > 0);
        showPage(2);
        auto* total = find<MessageBar>("criteriaTotal");
        QCOMPARE(total->kind(), MessageBar::Kind::Information);
        QVERIFY2(!total->text().contains(QStringLiteral("must add up to")),
                 qPrintable(total->text()));
        QVERIFY2(total->text().contains(QStringLiteral("for openness")), qPrintable(total->text()));
        QVERIFY(checkTenderValues(doc()->tender()).isEmpty() ||
                !hasErrors(checkTenderValues(doc()->tender())));
    }

    // A tree deeper than a file may hold would not open again once saved.
    void subCriteriaStopAtTheDepthAFileMayHold()
    {
        openSample();
        showPage(2);
        auto* tree = find<QTreeView>("criteriaTree");
        auto* addSub = find<QPushButton>("addSubCriterionButton");
        tree->setCurrentIndex(tree->model()->index(0, 0));
        for (int i = 0; i < 2 * kMaxCriteriaDepth && addSub->isEnabled(); ++i)
            addSub->click();
        QVERIFY(!addSub->isEnabled());
        QCOMPARE(criteriaDepth(doc()->tender().criteria), kMaxCriteriaDepth);
        QString why;
        QVERIFY2(
            saveTenderFile(doc()->tender(), m_dir.filePath(QStringLiteral("deep.tulana")), &why),
            qPrintable(why));
    }

    // A group's first child is "<group>.1": after a group is renamed, its
    // child keeps "T5.1", and the next group must not be "T5" again.
    void aNewGroupNeverRepeatsARenamedGroupsChild()
    {
        openSample();
        showPage(2);
        auto* tree = find<QTreeView>("criteriaTree");
        QAbstractItemModel* model = tree->model();
        find<QPushButton>("addGroupButton")->click();
        const int group = model->rowCount() - 1;
        const QString firstId = model->index(group, CriteriaModel::IdColumn).data().toString();
        QVERIFY(
            model->setData(model->index(group, CriteriaModel::IdColumn), QStringLiteral("Tech")));
        find<QPushButton>("addGroupButton")->click();
        QCOMPARE(model->rowCount(), group + 2);
        const QString secondId = model->index(group + 1, CriteriaModel::IdColumn).data().toString();
        QVERIFY2(secondId != firstId, qPrintable(secondId));
        const Problems repeated = idProblems(doc()->tender());
        QVERIFY2(repeated.isEmpty(), qPrintable(repeated.value(0).message));
        QString why;
        QVERIFY2(
            saveTenderFile(doc()->tender(), m_dir.filePath(QStringLiteral("groups.tulana")), &why),
            qPrintable(why));
    }

    void aBadPriceIsRefusedWithAMessageAndNoChange_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("a negative amount") << QStringLiteral("-5");
        QTest::newRow("an ambiguous grouping") << QStringLiteral("1,2,3");
        // Beyond the amount ceiling (tender/Amount.h): scores would become inf.
        QTest::newRow("10^17") << QStringLiteral("1,00,00,00,00,00,00,00,000");
    }

    void aBadPriceIsRefusedWithAMessageAndNoChange()
    {
        QFETCH(QString, typed);
        openSample();
        showPage(3);
        auto* bids = find<QTableView>("bidsTable");
        const QModelIndex price = bids->model()->index(1, BidsModel::PriceColumn);
        const QString shown = price.data().toString();
        bids->setCurrentIndex(price);
        bids->edit(price);
        auto* amount = bids->findChild<QLineEdit*>(QStringLiteral("amountEdit"));
        QVERIFY(amount);
        amount->clear();
        QTest::keyClicks(amount, typed);
        QTest::keyClick(amount, Qt::Key_Return);
        auto* message = find<MessageBar>("bidsMessage");
        QVERIFY(message->isVisible());
        QCOMPARE(message->kind(), MessageBar::Kind::Error);
        QVERIFY(message->text().startsWith(QStringLiteral("The price was not changed")));
        QCOMPARE(price.data().toString(), shown);
        QCOMPARE(doc()->undoStack()->count(), 0);
        QVERIFY(!window()->isWindowModified());
    }

    // A refused edit's message is about that moment: once the tender changes
    // in any way (here, Edit ▸ Undo of an earlier change of the title, which
    // is no change of a bid), it goes.
    void aRefusalGoesWhenTheTenderChanges()
    {
        openSample();
        doc()->undoStack()->push(new SetTenderFieldCommand(doc(), TenderField::Title,
                                                           QStringLiteral("A corrected title")));
        showPage(3);
        auto* bids = find<QTableView>("bidsTable");
        const auto typePrice = [&](int row, const QString& typed) {
            const QModelIndex price = bids->model()->index(row, BidsModel::PriceColumn);
            bids->setCurrentIndex(price);
            bids->edit(price);
            // The editor of this cell, which has focus (the last one may
            // still be waiting for deletion).
            auto* amount = qobject_cast<QLineEdit*>(QApplication::focusWidget());
            QVERIFY(amount);
            QCOMPARE(amount->objectName(), QStringLiteral("amountEdit"));
            amount->selectAll();
            QTest::keyClicks(amount, typed);
            QTest::keyClick(amount, Qt::Key_Return);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        };
        typePrice(1, QStringLiteral("0"));
        auto* message = find<MessageBar>("bidsMessage");
        QVERIFY(message->isVisible());
        QCOMPARE(message->kind(), MessageBar::Kind::Error);
        find<QAction>("actionUndo")->trigger();
        QVERIFY(doc()->tender().title != QStringLiteral("A corrected title"));
        QVERIFY(!message->isVisible());
    }

    // The budget's complaint, too, goes when the tender changes or an edit
    // is undone.
    void aBudgetComplaintGoesWhenTheTenderChanges()
    {
        openSample();
        doc()->undoStack()->push(
            new SetTenderFieldCommand(doc(), TenderField::Method, int(SelectionMethod::Fbs)));
        showPage(1);
        auto* budget = find<QLineEdit>("budgetEdit");
        QVERIFY(budget->isEnabled());
        budget->setFocus();
        budget->selectAll();
        QTest::keyClicks(budget, QStringLiteral("a lot"));
        QTest::keyClick(budget, Qt::Key_Tab);
        auto* message = find<MessageBar>("budgetMessage");
        QVERIFY(message->isVisible());
        QCOMPARE(message->kind(), MessageBar::Kind::Error);
        find<QAction>("actionUndo")->trigger();
        QVERIFY(!message->isVisible());
    }

    void aCorruptFileShowsALocatedErrorAndTheTenderStaysOpen()
    {
        openSample();
        const Tender before = doc()->tender();
        const QString title = window()->windowTitle();
        QFile sample(guitest::samplePath());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QByteArray bytes = sample.readAll();
        bytes.replace("\"price\": 11850000", "\"price\": \"lots\"");
        const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.tulana"));
        QFile out(corrupt);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();

        QStringList places;
        guitest::whenModal([&places](QWidget* modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("problemsDialog"));
            auto* list = child<QTreeWidget>(modal, "problemsList");
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                places << list->topLevelItem(i)->text(0);
            static_cast<QDialog*>(modal)->reject();
        });
        QVERIFY(!window()->openFile(corrupt));
        // In words, counted from 1: the file did not load, so no id is known.
        QVERIFY2(places.contains(QStringLiteral("bid no. 1 › price")),
                 qPrintable(places.join(QLatin1Char(','))));
        QVERIFY(doc()->tender() == before);
        QCOMPARE(doc()->filePath(), QFileInfo(guitest::samplePath()).absoluteFilePath());
        QCOMPARE(window()->windowTitle(), title);
    }

    void aBadCsvShowsLocatedProblemsAndImportsNothing()
    {
        openSample();
        const QString path = m_dir.filePath(QStringLiteral("bad-bids.csv"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("bidder,system,nature,price\n"
                  "Good Co,Model A,open-source,\"1,10,00,000\"\n"
                  "Bad Co,Model B,proprietary,12 lakh\n");
        csv.close();
        QStringList places;
        guitest::whenModal([&places](QWidget* modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("problemsDialog"));
            auto* list = child<QTreeWidget>(modal, "problemsList");
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                places << list->topLevelItem(i)->text(0);
            static_cast<QDialog*>(modal)->reject();
        });
        QVERIFY(!find<BidsPage>("bidsPage")->importBidsFile(path));
        QVERIFY2(places.contains(QStringLiteral("bad-bids.csv:3:price")),
                 qPrintable(places.join(QLatin1Char(','))));
        QCOMPARE(int(doc()->tender().bids.size()), 5);
        QCOMPARE(doc()->undoStack()->count(), 0);
    }

    // The template the Bids page saves is the file its import reads back:
    // filled in by a spreadsheet, one row imports as one bid.
    void aSavedBidsTemplateImportsOnceFilledIn()
    {
        openSample();
        auto* page = find<BidsPage>("bidsPage");
        const QString path = m_dir.filePath(QStringLiteral("template.csv"));
        QVERIFY(page->saveTemplateFile(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray csv = file.readAll();
        file.close();
        QVERIFY(csv.startsWith("id,bidder,system,nature,price,tax,status,status reason,"));
        const int columns = int(csv.trimmed().count(',')) + 1;
        QByteArray row = ",New Co,Model N,open-source,9500000,1710000,,";
        for (int c = 8; c < columns; ++c)
            row += ",1";
        QVERIFY(file.open(QIODevice::Append));
        file.write(row + "\r\n");
        file.close();
        QVERIFY(page->importBidsFile(path));
        QCOMPARE(int(doc()->tender().bids.size()), 6);
        QCOMPARE(doc()->tender().bids.back().bidder, QStringLiteral("New Co"));
    }

    // On a screen smaller than the window's usual 1280 × 820 (the offscreen
    // test screen is 800 × 800; the laptop was 1280 × 800) the window
    // fits the free area: its bottom buttons and status bar stay in view.
    void theWindowFitsTheScreen()
    {
        const QRect free = window()->screen()->availableGeometry();
        QVERIFY2(free.height() < 820, "the test needs a low screen");
        QVERIFY2(free.contains(window()->geometry()),
                 qPrintable(QStringLiteral("%1x%2 at %3,%4 on %5x%6")
                                .arg(window()->width())
                                .arg(window()->height())
                                .arg(window()->x())
                                .arg(window()->y())
                                .arg(free.width())
                                .arg(free.height())));
        QVERIFY(window()->statusBar()->isVisible());
    }

    void startingBlankSaysHowToBegin()
    {
        QVERIFY(doc()->isBlank());
        QVERIFY(find<MessageBar>("startHint")->isVisible());
        QVERIFY(find<MessageBar>("awardBanner")->text().contains(QStringLiteral("New Tender")));
        openSample();
        QVERIFY(!find<MessageBar>("startHint")->isVisible());
    }

    void closingAsksBeforeLosingChanges()
    {
        openSample();
        showPage(1);
        QTest::keyClicks(find<QLineEdit>("titleEdit"), QStringLiteral(" (revised)"));
        QVERIFY(window()->isWindowModified());
        QVERIFY(window()->windowTitle().contains(QStringLiteral("citizen-services-chatbot")));
        guitest::whenModal([](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("unsavedChangesBox"));
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!window()->close());
        QVERIFY(window()->isVisible());
        guitest::whenModal([](QWidget* modal) {
            static_cast<QMessageBox*>(modal)->button(QMessageBox::Discard)->click();
        });
        QVERIFY(window()->close());
    }

    void savingWritesTheFileAndClearsTheModifiedMark()
    {
        openSample();
        QTest::keyClicks(find<QLineEdit>("titleEdit"), QStringLiteral("!"));
        const QString path = m_dir.filePath(QStringLiteral("saved.tulana"));
        QVERIFY(window()->saveTo(path));
        QVERIFY(!window()->isWindowModified());
        QVERIFY(window()->windowTitle().startsWith(QStringLiteral("saved.tulana")));
        QCOMPARE(settings::recentFiles().value(0), QFileInfo(path).absoluteFilePath());
        const TenderLoad reloaded = loadTenderFile(path);
        QVERIFY(reloaded.tender);
        QVERIFY(*reloaded.tender == doc()->tender());
    }

    void droppingATenderOpensIt()
    {
        auto mime = std::make_unique<QMimeData>();
        mime->setUrls({QUrl::fromLocalFile(guitest::samplePath("crop-advisory"))});
        const QPoint at = window()->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window(), &drop);
        QTRY_VERIFY(doc()->filePath().endsWith(QStringLiteral("crop-advisory.tulana")));
    }

    void ctrlNStartsTheWizard()
    {
        bool shown = false;
        guitest::whenModal([&shown](QWidget* modal) {
            shown = qobject_cast<NewTenderWizard*>(modal) != nullptr;
            static_cast<QDialog*>(modal)->reject();
        });
        QTest::keySequence(window(), QKeySequence::New);
        QVERIFY(shown);
    }

    void everyControlHasAnAccessibleName()
    {
        openSample();
        QStringList unnamed;
        const auto check = [&unnamed](QWidget* w) {
            const bool inner = qobject_cast<QAbstractSpinBox*>(w->parentWidget()) ||
                               qobject_cast<QComboBox*>(w->parentWidget());
            if (!inner && w->accessibleName().isEmpty())
                unnamed << w->objectName() + QLatin1Char('/') +
                               QLatin1String(w->metaObject()->className());
        };
        for (QWidget* w : window()->findChildren<QWidget*>()) {
            // Headers belong to their views; popups are windows of their own.
            if (w->window() != window() || qobject_cast<QHeaderView*>(w))
                continue;
            if (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w) ||
                qobject_cast<QSlider*>(w))
                check(w);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

#include "WidgetEdits.h"

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
