// Ctrl+Z and Ctrl+Shift+Z undo and redo the tender from every field of the
// main window. (The weights were changed to 55:45 in a spin box and Ctrl+Z
// there did nothing for the tender: the spin box kept the keys for its own
// text.) A field keeps them only while it holds typing of its own to take
// back. Driven with the mouse and the keyboard, offscreen.

#include "GuiTestSupport.h"
#include "MainWindowFixture.h"

#include "document/TenderDocument.h"
#include "settings/Settings.h"
#include "views/MainWindow.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace tulana;

class TestUndoKeys : public QObject, protected guitest::MainWindowFixture
{
    Q_OBJECT

private:
    void showPage(int number)
    {
        QTest::keyClick(window(), Qt::Key(Qt::Key_0 + number), Qt::ControlModifier);
    }

    // Clicks into a field's text, as an officer does before typing.
    static void clickInto(QWidget* field)
    {
        QTest::mouseClick(field, Qt::LeftButton, {}, QPoint(8, field->height() / 2));
        QCOMPARE(QApplication::focusWidget(), field);
    }

    static void undoKey(QWidget* w) { QTest::keySequence(w, QKeySequence(QKeySequence::Undo)); }
    static void redoKey(QWidget* w) { QTest::keySequence(w, QKeySequence(QKeySequence::Redo)); }

private slots:
    void initTestCase() { isolateSettings(); }

    void init() { QVERIFY(open()); }

    void cleanup() { close(); }

    void ctrlZInASpinBoxUndoesTheTender_data()
    {
        QTest::addColumn<QString>("spin");
        QTest::addColumn<QString>("typed");
        QTest::newRow("technical weight")
            << QStringLiteral("technicalWeightSpin") << QStringLiteral("55");
        QTest::newRow("financial weight")
            << QStringLiteral("financialWeightSpin") << QStringLiteral("45");
        QTest::newRow("minimum technical score")
            << QStringLiteral("minimumTechnicalSpin") << QStringLiteral("60");
        QTest::newRow("decimals") << QStringLiteral("decimalsSpin") << QStringLiteral("3");
    }

    void ctrlZInASpinBoxUndoesTheTender()
    {
        QFETCH(QString, spin);
        QFETCH(QString, typed);
        QVERIFY(window()->openFile(guitest::samplePath()));
        const Tender opened = doc()->tender();
        showPage(1);
        auto* box = find<QAbstractSpinBox>(spin.toLatin1().constData());
        QVERIFY(box->isVisible());
        clickInto(box);
        QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(box, typed);
        QVERIFY2(box->text().startsWith(typed), qPrintable(box->text()));
        const Tender changed = doc()->tender();
        QVERIFY2(!(changed == opened), "typing in the spin box changed nothing");
        if (spin.endsWith(QLatin1String("WeightSpin"))) {
            QCOMPARE(changed.technicalWeight, 55.0);
            QCOMPARE(changed.financialWeight, 45.0);
        }

        // The spin box still has focus: the keys reach the tender.
        undoKey(box);
        QVERIFY2(doc()->tender() == opened, "Ctrl+Z did not undo the tender");
        QVERIFY(!window()->isWindowModified());
        QVERIFY2(!box->text().startsWith(typed), qPrintable(box->text()));
        QCOMPARE(QApplication::focusWidget(), box);
        redoKey(box);
        QVERIFY2(doc()->tender() == changed, "Ctrl+Shift+Z did not redo the tender");
        QVERIFY2(box->text().startsWith(typed), qPrintable(box->text()));
    }

    // In a text field being typed into, Ctrl+Z first takes back the typing,
    // as in any text field; once there is none, it undoes the tender.
    void ctrlZInATextFieldTakesBackItsTypingThenUndoesTheTender()
    {
        QVERIFY(window()->openFile(guitest::samplePath()));
        const Tender opened = doc()->tender();
        showPage(1);
        QTest::keyClick(find<QSlider>("technicalWeightSlider"), Qt::Key_PageUp);
        QCOMPARE(doc()->tender().technicalWeight, 75.0);
        const Tender weighted = doc()->tender();

        auto* title = find<QLineEdit>("titleEdit");
        clickInto(title);
        QTest::keyClick(title, Qt::Key_End);
        QTest::keyClicks(title, QStringLiteral(" (revised)"));
        QCOMPARE(doc()->tender().title, opened.title + QStringLiteral(" (revised)"));

        undoKey(title);
        QCOMPARE(title->text(), opened.title);
        QVERIFY(doc()->tender() == weighted);
        undoKey(title);
        QCOMPARE(doc()->tender().technicalWeight, 70.0);
        QVERIFY(doc()->tender() == opened);
        QCOMPARE(QApplication::focusWidget(), title);
        redoKey(title);
        QVERIFY(doc()->tender() == weighted);

        // A field clicked into with nothing typed leaves the keys to the tender.
        auto* reference = find<QLineEdit>("referenceEdit");
        clickInto(reference);
        undoKey(reference);
        QVERIFY(doc()->tender() == opened);
        QCOMPARE(reference->text(), opened.reference);
    }

    // A spin box that hands its value over when left (the horizon) and is
    // left half-typed: Ctrl+Z takes back that value, not an earlier edit.
    void ctrlZInAHalfTypedSpinBoxTakesBackOnlyItsValue()
    {
        QVERIFY(window()->openFile(guitest::samplePath("citizen-services-chatbot-lifecycle")));
        const Tender opened = doc()->tender();
        QCOMPARE(opened.lifecycle.horizonYears, 5);
        showPage(5);
        auto* rate = find<QDoubleSpinBox>("costsDiscountRate");
        auto* horizon = find<QSpinBox>("costsHorizon");
        QVERIFY(horizon->isVisible());
        clickInto(rate);
        QTest::keyClick(rate, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(rate, QStringLiteral("9"));
        QTest::keyClick(rate, Qt::Key_Tab);
        QCOMPARE(doc()->tender().lifecycle.discountRate, 9.0);
        const Tender rated = doc()->tender();

        clickInto(horizon);
        QTest::keyClick(horizon, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(horizon, QStringLiteral("7"));
        QCOMPARE(horizon->value(), 7);
        undoKey(horizon);
        QCOMPARE(horizon->value(), 5);
        QVERIFY2(doc()->tender() == rated, "Ctrl+Z undid more than the typed horizon");
        undoKey(horizon);
        QVERIFY2(doc()->tender() == opened, "the second Ctrl+Z did not undo the rate");
        QCOMPARE(rate->value(), 8.0);
    }
};

QTEST_MAIN(TestUndoKeys)
#include "tst_undokeys.moc"
