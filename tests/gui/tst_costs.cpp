// The Costs page: its two models under QAbstractItemModelTester, the undo of
// each cost command, refused edits, switching the financial basis from the
// page (the ranking follows at once) and the cumulative cost chart.
#include "GuiTestSupport.h"

#include "commands/CostCommands.h"
#include "document/TenderDocument.h"
#include "models/CostComparisonModel.h"
#include "models/CostLinesModel.h"
#include "models/ModelRoles.h"
#include "models/RankingModel.h"
#include "pages/CostsPage.h"
#include "widgets/CumulativeCostChart.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace tulana;
using guitest::roundTrip;

namespace {

const char* kSample = "citizen-services-chatbot-lifecycle";

int indexOf(const Tender& t, const char* id)
{
    for (std::size_t i = 0; i < t.bids.size(); ++i)
        if (t.bids[i].id == QLatin1String(id))
            return int(i);
    return -1;
}

QString winnerOf(const TenderDocument& doc)
{
    const Evaluation& ev = doc.evaluation();
    return ev.hasWinner() ? doc.tender().bids.at(std::size_t(ev.winner)).id : QString();
}

} // namespace

class TestCosts : public QObject
{
    Q_OBJECT

private slots:
    void theLinesModelPassesTheTester()
    {
        TenderDocument doc;
        CostLinesModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        doc.reset(guitest::sampleTender(kSample));
        const int b2 = indexOf(doc.tender(), "B2");
        model.setBid(b2);
        const auto& lines = doc.tender().bids[std::size_t(b2)].costs;
        QCOMPARE(model.rowCount(), int(lines.size()));
        // The subscription falls every year 1..5; its years are the defaults, shown.
        int subscription = -1;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, CostLinesModel::KindColumn).data(Qt::EditRole) ==
                QStringLiteral("subscription"))
                subscription = row;
        QVERIFY(subscription >= 0);
        QCOMPARE(model.index(subscription, CostLinesModel::FromYearColumn).data().toInt(), 1);
        QCOMPARE(model.index(subscription, CostLinesModel::ToYearColumn).data().toInt(), 5);
        QCOMPARE(
            model.index(subscription, CostLinesModel::ToYearColumn).data(Qt::EditRole).toString(),
            QString());
        QVERIFY(!model.index(0, CostLinesModel::KindColumn).data(ChoicesRole).toList().isEmpty());

        // Adding, editing and removing lines through the stack, then undoing all.
        doc.undoStack()->push(new AddCostLineCommand(
            &doc, b2, 0, cost::CostLine{QStringLiteral("training"), 5, {}, {}, {}}));
        QCOMPARE(model.rowCount(), int(lines.size()));
        QVERIFY(model.setData(model.index(0, CostLinesModel::AmountColumn),
                              QStringLiteral("1,00,000")));
        QCOMPARE(doc.tender().bids[std::size_t(b2)].costs[0].amount, 100000.0);
        QVERIFY(model.setData(model.index(0, CostLinesModel::FromYearColumn), QStringLiteral("2")));
        QVERIFY(doc.tender().bids[std::size_t(b2)].costs[0].fromYear == std::optional<int>(2));
        QVERIFY(model.setData(model.index(0, CostLinesModel::FromYearColumn), QString()));
        QVERIFY(!doc.tender().bids[std::size_t(b2)].costs[0].fromYear.has_value());
        doc.undoStack()->push(new RemoveCostLineCommand(&doc, b2, 0));
        // Shortening the horizon changes the default years shown.
        cost::LifecycleTerms terms = doc.tender().lifecycle;
        terms.horizonYears = 3;
        doc.undoStack()->push(new SetLifecycleTermsCommand(&doc, terms));
        QCOMPARE(model.index(subscription, CostLinesModel::ToYearColumn).data().toInt(), 3);
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), int(lines.size()));
        doc.reset(Tender{});
        QCOMPARE(model.rowCount(), 0);
    }

    void badValuesAreRefusedAndLocatedProblemsShown()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender(kSample));
        CostLinesModel model(&doc);
        model.setBid(indexOf(doc.tender(), "B1"));
        QSignalSpy rejected(&model, &CostLinesModel::editRejected);
        const Tender before = doc.tender();
        QVERIFY(!model.setData(model.index(0, CostLinesModel::AmountColumn), QStringLiteral("-5")));
        QVERIFY(
            !model.setData(model.index(0, CostLinesModel::AmountColumn), QStringLiteral("lots")));
        QVERIFY(
            !model.setData(model.index(0, CostLinesModel::FromYearColumn), QStringLiteral("2.5")));
        QVERIFY(
            !model.setData(model.index(0, CostLinesModel::KindColumn), QStringLiteral("bribes")));
        QCOMPARE(rejected.count(), 4);
        QVERIFY(doc.tender() == before);

        // A year the validator refuses (a one-time cost with a "to" year) is
        // accepted as typed, and the line is marked with the located message.
        QVERIFY(model.index(0, CostLinesModel::KindColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(model.setData(model.index(0, CostLinesModel::ToYearColumn), QStringLiteral("2")));
        QVERIFY(!model.index(0, CostLinesModel::KindColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(
            !model.index(0, CostLinesModel::KindColumn).data(Qt::ToolTipRole).toString().isEmpty());
    }

    void theComparisonModelPassesTheTester()
    {
        TenderDocument doc;
        CostComparisonModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 0);
        doc.reset(guitest::sampleTender(kSample));
        model.refresh();
        const Tender& t = doc.tender();
        QCOMPARE(model.columnCount(), int(t.bids.size()));
        const int kinds = int(model.kinds().size());
        QCOMPARE(model.rowCount(), kinds + CostComparisonModel::TotalRowCount);
        // Each opened bid's NPV row is the core's lifecycle cost of its lines.
        for (int b = 0; b < int(t.bids.size()); ++b) {
            if (b == indexOf(t, "B4"))
                continue;
            const double npv = cost::lifecycleCost(t.lifecycle, t.bids[std::size_t(b)].costs).npv;
            QCOMPARE(
                model.index(kinds + CostComparisonModel::NpvRow, b).data(NumberRole).toDouble(),
                npv);
        }
        // B2 is cheapest on quoted price, B1 over five years.
        QCOMPARE(model.comparison().cheapestQuoted, indexOf(t, "B2"));
        QCOMPARE(model.comparison().cheapestLifecycle, indexOf(t, "B1"));
        // B4's financial proposal is not opened: its quoted price is not shown.
        QCOMPARE(model.index(kinds + CostComparisonModel::QuotedPriceRow, indexOf(t, "B4"))
                     .data(NumberRole),
                 QVariant());
        // Nor its cost lines: they come with the price, in the second envelope.
        const int b4 = indexOf(t, "B4");
        QVERIFY(!t.bids[std::size_t(b4)].costs.empty());
        QCOMPARE(model.index(kinds + CostComparisonModel::NpvRow, b4).data(NumberRole), QVariant());
        QCOMPARE(model.index(kinds + CostComparisonModel::NpvRow, b4).data().toString(),
                 QStringLiteral("not opened"));
        for (int k = 0; k < kinds; ++k)
            QCOMPARE(model.index(k, b4).data(NumberRole), QVariant());
        doc.reset(Tender{});
        model.refresh();
        QCOMPARE(model.rowCount(), int(CostComparisonModel::TotalRowCount));
    }

    void eachCostCommandUndoesAndRedoes()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender(kSample));
        const int b1 = indexOf(doc.tender(), "B1");
        cost::LifecycleTerms terms = doc.tender().lifecycle;
        terms.basis = cost::FinancialBasis::QuotedPrice;
        roundTrip(doc, new SetLifecycleTermsCommand(&doc, terms), [](const Tender& t) {
            QCOMPARE(t.lifecycle.basis, cost::FinancialBasis::QuotedPrice);
        });
        roundTrip(doc,
                  new AddCostLineCommand(
                      &doc, b1, 1, cost::CostLine{QStringLiteral("switching"), 7, {}, {}, {}}),
                  [b1](const Tender& t) {
                      QCOMPARE(t.bids[std::size_t(b1)].costs[1].kind, QStringLiteral("switching"));
                  });
        roundTrip(doc, new RemoveCostLineCommand(&doc, b1, 0), [&](const Tender& t) {
            QCOMPARE(t.bids[std::size_t(b1)].costs.size(),
                     guitest::sampleTender(kSample).bids[std::size_t(b1)].costs.size());
        });
        roundTrip(doc,
                  new SetCostLineFieldCommand(&doc, b1, 0, CostLineField::Note,
                                              QStringLiteral("GPU servers")),
                  [b1](const Tender& t) {
                      QCOMPARE(t.bids[std::size_t(b1)].costs[0].note,
                               QStringLiteral("GPU servers"));
                  });
        roundTrip(doc,
                  new SetCostLineFieldCommand(&doc, b1, 0, CostLineField::FromYear, QVariant(3)),
                  [b1](const Tender& t) {
                      QVERIFY(t.bids[std::size_t(b1)].costs[0].fromYear == std::optional<int>(3));
                  });
    }

    // The commands name the row they touch (TenderChange::Rows): the table
    // moves that row, keeping the selection and scroll of the others,
    // instead of resetting; undo moves it back the other way.
    void aLineAddedOrRemovedMovesOneRowNotTheWholeTable()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender(kSample));
        CostLinesModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBid(0);
        const int before = model.rowCount();
        QVERIFY(before >= 2);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        doc.undoStack()->push(new AddCostLineCommand(&doc, 0, 1, cost::CostLine{}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.last().at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), before + 1);
        doc.undoStack()->undo();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.last().at(1).toInt(), 1);
        doc.undoStack()->push(new RemoveCostLineCommand(&doc, 0, before - 1));
        QCOMPARE(removed.count(), 2);
        QCOMPARE(removed.last().at(1).toInt(), before - 1);
        doc.undoStack()->undo();
        QCOMPARE(inserted.count(), 2);
        doc.undoStack()->push(
            new SetCostLineFieldCommand(&doc, 0, 1, CostLineField::Amount, QVariant(12.0)));
        QCOMPARE(changed.last().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.last().at(1).toModelIndex().row(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), before);
    }

    void typingAnAmountIsOneStep()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender(kSample));
        CostLinesModel model(&doc);
        model.setBid(0);
        QVERIFY(model.setData(model.index(0, CostLinesModel::AmountColumn), 1.0));
        QVERIFY(model.setData(model.index(0, CostLinesModel::AmountColumn), 12.0));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QVERIFY(doc.tender() == guitest::sampleTender(kSample));
    }

    void switchingTheBasisOnThePageReRanks()
    {
        TenderDocument doc;
        CostsPage page(&doc);
        doc.reset(guitest::sampleTender(kSample));
        QCOMPARE(winnerOf(doc), QStringLiteral("B1"));
        auto* verdict = page.findChild<QLabel*>(QStringLiteral("costsVerdict"));
        QVERIFY(verdict->text().contains(QStringLiteral("B2 has the lowest quoted price")));

        auto* basis = page.findChild<QComboBox*>(QStringLiteral("costsBasis"));
        QCOMPARE(basis->currentIndex(), 1);
        basis->setCurrentIndex(0);
        emit basis->activated(0);
        QCOMPARE(doc.tender().lifecycle.basis, cost::FinancialBasis::QuotedPrice);
        QCOMPARE(winnerOf(doc), QStringLiteral("B2"));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Score the quoted price"));
        doc.undoStack()->undo();
        QCOMPARE(basis->currentIndex(), 1);
        QCOMPARE(winnerOf(doc), QStringLiteral("B1"));

        auto* horizon = page.findChild<QSpinBox*>(QStringLiteral("costsHorizon"));
        QCOMPARE(horizon->value(), 5);
        horizon->setValue(3);
        emit horizon->editingFinished();
        QCOMPARE(doc.tender().lifecycle.horizonYears, 3);
    }

    void theRankingNamesTheBasisInItsPriceColumn()
    {
        TenderDocument doc;
        RankingModel ranking(&doc);
        doc.reset(guitest::sampleTender(kSample));
        const auto header = [&] {
            return ranking.headerData(RankingModel::PriceColumn, Qt::Horizontal).toString();
        };
        QVERIFY2(header().startsWith(QStringLiteral("Lifecycle cost, NPV")), qPrintable(header()));
        QSignalSpy changed(&ranking, &QAbstractItemModel::headerDataChanged);
        cost::LifecycleTerms terms = doc.tender().lifecycle;
        terms.basis = cost::FinancialBasis::QuotedPrice;
        doc.undoStack()->push(new SetLifecycleTermsCommand(&doc, terms));
        QVERIFY(changed.count() >= 1);
        QVERIFY2(header().startsWith(QStringLiteral("Evaluated price")), qPrintable(header()));
    }

    void theChartHasALinePerOpenedBidWithCosts()
    {
        TenderDocument doc;
        CostsPage page(&doc);
        doc.reset(guitest::sampleTender(kSample));
        const QList<QAbstractSeries*> series = page.chart()->chart()->series();
        // Every bid has cost lines; B4's financial proposal is not opened.
        QCOMPARE(series.size(), int(doc.tender().bids.size()) - 1);
        for (const QAbstractSeries* s : series)
            QVERIFY(s->name() != QLatin1String("B4"));
        auto* b1 = qobject_cast<QLineSeries*>(series.at(0));
        QVERIFY(b1);
        QCOMPARE(b1->name(), QStringLiteral("B1"));
        QCOMPARE(b1->count(), doc.tender().lifecycle.horizonYears + 1);
        // Cumulative: never falling, and the last point is the undiscounted total (in lakh).
        for (int i = 1; i < b1->count(); ++i)
            QVERIFY(b1->at(i).y() >= b1->at(i - 1).y());
        const double total =
            cost::lifecycleCost(doc.tender().lifecycle, doc.tender().bids[0].costs).undiscounted;
        QVERIFY(qAbs(b1->at(b1->count() - 1).y() - total / 1e5) < 1e-6);
    }

    void addingALineFromThePage()
    {
        TenderDocument doc;
        CostsPage page(&doc);
        doc.reset(guitest::sampleTender(kSample));
        const int b3 = indexOf(doc.tender(), "B3");
        page.showBid(b3);
        const auto& costs = doc.tender().bids[std::size_t(b3)].costs;
        const std::size_t before = costs.size();
        page.addLine(QStringLiteral("staff"));
        QCOMPARE(costs.size(), before + 1);
        QCOMPARE(costs.back().kind, QStringLiteral("staff"));
        QCOMPARE(page.linesModel()->rowCount(), int(before) + 1);
    }
};

QTEST_MAIN(TestCosts)
#include "tst_costs.moc"
