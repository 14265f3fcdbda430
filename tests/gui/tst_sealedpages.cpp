// The two-envelope rule on screen: with each sample open, every page of the
// main window (and, on the pages that show one bid at a time, every bid) is
// read as a user would see it: labels, buttons, text views, every cell and
// header of every table with its tool tip, and the text of every chart. No
// figure of a bid whose financial proposal is not opened may appear, in any
// formatting (tests/support/SealedFigures.h). The tables where the officer
// types the bids' prices and cost lines are inputs, not outputs, and are
// left out: sealing those is the recorded process's part (docs/scoring.md).

#include "GuiTestSupport.h"
#include "MainWindowFixture.h"
#include "SealedFigures.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QAction>
#include <QComboBox>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QGroupBox>
#include <QLabel>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

using namespace tulana;
using namespace tulana::testsupport;

namespace {

// The models of the tables in which prices and cost lines are typed.
bool isInputOfPrices(const QAbstractItemModel* model)
{
    while (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(model))
        model = proxy->sourceModel();
    const QByteArray name = model ? QByteArray(model->metaObject()->className()) : QByteArray();
    return name == "tulana::BidsModel" || name == "tulana::CostLinesModel";
}

void readModel(const QAbstractItemModel* model, const QModelIndex& parent, QStringList& out)
{
    static const int roles[] = {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole};
    for (int row = 0; row < model->rowCount(parent); ++row)
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (int role : roles)
                out << index.data(role).toString();
            if (column == 0 && model->hasChildren(index))
                readModel(model, index, out);
        }
    for (int column = 0; column < model->columnCount(); ++column)
        out << model->headerData(column, Qt::Horizontal).toString()
            << model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
}

// Everything a user can read in `root` and its children.
QString visibleText(QWidget* root)
{
    QStringList out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        out << w->toolTip() << w->accessibleName() << w->accessibleDescription();
        if (auto* label = qobject_cast<QLabel*>(w))
            out << label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            out << button->text();
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            out << box->title();
        else if (auto* text = qobject_cast<QTextEdit*>(w))
            out << text->toPlainText();
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < combo->count(); ++i)
                out << combo->itemText(i);
        else if (auto* graphics = qobject_cast<QGraphicsView*>(w); graphics && graphics->scene())
            for (QGraphicsItem* item : graphics->scene()->items()) {
                if (auto* t = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                    out << t->text();
                else if (auto* rich = dynamic_cast<QGraphicsTextItem*>(item))
                    out << rich->toPlainText();
            }
        if (auto* view = qobject_cast<QAbstractItemView*>(w);
            view && view->model() && !isInputOfPrices(view->model()))
            readModel(view->model(), view->rootIndex(), out);
    }
    return out.join(u'\n');
}

// The selectors of the pages that show one bid at a time.
const char* const kBidSelectors[] = {"costsBidSelector", "eligibilityBid", "opennessBidSelector"};

} // namespace

class TestSealedPages : public QObject, protected guitest::MainWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }
    void init() { QVERIFY(open()); }
    void cleanup() { close(); }

    void noPageShowsASealedFigure_data();
    void noPageShowsASealedFigure();
};

void TestSealedPages::noPageShowsASealedFigure_data()
{
    QTest::addColumn<QString>("sample");
    int withSealed = 0;
    for (const char* name : kSealedFigureSamples)
        if (!sealedSpellings(loadSample(name)).isEmpty()) { // else nothing is sealed to leak
            QTest::newRow(name) << QString::fromUtf8(name);
            ++withSealed;
        }
    // The check proves something only if some samples keep envelopes shut.
    QVERIFY2(withSealed >= 3, qPrintable(QString::number(withSealed)));
}

void TestSealedPages::noPageShowsASealedFigure()
{
    QFETCH(QString, sample);
    const QByteArray name = sample.toUtf8();
    const QStringList sealed = sealedSpellings(loadSample(name.constData()));
    QVERIFY(window()->openFile(samplePath(name.constData())));

    auto* pages = find<QTabWidget>("pages");
    int read = 0;
    for (int page = 0; page < pages->count(); ++page) {
        find<QAction>(QByteArray("actionPage" + QByteArray::number(page + 1)).constData())
            ->trigger();
        QCoreApplication::processEvents(); // pages that update when shown do so now
        QWidget* shown = pages->currentWidget();
        // A page that works in a thread (Sensitivity): its answer, not its wait.
        QVERIFY(QTest::qWaitFor([shown] { return !shown->property("busy").toBool(); }, 60000));
        QCOMPARE(pages->currentIndex(), page);
        const auto check = [&](const QString& where) {
            const QString figure = firstSealedFigureIn(visibleText(shown), sealed);
            QVERIFY2(
                figure.isEmpty(),
                qPrintable(QStringLiteral("%1 shows the sealed figure %2").arg(where, figure)));
            ++read;
        };
        check(pages->tabText(page));
        for (const char* selectorName : kBidSelectors) {
            auto* selector = shown->findChild<QComboBox*>(QLatin1String(selectorName));
            for (int i = 0; selector && i < selector->count(); ++i) {
                selector->setCurrentIndex(i);
                QCoreApplication::processEvents();
                check(pages->tabText(page) + QStringLiteral(", ") + selector->itemText(i));
                if (QTest::currentTestFailed())
                    return;
            }
        }
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(read >= pages->count());
}

QTEST_MAIN(TestSealedPages)
#include "tst_sealedpages.moc"
