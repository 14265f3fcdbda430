// Every kind of edit undoes to exactly the tender it started from and redoes
// to exactly the tender it made, with a readable text for the Edit menu.

#include "GuiTestSupport.h"
#include "TenderBuilder.h"

#include "commands/BidCommands.h"
#include "commands/CriterionCommands.h"
#include "commands/EvaluatorCommands.h"
#include "commands/MarkCommands.h"
#include "commands/TenderCommands.h"
#include "document/CriteriaTree.h"
#include "document/TenderDocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace tulana;
using guitest::roundTrip;

class TestUndo : public QObject
{
    Q_OBJECT

private slots:
    void tenderFieldEditUndoesAndRedoes()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        roundTrip(doc,
                  new SetTenderFieldCommand(&doc, TenderField::Title, QStringLiteral("New title")),
                  [](const Tender& t) { QCOMPARE(t.title, QStringLiteral("New title")); });
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change title"));
        roundTrip(doc,
                  new SetTenderFieldCommand(&doc, TenderField::Method, int(SelectionMethod::Lcs)),
                  [](const Tender& t) { QCOMPARE(t.method, SelectionMethod::Lcs); });
        roundTrip(doc, new SetTenderFieldCommand(&doc, TenderField::Budget, 1.5e7),
                  [](const Tender& t) { QCOMPARE(t.budget.value_or(0), 1.5e7); });
        roundTrip(doc, new SetTenderFieldCommand(&doc, TenderField::PricesIncludeTax, false),
                  [](const Tender& t) { QVERIFY(!t.options.pricesIncludeTax); });
    }

    void typingMergesIntoOneStep()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        const QString original = doc.tender().title;
        for (const char* text : {"A", "Ab", "Abc"})
            doc.undoStack()->push(
                new SetTenderFieldCommand(&doc, TenderField::Title, QString::fromUtf8(text)));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.tender().title, QStringLiteral("Abc"));
        doc.undoStack()->undo();
        QCOMPARE(doc.tender().title, original);
    }

    void typingBackToTheOriginalLeavesNothingToUndo()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        const QString original = doc.tender().title;
        doc.undoStack()->push(new SetTenderFieldCommand(&doc, TenderField::Title, QString()));
        doc.undoStack()->push(new SetTenderFieldCommand(&doc, TenderField::Title, original));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
    }

    void qcbsWeightsChangeTogether()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        roundTrip(doc, new SetQcbsWeightsCommand(&doc, 80, 20), [](const Tender& t) {
            QCOMPARE(t.technicalWeight, 80.0);
            QCOMPARE(t.financialWeight, 20.0);
        });
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Set weights to 80:20"));
        // A slider drag is one step.
        doc.undoStack()->push(new SetQcbsWeightsCommand(&doc, 75, 25));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Set weights to 75:25"));
    }

    void addCriterionUndoesAndRedoes()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        Criterion c;
        c.id = QStringLiteral("T4");
        c.name = QStringLiteral("Data security");
        roundTrip(doc, new AddCriterionCommand(&doc, {}, 3, c), [](const Tender& t) {
            QCOMPARE(int(t.criteria.size()), 4);
            QCOMPARE(t.bids[0].marks.criteria(), 10);
        });
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add criterion “Data security”"));
    }

    void addingUnderAMarkedCriterionGivesItsMarksBackOnUndo()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        const CriterionPath leaf{1, 0}; // T2.1, marked
        Criterion child;
        child.id = QStringLiteral("T2.1.1");
        child.name = QStringLiteral("Hosting");
        child.weight = 10;
        roundTrip(doc, new AddCriterionCommand(&doc, leaf, 0, child), [&](const Tender& t) {
            QVERIFY(t.criterionAt(leaf)->isGroup());
            // The former leaf's row became the child's, not yet marked.
            QVERIFY(!t.bids[0].marks.isMarked(t.leafIndexOf({1, 0, 0}), 0));
        });
    }

    void removingACriterionGivesItsMarksBackOnUndo()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        roundTrip(doc, new RemoveCriterionCommand(&doc, {1, 1}),
                  [](const Tender& t) { QCOMPARE(countLeaves(t.criteria), 8); });
        QCOMPARE(doc.undoStack()->undoText(),
                 QStringLiteral("Remove criterion “Openness and exit”"));
        // A whole group, and the last child of a group.
        roundTrip(doc, new RemoveCriterionCommand(&doc, {0}));
        QCOMPARE(doc.undoStack()->undoText(),
                 QStringLiteral("Remove group “Proposed solution and methodology”"));
        Tender single =
            TenderBuilder().criterion("C1", 10, 100).evaluators(2).bid("X", 7, 100).build();
        Criterion group;
        group.id = QStringLiteral("G");
        group.name = QStringLiteral("Group");
        group.weight = 100;
        group.children = {single.criteria[0]};
        single.criteria[0] = group;
        doc.reset(single);
        roundTrip(doc, new RemoveCriterionCommand(&doc, {0, 0}),
                  [](const Tender& t) { QVERIFY(!t.criteria[0].isGroup()); });
    }

    void criterionFieldEditUndoesAndMerges()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        roundTrip(doc, new SetCriterionFieldCommand(&doc, {0, 1}, CriterionField::Weight, 12.5),
                  [](const Tender& t) { QCOMPARE(t.criteria[0].children[1].weight, 12.5); });
        QCOMPARE(doc.undoStack()->undoText(),
                 QStringLiteral("Change weight of “Integration with state portals”"));
        doc.undoStack()->push(
            new SetCriterionFieldCommand(&doc, {0, 1}, CriterionField::Weight, 11.0));
        QCOMPARE(doc.undoStack()->count(), 1);
        roundTrip(doc,
                  new SetCriterionFieldCommand(&doc, {0, 0}, CriterionField::MinMarks, QVariant()),
                  [](const Tender& t) { QVERIFY(!t.criteria[0].children[0].minMarks); });
    }

    void addAndRemoveBidUndo()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        Bid bid = doc.tender().newBid();
        bid.id = QStringLiteral("B6");
        bid.bidder = QStringLiteral("Someone");
        roundTrip(doc, new AddBidCommand(&doc, 5, bid),
                  [](const Tender& t) { QCOMPARE(int(t.bids.size()), 6); });
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add bid B6"));
        roundTrip(doc, new RemoveBidCommand(&doc, 1), [](const Tender& t) {
            QCOMPARE(int(t.bids.size()), 5);
            QCOMPARE(t.bids[1].id, QStringLiteral("B3"));
        });
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Remove bid B2"));
    }

    void bidFieldEditUndoesAndMergesTyping()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        roundTrip(doc, new SetBidFieldCommand(&doc, 1, BidField::Price, 1.2e7),
                  [](const Tender& t) { QCOMPARE(t.bids[1].price, 1.2e7); });
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change price of B2"));
        roundTrip(doc, new SetBidFieldCommand(&doc, 0, BidField::Status, int(BidStatus::Withdrawn)),
                  [](const Tender& t) { QCOMPARE(t.bids[0].status, BidStatus::Withdrawn); });
        const int steps = doc.undoStack()->count();
        for (const char* text : {"V", "Vi", "Vis"})
            doc.undoStack()->push(
                new SetBidFieldCommand(&doc, 2, BidField::Bidder, QString::fromUtf8(text)));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
    }

    void importBidsIsOneStep()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        std::vector<Bid> bids;
        for (const char* id : {"B6", "B7"}) {
            Bid b = doc.tender().newBid();
            b.id = QString::fromUtf8(id);
            b.bidder = QStringLiteral("Imported");
            b.price = 1e7;
            bids.push_back(b);
        }
        roundTrip(doc, new ImportBidsCommand(&doc, bids, QStringLiteral("bids.csv")),
                  [](const Tender& t) { QCOMPARE(int(t.bids.size()), 7); });
        // "bid(s)" until an English translation supplies the plural.
        QVERIFY(doc.undoStack()->undoText().startsWith(QStringLiteral("Import 2 bid")));
        QVERIFY(doc.undoStack()->undoText().endsWith(QStringLiteral(" from bids.csv")));
    }

    void setMarkUndoesAndCanClear()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        roundTrip(doc, new SetMarkCommand(&doc, 0, 1, 2, 3.5),
                  [](const Tender& t) { QCOMPARE(t.bids[0].marks.at(1, 2), 3.5); });
        QCOMPARE(doc.undoStack()->undoText(),
                 QStringLiteral("Set mark of B1 on “Integration with state portals” (E3)"));
        roundTrip(doc, new SetMarkCommand(&doc, 0, 1, 2, std::nan("")),
                  [](const Tender& t) { QVERIFY(!t.bids[0].marks.isMarked(1, 2)); });
    }

    void evaluatorsAddAndRemoveWithTheirMarks()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        roundTrip(doc,
                  new AddEvaluatorCommand(
                      &doc, 3, {QStringLiteral("E4"), QStringLiteral("Four"), QString()}),
                  [](const Tender& t) { QCOMPARE(t.bids[0].marks.evaluators(), 4); });
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add evaluator E4"));
        roundTrip(doc, new RemoveEvaluatorCommand(&doc, 1), [](const Tender& t) {
            QCOMPARE(int(t.evaluators.size()), 3);
            QCOMPARE(t.evaluators[1].id, QStringLiteral("E3"));
        });
        roundTrip(doc, new SetEvaluatorFieldCommand(&doc, 0, EvaluatorField::Name,
                                                    QStringLiteral("Shri A. Rao")));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change name of evaluator E1"));
    }

    void modifiedFollowsTheCleanState()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender(), QStringLiteral("/tmp/x.tulana"));
        QSignalSpy modified(&doc, &TenderDocument::modifiedChanged);
        QVERIFY(!doc.isModified());
        doc.undoStack()->push(new SetBidFieldCommand(&doc, 0, BidField::Tax, 0.0));
        QVERIFY(doc.isModified());
        doc.undoStack()->undo();
        QVERIFY(!doc.isModified());
        QCOMPARE(modified.count(), 2);
        doc.reset(guitest::sampleTender(), QString(), true);
        QVERIFY2(doc.isModified(), "a new tender is modified until saved");
    }

    void everyEditReevaluates()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        QCOMPARE(doc.tender().bids[std::size_t(doc.evaluation().winner)].id, QStringLiteral("B2"));
        QSignalSpy evaluated(&doc, &TenderDocument::evaluated);
        // B1, open source, cheaper still: it wins.
        doc.undoStack()->push(new SetBidFieldCommand(&doc, 0, BidField::Price, 9.0e6));
        QCOMPARE(evaluated.count(), 1);
        QCOMPARE(doc.tender().bids[std::size_t(doc.evaluation().winner)].id, QStringLiteral("B1"));
        doc.undoStack()->undo();
        QCOMPARE(doc.tender().bids[std::size_t(doc.evaluation().winner)].id, QStringLiteral("B2"));
    }
};

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
