// The Marks page's disagreement panel: its heat-map model under
// QAbstractItemModelTester (each cell's spread with its band in words, not
// colour alone), and the page on a small tender built here, where one member
// decides the award and one mark is unlike the others.
#include "document/TenderDocument.h"
#include "models/DisagreementModel.h"
#include "pages/MarksPage.h"
#include "scoring/Evaluator.h"

#include "TenderBuilder.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QTest>

using namespace tulana;

Q_DECLARE_METATYPE(tulana::committee::SpreadBand)

namespace {

// Two criteria out of 10 and 100; three members. B1 on C1: 9, 8, 7 (20%,
// notable); on C2: 90, 80, 70 (20%). B2 on C1: 2, 8, 9 (70%, wide; the 2 is
// far from 8 and 9); on C2: 60, 85, 86 (26%). Without E1, B2 wins.
Tender smallCommittee()
{
    return TenderBuilder()
        .qcbs(70, 30)
        .minimum(0)
        .evaluators(3)
        .criterion("C1", 10, 10)
        .criterion("C2", 100, 90)
        .bidMarks("B1", {{9, 8, 7}, {90, 80, 70}}, 100)
        .bidMarks("B2", {{2, 8, 9}, {60, 85, 86}}, 100)
        .build();
}

} // namespace

class TestMarksDisagreement : public QObject
{
    Q_OBJECT

private slots:
    void heatMapModel_data();
    void heatMapModel();
    void emptyTenderHasNoCells();
    void pageShowsTheHeatMapAndFindings();
};

void TestMarksDisagreement::heatMapModel_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<committee::SpreadBand>("band");
    QTest::newRow("B1's marks of 7 to 9 out of 10 on C1 spread 20%, notable")
        << 0 << 0 << QStringLiteral("20% · notable") << committee::SpreadBand::Notable;
    QTest::newRow("B2's marks of 2 to 9 out of 10 on C1 spread 70%, wide")
        << 0 << 1 << QStringLiteral("70% · wide") << committee::SpreadBand::Wide;
    QTest::newRow("B2's marks of 60 to 86 out of 100 on C2 spread 26%, notable")
        << 1 << 1 << QStringLiteral("26% · notable") << committee::SpreadBand::Notable;
}

void TestMarksDisagreement::heatMapModel()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(committee::SpreadBand, band);
    const Tender t = smallCommittee();
    DisagreementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(t, committee::analyseCommittee(t, evaluate(t)));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    const QModelIndex cell = model.index(row, column);
    QCOMPARE(cell.data().toString(), text);
    QCOMPARE(cell.data(Qt::BackgroundRole).value<QBrush>().color(),
             DisagreementModel::bandColour(band));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("a spread of")));
    QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), t.bids[std::size_t(column)].id);
}

void TestMarksDisagreement::emptyTenderHasNoCells()
{
    DisagreementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Tender t;
    model.setAnalysis(t, committee::analyseCommittee(t, evaluate(t)));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    // One member: cells exist, none with a spread.
    const Tender one = TenderBuilder().criterion("C1", 10, 100).bid("B1", 7, 100).build();
    model.setAnalysis(one, committee::analyseCommittee(one, evaluate(one)));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("—"));
    QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
}

void TestMarksDisagreement::pageShowsTheHeatMapAndFindings()
{
    TenderDocument doc;
    MarksPage page(&doc);
    doc.reset(smallCommittee());
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* heatMap = page.findChild<QTableView*>(QStringLiteral("disagreementHeatMap"));
    QVERIFY(heatMap);
    QCOMPARE(heatMap->model()->rowCount(), 2);
    QCOMPARE(heatMap->model()->index(0, 1).data().toString(), QStringLiteral("70% · wide"));
    // The legend names each band in words.
    const std::pair<const char*, const char*> legend[] = {
        {"legend-below-notable", "below 20%: below notable"},
        {"legend-notable", "20% to 50%: notable"},
        {"legend-wide", "over 50%: wide"}};
    for (const auto& [key, text] : legend) {
        auto* label = page.findChild<QLabel*>(QLatin1String(key));
        QVERIFY(label);
        QCOMPARE(label->text(), QLatin1String(text));
    }
    auto* findings = page.findChild<QListWidget*>(QStringLiteral("disagreementFindings"));
    QVERIFY(findings);
    QStringList lines;
    for (int i = 0; i < findings->count(); ++i)
        lines << findings->item(i)->text();
    const QString all = lines.join(u'\n');
    QVERIFY2(all.contains(QLatin1String("A single member decides the award: leaving out "
                                        "Evaluator 1's marks, B2 would win instead of B1.")),
             qPrintable(all));
    QVERIFY(all.contains(QLatin1String("Evaluator 1 gave B2 2 on Criterion C1")));
    QVERIFY(all.contains(QLatin1String("The marks were entered by the officer")));

    // An edit that ends the disagreement on B2's C1 is followed.
    Tender agreed = doc.tender();
    agreed.bids[1].marks.set(0, 0, 8);
    doc.reset(agreed);
    QCOMPARE(heatMap->model()->index(0, 1).data().toString(),
             QStringLiteral("10% · below notable"));

    const QByteArray shots = qgetenv("TULANA_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        doc.reset(smallCommittee());
        page.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/marks-disagreement.png"));
    }
}

QTEST_MAIN(TestMarksDisagreement)
#include "tst_marksdisagreement.moc"
