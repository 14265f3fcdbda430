// The item models over a TenderDocument: each under QAbstractItemModelTester
// through every kind of edit, undo, redo and reset, and their own rules.

#include "GuiTestSupport.h"

#include "commands/BidCommands.h"
#include "commands/CriterionCommands.h"
#include "commands/EvaluatorCommands.h"
#include "commands/MarkCommands.h"
#include "commands/TenderCommands.h"
#include "document/TenderDocument.h"
#include "models/BidsModel.h"
#include "models/CriteriaModel.h"
#include "models/EvaluatorsModel.h"
#include "models/MarksModel.h"
#include "models/ModelRoles.h"
#include "models/RankingModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace tulana;

namespace {

// One of every kind of edit, then all undone, all redone, and a reset:
// what a model must follow without upsetting its tester.
void exercise(TenderDocument& doc)
{
    QUndoStack* stack = doc.undoStack();
    const auto push = [stack](QUndoCommand* c) { stack->push(c); };
    Criterion extra;
    extra.id = QStringLiteral("T4");
    extra.name = QStringLiteral("Data security");
    extra.weight = 5;
    push(new AddCriterionCommand(&doc, {}, 3, extra));
    Criterion child;
    child.id = QStringLiteral("T2.1.1");
    child.name = QStringLiteral("Hosting");
    push(new AddCriterionCommand(&doc, {1, 0}, 0, child)); // a marked criterion becomes a group
    push(new SetCriterionFieldCommand(&doc, {0, 1}, CriterionField::Weight, 8.0));
    push(new SetCriterionFieldCommand(&doc, {0, 1}, CriterionField::Name, QStringLiteral("X")));
    push(new RemoveCriterionCommand(&doc, {2}));       // a group
    push(new RemoveCriterionCommand(&doc, {1, 0, 0})); // the group turns back into a criterion
    push(new SetQcbsWeightsCommand(&doc, 80, 20));
    push(new SetTenderFieldCommand(&doc, TenderField::Currency, QStringLiteral("USD")));
    Bid bid = doc.tender().newBid();
    bid.id = QStringLiteral("B6");
    bid.bidder = QStringLiteral("New bidder");
    bid.price = 1.0e7;
    push(new AddBidCommand(&doc, 2, bid));
    push(new SetBidFieldCommand(&doc, 0, BidField::Price, 9.0e6)); // B1 moves to the top
    push(new SetBidFieldCommand(&doc, 1, BidField::Id, QStringLiteral("B2a")));
    push(new RemoveBidCommand(&doc, 1));
    std::vector<Bid> imported(2, doc.tender().newBid());
    imported[0].id = QStringLiteral("B7");
    imported[1].id = QStringLiteral("B8");
    push(new ImportBidsCommand(&doc, imported, QStringLiteral("bids.csv")));
    push(new SetMarkCommand(&doc, 0, 0, 0, 1.0));
    push(new AddEvaluatorCommand(&doc, 1, {QStringLiteral("E9"), QStringLiteral("Nine"), {}}));
    push(new SetEvaluatorFieldCommand(&doc, 1, EvaluatorField::Name, QStringLiteral("Neun")));
    push(new RemoveEvaluatorCommand(&doc, 0));
    stack->setIndex(0);
    stack->setIndex(stack->count());
    stack->setIndex(stack->count() / 2);
    doc.reset(guitest::sampleTender("land-records-ocr"));
}

template <typename Model> void exerciseUnderTester()
{
    TenderDocument doc;
    doc.reset(guitest::sampleTender());
    Model model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    exercise(doc);
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void criteriaModelPassesTheTester() { exerciseUnderTester<CriteriaModel>(); }
    void bidsModelPassesTheTester() { exerciseUnderTester<BidsModel>(); }
    void marksModelPassesTheTester() { exerciseUnderTester<MarksModel>(); }
    void rankingModelPassesTheTester() { exerciseUnderTester<RankingModel>(); }
    void evaluatorsModelPassesTheTester() { exerciseUnderTester<EvaluatorsModel>(); }

    void marksModelPassesTheTesterForTheCommittee()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        MarksModel model(&doc);
        model.setEvaluator(2);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        exercise(doc);
        model.setEvaluator(MarksModel::CommitteeAverage);
        exercise(doc);
    }

    void criteriaModelShowsTheTreeWithShares()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        CriteriaModel model(&doc);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex t1 = model.index(0, 0);
        QCOMPARE(model.rowCount(t1), 4);
        QCOMPARE(t1.data().toString(), QStringLiteral("Proposed solution and methodology"));
        QCOMPARE(model.index(0, CriteriaModel::ShareColumn).data().toString(),
                 QStringLiteral("31.5%"));
        const QModelIndex t12 = model.index(1, CriteriaModel::WeightColumn, t1);
        QCOMPARE(t12.data(Qt::EditRole).toDouble(), 10.0);
        QCOMPARE(model.pathFromIndex(t12), (CriterionPath{0, 1}));
        QCOMPARE(model.indexFromPath({0, 1}, CriteriaModel::WeightColumn), t12);
        QCOMPARE(model.criterionFromIndex(t12)->id, QStringLiteral("T1.2"));
        QCOMPARE(model.topLevelTotal(), 100.0);
        // Max marks are for marked criteria only.
        QVERIFY(!(model.flags(model.index(0, CriteriaModel::MaxMarksColumn)) & Qt::ItemIsEditable));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(t12, 12.0));
        QCOMPARE(doc.tender().criteria[0].children[1].weight, 12.0);
        QVERIFY(changed.count() > 0);
        // The group's criteria now add up to 47, not 45: it says so.
        QVERIFY(!CriteriaModel::groupMismatch(doc.tender().criteria[0]).isEmpty());
        QVERIFY(t1.data(Qt::DecorationRole).isValid());
        QVERIFY(t1.data(Qt::ToolTipRole).toString().contains(QStringLiteral("47")));
        // Shares follow the QCBS weights.
        doc.undoStack()->push(new SetQcbsWeightsCommand(&doc, 80, 20));
        QCOMPARE(model.index(0, CriteriaModel::ShareColumn).data().toString(),
                 QStringLiteral("36.0%"));
    }

    void criteriaModelRefusesBadEdits_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("a negative weight") << int(CriteriaModel::WeightColumn) << QVariant(-1.0);
        QTest::newRow("a weight that is not a number")
            << int(CriteriaModel::WeightColumn) << QVariant(QStringLiteral("ten"));
        QTest::newRow("zero maximum marks") << int(CriteriaModel::MaxMarksColumn) << QVariant(0.0);
        QTest::newRow("a minimum above the maximum")
            << int(CriteriaModel::MinMarksColumn) << QVariant(11.0);
        QTest::newRow("an id used by another criterion")
            << int(CriteriaModel::IdColumn) << QVariant(QStringLiteral("T2.2"));
        QTest::newRow("an empty name") << int(CriteriaModel::NameColumn) << QVariant(QString());
    }

    void criteriaModelRefusesBadEdits()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        CriteriaModel model(&doc);
        QSignalSpy rejected(&model, &CriteriaModel::editRejected);
        const Tender before = doc.tender();
        QVERIFY(!model.setData(model.indexFromPath({1, 0}, column), value));
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!rejected.first().first().toString().isEmpty());
        QVERIFY(doc.tender() == before);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void bidsModelRefusesABadPriceWithAMessage_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("letters are not a price") << QVariant(QStringLiteral("abc"));
        QTest::newRow("lakh in words is not a price") << QVariant(QStringLiteral("12 lakh"));
        QTest::newRow("zero is not a price") << QVariant(QStringLiteral("0"));
        QTest::newRow("a negative price") << QVariant(QStringLiteral("-5"));
        QTest::newRow("a negative number") << QVariant(-5.0);
        QTest::newRow("an empty price") << QVariant(QString());
        QTest::newRow("ambiguous grouping") << QVariant(QStringLiteral("1,2,3"));
    }

    void anIdWithAControlCharacterIsRefusedOnEveryPage()
    {
        // Pasted from elsewhere, an ESC would make an id that looks like
        // another on every screen and memo: the core's rule refuses it
        // (idControlCharacterProblem), and its words are shown.
        const QVariant id(QStringLiteral("X\u001b[2J"));
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        const Tender before = doc.tender();
        const auto check = [&](auto& model, const QModelIndex& cell) {
            QSignalSpy rejected(&model, &std::remove_reference_t<decltype(model)>::editRejected);
            QVERIFY(!model.setData(cell, id));
            QCOMPARE(rejected.count(), 1);
            const QString message = rejected.first().first().toString();
            QVERIFY2(message.startsWith(QStringLiteral("The id \"X\u241b[2J\" holds a control "
                                                       "character (U+001B) at character 2")),
                     qPrintable(message));
        };
        CriteriaModel criteria(&doc);
        check(criteria, criteria.indexFromPath({1, 0}, CriteriaModel::IdColumn));
        BidsModel bids(&doc);
        check(bids, bids.index(1, BidsModel::IdColumn));
        EvaluatorsModel evaluators(&doc);
        check(evaluators, evaluators.index(0, EvaluatorsModel::IdColumn));
        QVERIFY(doc.tender() == before);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void everyTableTreatsATypedIdAlike()
    {
        // One rule for the tables that name rows by id (models/TypedId.h):
        // the id is trimmed; an empty one, or another row's, is refused in
        // the table's own words, and the document is left as it was.
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        const auto check = [&](auto& model, const QModelIndex& cell, const QModelIndex& other,
                               const QString& what) {
            using Model = std::remove_reference_t<decltype(model)>;
            QSignalSpy rejected(&model, &Model::editRejected);
            const Tender before = doc.tender();
            QVERIFY(!model.setData(cell, QStringLiteral("   ")));
            const QString otherId = other.data().toString();
            QVERIFY(!otherId.isEmpty());
            QVERIFY(!model.setData(cell, QStringLiteral(" %1 ").arg(otherId)));
            QCOMPARE(rejected.count(), 2);
            QCOMPARE(rejected.at(0).first().toString(),
                     QStringLiteral("Every %1 needs an id.").arg(what));
            QCOMPARE(rejected.at(1).first().toString(),
                     QStringLiteral("The id “%1” is used by another %2.").arg(otherId, what));
            QVERIFY(doc.tender() == before);
            QCOMPARE(doc.undoStack()->count(), 0);
            // Kept trimmed, as one edit that undoes.
            QVERIFY(model.setData(cell, QStringLiteral("  NEW-1\t")));
            QCOMPARE(cell.data().toString(), QStringLiteral("NEW-1"));
            QCOMPARE(doc.undoStack()->count(), 1);
            doc.undoStack()->undo();
            QVERIFY(doc.tender() == before);
            doc.undoStack()->clear();
        };
        CriteriaModel criteria(&doc);
        check(criteria, criteria.indexFromPath({1, 0}, CriteriaModel::IdColumn),
              criteria.indexFromPath({0}, CriteriaModel::IdColumn), QStringLiteral("criterion"));
        BidsModel bids(&doc);
        check(bids, bids.index(1, BidsModel::IdColumn), bids.index(0, BidsModel::IdColumn),
              QStringLiteral("bid"));
        EvaluatorsModel evaluators(&doc);
        check(evaluators, evaluators.index(0, EvaluatorsModel::IdColumn),
              evaluators.index(1, EvaluatorsModel::IdColumn), QStringLiteral("evaluator"));
    }

    void bidsModelRefusesABadPriceWithAMessage()
    {
        QFETCH(QVariant, value);
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        BidsModel model(&doc);
        QSignalSpy rejected(&model, &BidsModel::editRejected);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const double before = doc.tender().bids[1].price;
        QVERIFY(!model.setData(model.index(1, BidsModel::PriceColumn), value));
        QCOMPARE(rejected.count(), 1);
        QVERIFY(rejected.first().first().toString().startsWith(QStringLiteral("The price")));
        QCOMPARE(doc.tender().bids[1].price, before);
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void bidsModelReadsPricesAsOfficersWriteThem_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<double>("price");
        QTest::newRow("Indian grouping") << QVariant(QStringLiteral("1,25,00,000")) << 1.25e7;
        QTest::newRow("Western grouping") << QVariant(QStringLiteral("12,500,000")) << 1.25e7;
        QTest::newRow("rupee sign and paise")
            << QVariant(QStringLiteral("₹ 98,75,000.50")) << 9875000.5;
        QTest::newRow("Rs. and /-") << QVariant(QStringLiteral("Rs. 12,50,000/-")) << 1.25e6;
        QTest::newRow("a number from a spin box") << QVariant(5.0e6) << 5.0e6;
    }

    void bidsModelReadsPricesAsOfficersWriteThem()
    {
        QFETCH(QVariant, value);
        QFETCH(double, price);
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        BidsModel model(&doc);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex cell = model.index(1, BidsModel::PriceColumn);
        QVERIFY(model.setData(cell, value));
        QCOMPARE(doc.tender().bids[1].price, price);
        // The cell itself, then the ids' problem marks after re-evaluation.
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.first().at(0).toModelIndex(), cell);
        QCOMPARE(changed.first().at(1).toModelIndex(), cell);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change price of B2"));
    }

    void bidsModelEditsNatureAndStatusByChoice()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        BidsModel model(&doc);
        const QModelIndex nature = model.index(0, BidsModel::NatureColumn);
        QCOMPARE(nature.data(ChoicesRole).toList().size(), 3);
        QVERIFY(model.setData(nature, int(BidNature::Mixed)));
        QCOMPARE(doc.tender().bids[0].nature, BidNature::Mixed);
        QCOMPARE(nature.data().toString(), QStringLiteral("Mixed"));
        const QModelIndex status = model.index(0, BidsModel::StatusColumn);
        QVERIFY(model.setData(status, int(BidStatus::NonResponsive)));
        // A rejected bid needs its reason: the cell says so.
        QVERIFY(!model.index(0, BidsModel::ReasonColumn).data(Qt::ToolTipRole).isNull());
        QSignalSpy rejected(&model, &BidsModel::editRejected);
        QVERIFY(!model.setData(model.index(0, BidsModel::IdColumn), QStringLiteral("B3")));
        QCOMPARE(rejected.count(), 1);
    }

    void bidsModelMarksABidThatCannotBeScored()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        BidsModel model(&doc);
        const QModelIndex id = model.index(2, BidsModel::IdColumn);
        QVERIFY(id.data(Qt::DecorationRole).isNull());
        QVERIFY(
            model.setData(model.index(2, BidsModel::StatusColumn), int(BidStatus::NonResponsive)));
        QVERIFY(!id.data(Qt::DecorationRole).isNull());
        QVERIFY(id.data(Qt::ToolTipRole).toString().contains(QStringLiteral("reason")));
        QCOMPARE(model.index(2, BidsModel::ReasonColumn).data().toString(),
                 QStringLiteral("reason required"));
    }

    void marksModelShowsOneEvaluatorAndTheCommittee()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        MarksModel model(&doc);
        QCOMPARE(model.rowCount(), 10); // nine criteria and the technical score
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.evaluator(), 0);
        const QModelIndex cell = model.index(0, 0);
        QCOMPARE(cell.data().toString(), QStringLiteral("16"));
        // E1's sheet gives nothing of the others' marks away: no average
        // beside the mark, in its tool tip, its derivation or the total.
        QVERIFY(cell.data(SecondaryTextRole).toString().isEmpty());
        QVERIFY2(!cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("16.33")),
                 qPrintable(cell.data(Qt::ToolTipRole).toString()));
        QVERIFY(!cell.data(DerivationRole).isValid());
        QVERIFY(model.index(9, 0).data(SecondaryTextRole).toString().isEmpty());
        QVERIFY(!model.index(9, 0).data(DerivationRole).isValid());
        // The column names the bidder (its first words), not only "B1".
        const QString header = model.headerData(0, Qt::Horizontal).toString();
        QVERIFY2(header.startsWith(QStringLiteral("B1\nSahyadri")), qPrintable(header));
        QVERIFY(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(doc.tender().bids[0].bidder));
        QVERIFY(model.flags(cell) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(9, 0)) & Qt::ItemIsEditable));
        QCOMPARE(model.headerData(9, Qt::Vertical).toString(), QStringLiteral("Technical score"));
        QCOMPARE(model.index(9, 0).data().toString(), QStringLiteral("72.50"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setEvaluator(MarksModel::CommitteeAverage);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell.data().toString(), QStringLiteral("16.33"));
        QCOMPARE(model.index(9, 0).data().toString(), QStringLiteral("76.08"));
        QVERIFY(!(model.flags(cell) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(cell, 3.0));
        const Derivation d = cell.data(DerivationRole).value<Derivation>();
        QVERIFY(d.available);
    }

    void marksModelSetsAndRefusesMarks()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        MarksModel model(&doc);
        model.setEvaluator(1);
        const QModelIndex cell = model.index(1, 2); // T1.2, B3, E2
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(cell, 9.5));
        QCOMPARE(doc.tender().bids[2].marks.at(1, 1), 9.5);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), cell);
        QVERIFY(model.setData(cell, QVariant()));
        QVERIFY(!doc.tender().bids[2].marks.isMarked(1, 1));
        QSignalSpy rejected(&model, &MarksModel::editRejected);
        QVERIFY(!model.setData(cell, 11.0)); // out of 10
        QVERIFY(!model.setData(cell, QStringLiteral("seven")));
        QCOMPARE(rejected.count(), 2);
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    void marksModelFollowsTheEvaluatorThroughRemovals()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        MarksModel model(&doc);
        model.setEvaluator(2);
        doc.undoStack()->push(new RemoveEvaluatorCommand(&doc, 0));
        QCOMPARE(model.evaluator(), 1); // still E3
        doc.undoStack()->push(new RemoveEvaluatorCommand(&doc, 1));
        QCOMPARE(model.evaluator(), 0); // E3 is gone: the first one
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(model.evaluator(), 1);
    }

    void rankingModelOrdersByRankAndKeepsTheSelectionOnItsBid()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        RankingModel model(&doc);
        QCOMPARE(model.rowCount(), 5);
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order << model.index(row, RankingModel::BidColumn).data().toString();
        QCOMPARE(order,
                 (QStringList{QStringLiteral("B2"), QStringLiteral("B1"), QStringLiteral("B3"),
                              QStringLiteral("B5"), QStringLiteral("B4")}));
        QCOMPARE(model.index(0, RankingModel::StandingColumn).data().toString(),
                 QStringLiteral("Qualified — winner"));
        QCOMPARE(model.index(4, RankingModel::RankColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(model.index(4, RankingModel::StandingColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("below the minimum")));

        const QPersistentModelIndex b1 = model.index(1, RankingModel::CombinedColumn);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        doc.undoStack()->push(new SetBidFieldCommand(&doc, 0, BidField::Price, 9.0e6));
        QCOMPARE(layout.count(), 1);
        QCOMPARE(model.index(0, RankingModel::BidColumn).data().toString(), QStringLiteral("B1"));
        QCOMPARE(b1.row(), 0);
        QCOMPARE(b1.column(), int(RankingModel::CombinedColumn));
    }

    void rankingModelExplainsEachScore()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        RankingModel model(&doc);
        const Derivation financial =
            model.derivationAt(model.index(0, RankingModel::FinancialColumn));
        QVERIFY(financial.available);
        QCOMPARE(financial.value, 81.16);
        QCOMPARE(model.index(0, RankingModel::FinancialColumn)
                     .data(DerivationRole)
                     .value<Derivation>()
                     .value,
                 81.16);
        // B4 is below the minimum: its financial proposal stays closed.
        const int b4 = model.rowOfBid(3);
        QCOMPARE(b4, 4);
        QVERIFY(!model.derivationAt(model.index(b4, RankingModel::FinancialColumn)).available);
        QVERIFY(model.index(b4, RankingModel::PriceColumn).data().toString().isEmpty());
    }

    void evaluatorsModelEditsThroughCommands()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        EvaluatorsModel model(&doc);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.setData(model.index(0, EvaluatorsModel::NameColumn), QStringLiteral("A")));
        QCOMPARE(doc.tender().evaluators[0].name, QStringLiteral("A"));
        QSignalSpy rejected(&model, &EvaluatorsModel::editRejected);
        QVERIFY(!model.setData(model.index(0, EvaluatorsModel::IdColumn), QStringLiteral("E2")));
        QCOMPARE(rejected.count(), 1);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
