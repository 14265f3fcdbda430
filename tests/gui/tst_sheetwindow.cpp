// Evaluator mode (docs/committee.md): a member's sheet and nothing else of
// the tender. The window never shows a price or another member's marks,
// marks wait for the member's declaration, a conflict takes the bid off the
// sheet's marks, and the member signs with their key file.
#include "CommitteeMarking.h"
#include "committee/EvaluatorSheet.h"
#include "crypto/Passphrase.h"
#include "process/KeyFile.h"
#include "sheet/SheetMarksModel.h"
#include "sheet/SheetWindow.h"
#include "support/Money.h"
#include "support/SaveFile.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tulana;

namespace {

// Every text the window shows: labels, lists, text boxes, and every cell of
// every view's model, for every bid the member can choose.
QString everythingShown(SheetWindow& window)
{
    QStringList texts{window.windowTitle()};
    for (const QLabel* l : window.findChildren<QLabel*>())
        texts << l->text() << l->toolTip();
    for (const QPlainTextEdit* e : window.findChildren<QPlainTextEdit*>())
        texts << e->toPlainText();
    for (const QListWidget* list : window.findChildren<QListWidget*>())
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
    for (const QTableView* view : window.findChildren<QTableView*>()) {
        const QAbstractItemModel* m = view->model();
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    texts << m->index(r, c).data(role).toString();
    }
    return texts.join(u'\n');
}

} // namespace

class TestSheetWindow : public QObject
{
    Q_OBJECT

private slots:
    void aMemberSeesNoPriceAndNoOtherMembersMarks()
    {
        testsupport::Marking m;
        // E1's and E3's sheets are in: their marks are in the tender.
        for (const char* member : {"E1", "E3"})
            QVERIFY(!hasErrors(m.receive(m.signedBy(m.filledSheet(QString::fromLatin1(member)),
                                                    QString::fromLatin1(member)))));
        Problems problems;
        const std::optional<committee::EvaluatorSheet> sheet =
            committee::issueSheet(m.tender, QStringLiteral("E2"), &problems);
        QVERIFY(sheet);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("E2.tulana-sheet"));
        QVERIFY(saveFileAtomically(path, committee::sheetFileBytes(*sheet), nullptr));

        SheetWindow window;
        QVERIFY(window.openSheet(path));
        window.show();
        auto* bids = window.findChild<QListWidget*>(QStringLiteral("sheetBids"));
        QCOMPARE(bids->count(), int(sheet->bids.size()));
        for (int row = 0; row < bids->count(); ++row) {
            bids->setCurrentRow(row);
            const QString shown = everythingShown(window);
            QVERIFY(shown.contains(m.original.bids[std::size_t(row)].bidder));
            for (const Bid& b : m.original.bids) {
                QVERIFY2(!shown.contains(formatAmount(b.price, m.original.currency)),
                         qPrintable(b.id));
                QVERIFY2(!shown.contains(QString::number(qint64(b.price))), qPrintable(b.id));
            }
            // No other member: neither their names nor their notes.
            QVERIFY(!shown.contains(m.original.evaluators[0].name));
            QVERIFY(!shown.contains(m.original.evaluators[2].name));
            QVERIFY(shown.contains(m.original.evaluators[1].name));
            // No mark at all until E2 gives one: the grid's marks are empty.
            const QAbstractItemModel* marks =
                window.findChild<QTableView*>(QStringLiteral("sheetMarks"))->model();
            for (int r = 0; r < marks->rowCount(); ++r)
                QVERIFY(marks->index(r, SheetMarksModel::MarksColumn).data().toString().isEmpty());
        }
    }

    void marksWaitForTheDeclarationAndAConflictTakesTheBidOff()
    {
        testsupport::Marking m;
        committee::EvaluatorSheet sheet =
            *committee::issueSheet(m.tender, QStringLiteral("E3"), nullptr);
        SheetMarksModel model(&sheet);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.showBid(0);
        const QModelIndex cell = model.index(0, SheetMarksModel::MarksColumn);
        QVERIFY(!(model.flags(cell) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(cell, 5, Qt::EditRole));
        sheet.declarations.push_back({sheet.bids[0].id, false, QString()});
        model.declarationChanged();
        QVERIFY(model.flags(cell) & Qt::ItemIsEditable);
        QVERIFY(model.setData(cell, 5, Qt::EditRole));
        QVERIFY(!model.setData(cell, sheet.criteria[0].maxMarks + 1, Qt::EditRole));
        QCOMPARE(sheet.mark(sheet.bids[0].id, sheet.criteria[0].id)->marks, 5.0);
        QVERIFY(model.setData(model.index(0, SheetMarksModel::NoteColumn), QStringLiteral("ok"),
                              Qt::EditRole));
        QCOMPARE(sheet.mark(sheet.bids[0].id, sheet.criteria[0].id)->note, QStringLiteral("ok"));

        // In the window, declaring a conflict removes the bid's marks.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("E3.tulana-sheet"));
        QVERIFY(saveFileAtomically(path, committee::sheetFileBytes(sheet), nullptr));
        SheetWindow window;
        QVERIFY(window.openSheet(path));
        window.findChild<QListWidget*>(QStringLiteral("sheetBids"))->setCurrentRow(0);
        window.findChild<QRadioButton*>(QStringLiteral("sheetConflict"))->click();
        window.findChild<QLineEdit*>(QStringLiteral("sheetConflictText"))
            ->setText(QStringLiteral("Family member employed by the bidder"));
        QTest::keyClick(window.findChild<QLineEdit*>(QStringLiteral("sheetConflictText")),
                        Qt::Key_Period);
        const committee::SheetDeclaration* d = window.sheet().declaration(sheet.bids[0].id);
        QVERIFY(d && d->conflict);
        QVERIFY(d->description.startsWith(QStringLiteral("Family member")));
        QVERIFY(!window.sheet().mark(sheet.bids[0].id, sheet.criteria[0].id));
    }

    void theMemberSignsWithTheirKeyFile()
    {
        testsupport::Marking m;
        const committee::EvaluatorSheet filled = m.filledSheet(QStringLiteral("E2"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("E2.tulana-sheet"));
        QVERIFY(saveFileAtomically(path, committee::sheetFileBytes(filled), nullptr));
        const QString passphrase = QStringLiteral("a passphrase for the test");
        const process::KeyFile key = process::newKeyFile(QStringLiteral("E2"), QStringLiteral("E2"),
                                                         passphrase, crypto::testCost());
        const QString keyPath = dir.filePath(QStringLiteral("E2.tulana-key"));
        QVERIFY(saveFileAtomically(keyPath, process::keyFileJson(key), nullptr));
        const process::KeyFile other = process::newKeyFile(
            QStringLiteral("E1"), QStringLiteral("E1"), passphrase, crypto::testCost());
        const QString otherPath = dir.filePath(QStringLiteral("E1.tulana-key"));
        QVERIFY(saveFileAtomically(otherPath, process::keyFileJson(other), nullptr));

        SheetWindow window;
        QVERIFY(window.openSheet(path));
        QString why;
        QVERIFY(!window.signAndSave(keyPath, QStringLiteral("wrong passphrase"), &why));
        QVERIFY2(why.contains(QStringLiteral("passphrase")), qPrintable(why));
        QVERIFY(!window.signAndSave(otherPath, passphrase, &why));
        QVERIFY2(why.contains(QStringLiteral("E1's key")), qPrintable(why));
        QVERIFY2(window.signAndSave(keyPath, passphrase, &why), qPrintable(why));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const std::optional<committee::EvaluatorSheet> read =
            committee::readSheet(saved.readAll(), nullptr);
        QVERIFY(read);
        QVERIFY(committee::signatureHolds(*read, key.publicKey));
        QCOMPARE(read->marks, filled.marks);
    }
};

QTEST_MAIN(TestSheetWindow)
#include "tst_sheetwindow.moc"
