// The context and decision edits: each kind undoes to exactly the tender it
// started from and redoes to exactly the tender it made; typing merges; a
// finalised decision is withdrawn by any edit of what it was finalised on
// and restored by undoing that edit; the two models under
// QAbstractItemModelTester through all of it.

#include "GuiTestSupport.h"

#include "commands/BidCommands.h"
#include "commands/ContextCommands.h"
#include "commands/DecisionCommands.h"
#include "commands/MarkCommands.h"
#include "commands/TenderCommands.h"
#include "document/TenderDocument.h"
#include "models/ConsiderationsModel.h"
#include "models/ModelRoles.h"
#include "models/PassedOverModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace tulana;
using guitest::roundTrip;

namespace {

// The chatbot sample without its decision: B2 (proprietary) wins, the
// open-source B1 qualifies and loses.
Tender undecidedChatbot()
{
    Tender t = guitest::sampleTender();
    t.decision = Decision{};
    return t;
}

const QString kTime = QStringLiteral("time-to-deploy");
const QString kData = QStringLiteral("data-sensitivity");
const QString kLongReason =
    QStringLiteral("B2 goes live in ten weeks; B1 needs eighteen, after the portal relaunch.");

} // namespace

class TestDecisionCommands : public QObject
{
    Q_OBJECT

private slots:
    void contextEditsUndoAndRedo()
    {
        TenderDocument doc;
        doc.reset(undecidedChatbot());
        std::vector<TenderChange> changed;
        connect(&doc, &TenderDocument::changed, &doc,
                [&changed](const TenderChange& c) { changed.push_back(c); });
        roundTrip(doc,
                  new SetContextAnswerCommand(&doc, kTime, QStringLiteral("planned-with-team")),
                  [](const Tender& t) {
                      QCOMPARE(t.context.find(kTime)->option, QStringLiteral("planned-with-team"));
                      // The note stays with the new answer.
                      QVERIFY(t.context.find(kTime)->note.contains(QLatin1String("fourteen")));
                  });
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Answer “Time to deploy”"));
        QVERIFY(!changed.empty());
        QVERIFY(changed.back().is(TenderChange::What::Context));
        QCOMPARE(changed.back().consideration, kTime);
        roundTrip(doc, new SetContextAnswerCommand(&doc, kTime, QString()),
                  [](const Tender& t) { QVERIFY(t.context.find(kTime)->option.isEmpty()); });
        roundTrip(doc, new SetContextNoteCommand(&doc, kData, QStringLiteral("Names only.")),
                  [](const Tender& t) {
                      QCOMPARE(t.context.find(kData)->note, QStringLiteral("Names only."));
                      QCOMPARE(t.context.find(kData)->option, QStringLiteral("personal"));
                  });
        roundTrip(
            doc, new SetContextPurposeCommand(&doc, QStringLiteral("A chatbot.")),
            [](const Tender& t) { QCOMPARE(t.context.purpose, QStringLiteral("A chatbot.")); });
    }

    void clearingAnswerAndNoteRemovesTheEntry()
    {
        TenderDocument doc;
        doc.reset(undecidedChatbot());
        doc.undoStack()->push(new SetContextAnswerCommand(&doc, kData, QString()));
        doc.undoStack()->push(new SetContextNoteCommand(&doc, kData, QString()));
        QVERIFY(!doc.tender().context.find(kData));
        doc.undoStack()->undo();
        QVERIFY(doc.tender().context.find(kData));
    }

    void typingANoteOrAReasonMergesIntoOneStep()
    {
        TenderDocument doc;
        doc.reset(undecidedChatbot());
        for (const char* text : {"N", "No", "Not"})
            doc.undoStack()->push(new SetContextNoteCommand(&doc, kTime, QLatin1String(text)));
        QCOMPARE(doc.undoStack()->count(), 1);
        for (const char* text : {"B", "B2", "B2 is"})
            doc.undoStack()->push(
                new SetConsiderationReasonCommand(&doc, kTime, QLatin1String(text)));
        QCOMPARE(doc.undoStack()->count(), 2);
        // Another consideration is another step.
        doc.undoStack()->push(new SetConsiderationReasonCommand(&doc, kData, QStringLiteral("x")));
        QCOMPARE(doc.undoStack()->count(), 3);
        // Typed back to where it started: nothing left to undo for it.
        doc.undoStack()->push(new SetConsiderationReasonCommand(&doc, kData, QString()));
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    void decisionEditsUndoAndRedo()
    {
        TenderDocument doc;
        doc.reset(undecidedChatbot());
        roundTrip(doc, new SelectBidCommand(&doc, QStringLiteral("B1")),
                  [](const Tender& t) { QCOMPARE(t.decision.selectedBid, QStringLiteral("B1")); });
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Select B1"));
        roundTrip(doc, new SetDecisionDateCommand(&doc, QDate(2026, 3, 21)),
                  [](const Tender& t) { QCOMPARE(t.decision.date, QDate(2026, 3, 21)); });
        roundTrip(doc, new SetConsiderationReasonCommand(&doc, kTime, kLongReason),
                  [](const Tender& t) {
                      QCOMPARE(t.decision.justification.reasons.at(kTime), kLongReason);
                  });
        roundTrip(doc, new SetEvaluationReasonCommand(&doc, kLongReason), [](const Tender& t) {
            QCOMPARE(t.decision.justification.evaluation, kLongReason);
        });
        roundTrip(
            doc, new SetJustificationStatementCommand(&doc, kLongReason),
            [](const Tender& t) { QCOMPARE(t.decision.justification.statement, kLongReason); });
    }

    void finaliseIsRefusedWithoutJustificationAndAcceptedWithIt()
    {
        TenderDocument doc;
        doc.reset(undecidedChatbot());
        FinaliseResult proposed = proposeFinalisation(&doc);
        QVERIFY(!proposed.finalised);
        QVERIFY(hasErrors(proposed.problems));
        QStringList wheres;
        for (const Problem& p : proposed.problems)
            wheres << p.where;
        QVERIFY(wheres.contains(QStringLiteral("decision.justification.reasons")));
        QVERIFY(wheres.contains(QStringLiteral("decision.justification.statement")));

        doc.undoStack()->push(new SetConsiderationReasonCommand(&doc, kTime, kLongReason));
        doc.undoStack()->push(new SetJustificationStatementCommand(&doc, kLongReason));
        proposed = proposeFinalisation(&doc);
        QVERIFY2(proposed.finalised, qPrintable(proposed.problems.value(0).toString()));
        // The default selection, the evaluation's winner, is recorded.
        QCOMPARE(proposed.decision.selectedBid, QStringLiteral("B2"));
        QVERIFY(proposed.decision.date.isValid());
        roundTrip(doc, new FinaliseDecisionCommand(&doc, proposed.decision),
                  [](const Tender& t) { QVERIFY(t.decision.finalised); });
        roundTrip(doc, new ReopenDecisionCommand(&doc),
                  [](const Tender& t) { QVERIFY(!t.decision.finalised); });
    }

    void anEditOfWhatWasFinalisedWithdrawsItAndUndoRestoresIt()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender()); // finalised in the file
        QVERIFY(doc.tender().decision.finalised);
        int decisionChanges = 0;
        connect(&doc, &TenderDocument::changed, &doc, [&decisionChanges](const TenderChange& c) {
            decisionChanges += c.is(TenderChange::What::Decision);
        });
        const Tender finalised = doc.tender();

        // An evaluation input: a price.
        doc.undoStack()->push(new SetBidFieldCommand(&doc, 0, BidField::Price, 1.0e7));
        QVERIFY(!doc.tender().decision.finalised);
        // The price, then the decision it withdrew: two changes, one of them the decision's.
        QCOMPARE(decisionChanges, 1);
        doc.undoStack()->undo();
        QVERIFY(doc.tender().decision.finalised);
        QVERIFY(doc.tender() == finalised);
        // The context.
        doc.undoStack()->push(new SetContextAnswerCommand(&doc, kTime, QStringLiteral("urgent")));
        QVERIFY(doc.tender().decision.finalised); // the same answer: nothing changed
        doc.undoStack()->push(
            new SetContextAnswerCommand(&doc, kTime, QStringLiteral("planned-with-team")));
        QVERIFY(!doc.tender().decision.finalised);
        // The decision itself, while not final: undoing both restores it.
        doc.undoStack()->push(new SetJustificationStatementCommand(&doc, kLongReason));
        QVERIFY(!doc.tender().decision.finalised);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(doc.tender() == finalised);
        // A title is not what the decision rests on.
        doc.undoStack()->push(
            new SetTenderFieldCommand(&doc, TenderField::Title, QStringLiteral("Another title")));
        QVERIFY(doc.tender().decision.finalised);
    }

    void reopeningForgetsWhatWasFinalised()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        doc.undoStack()->push(new ReopenDecisionCommand(&doc));
        const QString statement = doc.tender().decision.justification.statement;
        doc.undoStack()->push(new SetJustificationStatementCommand(&doc, kLongReason));
        doc.undoStack()->push(new SetJustificationStatementCommand(&doc, statement));
        // Back to the finalised text, but reopened on purpose: still open.
        QVERIFY(!doc.tender().decision.finalised);
    }

    void considerationsModelUnderTester()
    {
        TenderDocument doc;
        doc.reset(undecidedChatbot());
        ConsiderationsModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 6);
        const int time = model.rowOf(kTime);
        QVERIFY(time >= 0);
        const QModelIndex answer = model.index(time, ConsiderationsModel::AnswerColumn);
        const QModelIndex leaning = model.index(time, ConsiderationsModel::LeaningColumn);
        QCOMPARE(answer.data(Qt::EditRole).toString(), QStringLiteral("urgent"));
        QVERIFY(leaning.data().toString().startsWith(displayName(Leaning::FavoursProprietary)));
        // The choices are the question's options, and "not answered".
        const QVariantList choices = answer.data(ChoicesRole).toList();
        QCOMPARE(choices.size(), int(contextQuestions().question(kTime)->options.size()) + 1);

        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(answer, QStringLiteral("planned-with-team")));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(dataChanged.count(), 1);
        QVERIFY(leaning.data().toString().startsWith(displayName(Leaning::FavoursOpen)));
        // The supporting passage is in bold: Table 3's open-source text.
        const Table3Row* row = table3().row(kTime);
        const QString open =
            model.index(time, ConsiderationsModel::OpenColumn).data(RichTextRole).toString();
        QVERIFY(open.contains(QStringLiteral("<b>") + row->open.text.toHtmlEscaped() +
                              QStringLiteral("</b>")));
        QVERIFY(!model.index(time, ConsiderationsModel::ProprietaryColumn)
                     .data(RichTextRole)
                     .toString()
                     .contains(QLatin1String("<b>")));
        QCOMPARE(model.index(time, ConsiderationsModel::OpenColumn).data().toString(),
                 row->open.text); // plain, for screen readers: no notes in this cell
        QVERIFY(!model.setData(answer, QStringLiteral("no-such-answer")));
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(model.setData(model.index(time, ConsiderationsModel::NoteColumn),
                              QStringLiteral("A note")));
        QVERIFY(!model.setData(model.index(time, ConsiderationsModel::LeaningColumn),
                               QStringLiteral("x")));
        doc.undoStack()->setIndex(0);
        QVERIFY(leaning.data().toString().startsWith(displayName(Leaning::FavoursProprietary)));
        doc.undoStack()->setIndex(doc.undoStack()->count());
        doc.reset(guitest::sampleTender("land-records-ocr"));
        QCOMPARE(model.rowCount(), 6);
    }

    void passedOverModelUnderTester()
    {
        TenderDocument doc;
        doc.reset(undecidedChatbot());
        PassedOverModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // B2 (the winner, proprietary) passes over the open-source B1.
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PassedOverModel::BidColumn).data().toString(),
                 QStringLiteral("B1"));
        const Departure d = detectDeparture(doc.tender(), doc.evaluation());
        QCOMPARE(model.index(0, PassedOverModel::ScoreGapColumn).data(NumberRole).toDouble(),
                 d.passedOver.front().scoreGap.value());
        QVERIFY(model.index(0, PassedOverModel::ScoreGapColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1Char('+')));
        // Selecting the open-source bid passes over nothing.
        doc.undoStack()->push(new SelectBidCommand(&doc, QStringLiteral("B1")));
        QCOMPARE(model.rowCount(), 0);
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
        doc.undoStack()->push(
            new SetBidFieldCommand(&doc, 0, BidField::Nature, int(BidNature::Proprietary)));
        QCOMPARE(model.rowCount(), 0); // no open-source bid left
        doc.reset(guitest::sampleTender("crop-advisory"));
        doc.undoStack()->push(new SetMarkCommand(&doc, 0, 0, 0, 1.0));
    }
};

QTEST_MAIN(TestDecisionCommands)
#include "tst_decisioncommands.moc"
