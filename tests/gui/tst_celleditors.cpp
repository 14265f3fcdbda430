// A value typed into a table's cell reaches the document however the officer
// leaves the cell: Return, Tab, Shift+Tab, another page, Save or Close. (A
// price typed on the Bids page and left with Tab was never committed: the
// editor stayed open and Ctrl+S wrote the old price.) Driven with the mouse
// and the keyboard on the main window, offscreen.

#include "GuiTestSupport.h"
#include "MainWindowFixture.h"

#include "document/TenderDocument.h"
#include "io/TenderFile.h"
#include "models/BidsModel.h"
#include "models/ConsiderationsModel.h"
#include "models/CostLinesModel.h"
#include "models/CriteriaModel.h"
#include "models/EvaluatorsModel.h"
#include "settings/Settings.h"
#include "views/MainWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <set>

using namespace tulana;

namespace {

// How the officer leaves the cell after typing.
enum class Leave
{
    Return,
    Tab,
    Backtab,
    ClickAnotherPage,
    ShortcutToAnotherPage,
    CtrlS,
    SaveOnToolBar,
    Close,
};

QWidget* focused()
{
    return QApplication::focusWidget();
}

} // namespace

class TestCellEditors : public QObject, protected guitest::MainWindowFixture
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Opens a copy of a sample, so that Ctrl+S writes to the temporary folder.
    QString openCopy(const char* sample)
    {
        const QString path = m_dir.filePath(QLatin1String(sample) + QStringLiteral(".tulana"));
        QFile::remove(path);
        if (!QFile::copy(guitest::samplePath(sample), path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        doc()->reset(Tender{}); // nothing to ask about: the last sample is done with
        if (!window()->openFile(path))
            return {};
        return path;
    }

    // Clicks the tabs that lead to `widget`: the window's pages, then any
    // tabs inside the page (Costs: "Cost lines of each bid").
    void reveal(QWidget* widget)
    {
        QList<QWidget*> chain;
        for (QWidget* w = widget; w && w != window(); w = w->parentWidget())
            chain.prepend(w);
        for (QWidget* w : chain) {
            auto* tabs = qobject_cast<QTabWidget*>(w);
            if (!tabs)
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->widget(i) != widget && !tabs->widget(i)->isAncestorOf(widget))
                    continue;
                if (tabs->currentIndex() != i)
                    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                                      tabs->tabBar()->tabRect(i).center());
                QCOMPARE(tabs->currentIndex(), i);
            }
        }
        QVERIFY(widget->isVisible());
    }

    // Double-clicks the cell, as an officer opens its editor.
    QWidget* openEditor(QAbstractItemView* view, const QModelIndex& index)
    {
        view->scrollTo(index);
        // A press and release, then the second press that makes it a double
        // click, as the window system sends them.
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
        return view->indexWidget(index);
    }

    // The first row, or first row under a first-level row, whose cell in
    // `column` can be edited.
    static QModelIndex firstEditable(const QAbstractItemModel* model, int column)
    {
        std::function<QModelIndex(const QModelIndex&, int)> search = [&](const QModelIndex& parent,
                                                                         int depth) -> QModelIndex {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex cell = model->index(row, column, parent);
                if (cell.flags() & Qt::ItemIsEditable)
                    return cell;
                if (depth == 0) {
                    const QModelIndex below = search(model->index(row, 0, parent), 1);
                    if (below.isValid())
                        return below;
                }
            }
            return {};
        };
        return search({}, 0);
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
    }

    void init() { QVERIFY(open()); }

    void cleanup() { close(); }

    // Whatever the editor, the widget with focus while typing must be the
    // editor the table knows: its delegate commits on that widget's Tab,
    // Shift+Tab and loss of focus, and sees nothing that goes to a widget
    // inside it.
    void everyTableCellEditorHasTheFocusItself()
    {
        const QStringList expected{
            QStringLiteral("bidsTable"),
            QStringLiteral("criteriaTree"),
            QStringLiteral("marksTable"),
            QStringLiteral("evaluatorsTable"),
            QStringLiteral("considerationsTable"),
            QStringLiteral("opennessComponents"),
            QStringLiteral("costsLines"),
            QStringLiteral("eligibilityCriteriaTable"),
            QStringLiteral("eligibilityResponsesTable"),
            QStringLiteral("certificationsTable"),
        };
        std::set<QString> covered;
        QStringList wrong;
        for (const char* sample : {"citizen-services-chatbot", "citizen-services-chatbot-lifecycle",
                                   "crop-advisory-eligibility"}) {
            QVERIFY(!openCopy(sample).isEmpty());
            // The first bid has no certifications; the second has one.
            auto* bid = find<QComboBox>("eligibilityBid");
            reveal(bid);
            QTest::keyClick(bid, Qt::Key_Down);
            for (QAbstractItemView* view : window()->findChildren<QAbstractItemView*>()) {
                if (!expected.contains(view->objectName()) || !view->model())
                    continue;
                reveal(view);
                if (QTest::currentTestFailed())
                    return;
                const QAbstractItemModel* model = view->model();
                for (int column = 0; column < model->columnCount(); ++column) {
                    const auto* table = qobject_cast<QTableView*>(view);
                    const auto* tree = qobject_cast<QTreeView*>(view);
                    if ((table && table->isColumnHidden(column)) ||
                        (tree && tree->isColumnHidden(column)))
                        continue;
                    const QModelIndex index = firstEditable(model, column);
                    if (!index.isValid())
                        continue;
                    const QString where = QStringLiteral("%1 %2 column %3")
                                              .arg(QLatin1String(sample), view->objectName())
                                              .arg(column);
                    QWidget* editor = openEditor(view, index);
                    if (!editor) {
                        wrong << where + QStringLiteral(": no editor opened");
                        continue;
                    }
                    covered.insert(view->objectName());
                    if (focused() != editor)
                        wrong << where +
                                     QStringLiteral(": %1 has focus, not the editor %2")
                                         .arg(QLatin1String(
                                                  focused() ? focused()->metaObject()->className()
                                                            : "nothing"),
                                              QLatin1String(editor->metaObject()->className()));
                    // Escape closes it without a change; the view keeps focus.
                    QTest::keyClick(focused(), Qt::Key_Escape);
                    if (view->indexWidget(index)) {
                        wrong << where + QStringLiteral(": Escape did not close the editor");
                        view->setFocus();
                    }
                }
            }
        }
        for (const QString& name : expected)
            QVERIFY2(covered.count(name), qPrintable(name + QStringLiteral(" was not edited")));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("\n"))));
    }

    void aTypedPriceIsCommittedHoweverTheCellIsLeft_data()
    {
        QTest::addColumn<int>("how");
        QTest::newRow("Return") << int(Leave::Return);
        QTest::newRow("Tab") << int(Leave::Tab);
        QTest::newRow("Shift+Tab") << int(Leave::Backtab);
        QTest::newRow("clicking another page's tab") << int(Leave::ClickAnotherPage);
        QTest::newRow("Ctrl+6 for the Marks page") << int(Leave::ShortcutToAnotherPage);
        QTest::newRow("Ctrl+S") << int(Leave::CtrlS);
        QTest::newRow("Save on the tool bar") << int(Leave::SaveOnToolBar);
        QTest::newRow("closing the window") << int(Leave::Close);
    }

    void aTypedPriceIsCommittedHoweverTheCellIsLeft()
    {
        QFETCH(int, how);
        const auto leave = Leave(how);
        const QString path = openCopy("citizen-services-chatbot");
        QVERIFY(!path.isEmpty());
        QCOMPARE(doc()->tender().bids[0].price, 11850000.0);
        auto* bids = find<QTableView>("bidsTable");
        reveal(bids);
        const QModelIndex price = bids->model()->index(0, BidsModel::PriceColumn);
        QWidget* editor = openEditor(bids, price);
        QVERIFY(editor);
        QTest::keyClicks(focused(), QStringLiteral("12100000"));

        bool saved = false;
        switch (leave) {
        case Leave::Return:
            QTest::keyClick(focused(), Qt::Key_Return);
            break;
        case Leave::Tab:
            QTest::keyClick(focused(), Qt::Key_Tab);
            break;
        case Leave::Backtab:
            QTest::keyClick(focused(), Qt::Key_Backtab, Qt::ShiftModifier);
            break;
        case Leave::ClickAnotherPage: {
            auto* pages = find<QTabWidget>("pages");
            QTest::mouseClick(pages->tabBar(), Qt::LeftButton, {},
                              pages->tabBar()->tabRect(0).center());
            QCOMPARE(pages->currentIndex(), 0);
            break;
        }
        case Leave::ShortcutToAnotherPage:
            QTest::keyClick(focused(), Qt::Key_6, Qt::ControlModifier);
            QVERIFY(find<QWidget>("marksTable")->isVisible());
            break;
        case Leave::CtrlS:
            QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
            saved = true;
            break;
        case Leave::SaveOnToolBar: {
            auto* tools = find<QToolBar>("mainToolBar");
            QWidget* button = tools->widgetForAction(find<QAction>("actionSave"));
            QVERIFY(button);
            QTest::mouseClick(button, Qt::LeftButton);
            saved = true;
            break;
        }
        case Leave::Close: {
            // The unsaved price must be noticed: asked, and saved.
            bool asked = false;
            guitest::whenModal([&asked](QWidget* modal) {
                auto* box = qobject_cast<QMessageBox*>(modal);
                QVERIFY(box);
                asked = true;
                box->button(QMessageBox::Save)->click();
            });
            QVERIFY(window()->close());
            QVERIFY2(asked, "closed without asking about the typed price");
            saved = true;
            break;
        }
        }

        QCOMPARE(doc()->tender().bids[0].price, 12100000.0);
        QVERIFY2(!bids->indexWidget(price) || leave == Leave::Return,
                 "the price's editor is still open");
        QTRY_VERIFY(!bids->indexWidget(price));
        if (!saved)
            QTest::keyClick(window(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!window()->isWindowModified());
        const TenderLoad reloaded = loadTenderFile(path);
        QVERIFY(reloaded.tender);
        QCOMPARE(reloaded.tender->bids[0].price, 12100000.0);
    }

    // One cell of each kind of editor, left with Tab or Shift+Tab.
    void tabCommitsInEveryKindOfCell_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("view");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown");

        const auto both = [](const char* name, const char* sample, const char* view, int column,
                             const char* typed, const QString& shown) {
            for (const char* key : {"Tab", "Shift+Tab"})
                QTest::newRow(qPrintable(
                    QStringLiteral("%1, %2").arg(QLatin1String(name), QLatin1String(key))))
                    << QString::fromLatin1(sample) << QString::fromLatin1(view) << column
                    << QString::fromUtf8(typed) << shown;
        };
        const char* chatbot = "citizen-services-chatbot";
        both("a bid's price", chatbot, "bidsTable", BidsModel::PriceColumn, "12100000",
             QStringLiteral("12100000"));
        both("a bid's tax", chatbot, "bidsTable", BidsModel::TaxColumn, "2178000",
             QStringLiteral("2178000"));
        both("a bidder", chatbot, "bidsTable", BidsModel::BidderColumn, "Sahyadri LT",
             QStringLiteral("Sahyadri LT"));
        both("a criterion's weight", chatbot, "criteriaTree", CriteriaModel::WeightColumn, "35",
             QStringLiteral("35"));
        both("a mark", chatbot, "marksTable", 0, "7.5", QStringLiteral("7.5"));
        both("an evaluator's name", chatbot, "evaluatorsTable", EvaluatorsModel::NameColumn,
             "Smt. A. Deshpande", QStringLiteral("Smt. A. Deshpande"));
        both("a note beside an answer", chatbot, "considerationsTable",
             ConsiderationsModel::NoteColumn, "Checked with the department.",
             QStringLiteral("Checked with the department."));
        both("a cost line's amount", "citizen-services-chatbot-lifecycle", "costsLines",
             CostLinesModel::AmountColumn, "250000", QStringLiteral("250000"));
    }

    void tabCommitsInEveryKindOfCell()
    {
        QFETCH(QString, sample);
        QFETCH(QString, view);
        QFETCH(int, column);
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        const bool back = QString::fromLatin1(QTest::currentDataTag()).endsWith(u"Shift+Tab");
        QVERIFY(!openCopy(sample.toLatin1().constData()).isEmpty());
        auto* table = find<QAbstractItemView>(view.toLatin1().constData());
        reveal(table);
        const QModelIndex index = firstEditable(table->model(), column);
        QVERIFY(index.isValid());
        const int steps = doc()->undoStack()->count();
        const QPointer<QWidget> editor = openEditor(table, index);
        QVERIFY(editor);
        // Keys go where the focus is. What is there is replaced, as an
        // officer selects it first.
        QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focused(), typed);
        if (back)
            QTest::keyClick(focused(), Qt::Key_Backtab, Qt::ShiftModifier);
        else
            QTest::keyClick(focused(), Qt::Key_Tab);
        // Closed; the next (or previous) cell's editor may be open instead.
        QVERIFY2(!editor || !editor->isVisible(), "the editor typed in is still open");
        QCOMPARE(doc()->undoStack()->count(), steps + 1);
        // Figures are compared without their grouping.
        QString value = index.data(Qt::EditRole).toString();
        if (value != shown)
            value = index.data(Qt::DisplayRole).toString().remove(QLatin1Char(','));
        QVERIFY2(value.contains(shown), qPrintable(value));
    }
};

QTEST_MAIN(TestCellEditors)
#include "tst_celleditors.moc"
