// The Eligibility page and what it edits with: each kind of edit undoes to
// exactly the tender it started from and redoes to the tender it made; a
// renamed or removed criterion takes the bids' findings along; the three
// models stay consistent under QAbstractItemModelTester through all of it;
// the page says which preference rule applies instead of applying one.

#include "GuiTestSupport.h"

#include "commands/EligibilityCommands.h"
#include "document/TenderDocument.h"
#include "models/CertificationsModel.h"
#include "models/EligibilityCriteriaModel.h"
#include "models/EligibilityResponsesModel.h"
#include "models/ModelRoles.h"
#include "pages/EligibilityPage.h"
#include "pages/MarksPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace tulana;
using namespace tulana::eligibility;
using guitest::roundTrip;

namespace {

constexpr int kB1 = 0, kB2 = 1, kB5 = 4;

Tender sample()
{
    return guitest::sampleTender("crop-advisory-eligibility");
}

int standingOf(const TenderDocument& doc, int bid)
{
    return int(doc.evaluation().results.at(std::size_t(bid)).standing);
}

} // namespace

class TestEligibilityGui : public QObject
{
    Q_OBJECT

private slots:
    void aResponseEditUndoesAndRedoes()
    {
        TenderDocument doc;
        doc.reset(sample());
        QCOMPARE(standingOf(doc, kB2), int(Standing::Ineligible));
        Response met{QStringLiteral("E2"), Met::Yes, MetBy::Requirement,
                     QStringLiteral("revised statements")};
        roundTrip(doc, new SetEligibilityResponseCommand(&doc, kB2, met), [&](const Tender& t) {
            QCOMPARE(t.bids[kB2].eligibility[1].met, Met::Yes);
            QCOMPARE(standingOf(doc, kB2), int(Standing::Qualified));
        });
    }

    void typingEvidenceIsOneStep()
    {
        TenderDocument doc;
        doc.reset(sample());
        Response r = doc.tender().bids[kB1].eligibility[2];
        r.evidence = QStringLiteral("P");
        doc.undoStack()->push(new SetEligibilityResponseCommand(&doc, kB1, r));
        r.evidence = QStringLiteral("Pilot");
        doc.undoStack()->push(new SetEligibilityResponseCommand(&doc, kB1, r));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.tender().bids[kB1].eligibility[2].evidence, QStringLiteral("Pilot"));
    }

    void withdrawingAnAlternativeMakesItsUsersIneligible()
    {
        TenderDocument doc;
        doc.reset(sample());
        std::vector<eligibility::Criterion> criteria = doc.tender().eligibility;
        criteria[2].alternatives = {Alternative::ThirdPartyAudit}; // no more pilots
        roundTrip(doc,
                  new SetEligibilityCriteriaCommand(&doc, criteria, QStringLiteral("No pilots")),
                  [&](const Tender&) {
                      QCOMPARE(standingOf(doc, kB1), int(Standing::Ineligible)); // used a pilot
                      QCOMPARE(standingOf(doc, kB5), int(Standing::Qualified));  // an audit
                  });
    }

    void aRenamedCriterionKeepsItsFindings()
    {
        TenderDocument doc;
        doc.reset(sample());
        std::vector<eligibility::Criterion> criteria = doc.tender().eligibility;
        criteria[1].id = QStringLiteral("TURNOVER");
        roundTrip(doc, new SetEligibilityCriteriaCommand(&doc, criteria, QStringLiteral("Rename")),
                  [&](const Tender& t) {
                      QCOMPARE(t.bids[kB2].eligibility[1].criterion, QStringLiteral("TURNOVER"));
                      QCOMPARE(standingOf(doc, kB2), int(Standing::Ineligible));
                  });
    }

    void aRemovedCriterionTakesItsFindingsAway()
    {
        TenderDocument doc;
        doc.reset(sample());
        std::vector<eligibility::Criterion> criteria = doc.tender().eligibility;
        criteria.erase(criteria.begin() + 1); // the turnover criterion B2 failed
        roundTrip(doc, new SetEligibilityCriteriaCommand(&doc, criteria, QStringLiteral("Remove")),
                  [&](const Tender& t) {
                      for (const Bid& b : t.bids)
                          for (const Response& r : b.eligibility)
                              QVERIFY(r.criterion != QStringLiteral("E2"));
                      QCOMPARE(standingOf(doc, kB2), int(Standing::Qualified));
                      QVERIFY(!hasErrors(doc.problems()));
                  });
    }

    void designationAndCertificationEditsUndoAndRedo()
    {
        TenderDocument doc;
        doc.reset(sample());
        roundTrip(doc,
                  new SetEnterpriseCommand(&doc, kB2, {Designation::Medium, QStringLiteral("U-1")}),
                  [](const Tender& t) {
                      QCOMPARE(t.bids[kB2].enterprise.designation, Designation::Medium);
                  });
        std::vector<Certification> list;
        list.push_back({Scheme::Stqc, {Aspect::Documentation}, QStringLiteral("STQC"), {}, {}});
        roundTrip(doc, new SetCertificationsCommand(&doc, kB1, list, QStringLiteral("Add")),
                  [](const Tender& t) { QCOMPARE(t.bids[kB1].certifications.size(), 1u); });
    }

    void theModelsStayConsistentThroughEdits()
    {
        TenderDocument doc;
        doc.reset(sample());
        EligibilityCriteriaModel criteria(&doc);
        EligibilityResponsesModel responses(&doc);
        CertificationsModel certifications(&doc);
        QAbstractItemModelTester t1(&criteria,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&responses,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&certifications,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        responses.setBid(kB1);
        certifications.setBid(kB5);
        QCOMPARE(criteria.rowCount(), 3);
        QCOMPARE(responses.rowCount(), 3);
        QCOMPARE(certifications.rowCount(), 1);
        QCOMPARE(responses.index(2, EligibilityResponsesModel::HowColumn).data().toString(),
                 QStringLiteral("pilot deployment"));
        QVERIFY(responses.index(2, EligibilityResponsesModel::OutcomeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("pilot deployment")));

        // A check box on the criteria table is an undoable edit.
        const QModelIndex pilot = criteria.index(2, EligibilityCriteriaModel::PilotColumn);
        QCOMPARE(pilot.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(criteria.setData(pilot, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!doc.tender().eligibility[2].allows(Alternative::PilotDeployment));
        QVERIFY(responses.index(2, EligibilityResponsesModel::OutcomeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("does not allow")));
        doc.undoStack()->undo();
        QVERIFY(doc.tender().eligibility[2].allows(Alternative::PilotDeployment));

        // A duplicate id is refused with a message, and nothing changes.
        QSignalSpy rejected(&criteria, &EligibilityCriteriaModel::editRejected);
        QVERIFY(!criteria.setData(criteria.index(0, EligibilityCriteriaModel::IdColumn),
                                  QStringLiteral(" E2 ")));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.last().first().toString(),
                 QStringLiteral("The id “E2” is used by another eligibility criterion."));
        // So is an id holding a control character, in the core's words.
        QVERIFY(!criteria.setData(criteria.index(0, EligibilityCriteriaModel::IdColumn),
                                  QStringLiteral("E\u001b9")));
        QCOMPARE(rejected.size(), 2);
        QVERIFY2(rejected.last().first().toString().startsWith(
                     QStringLiteral("The id \"E\u241b9\" holds a control character (U+001B)")),
                 qPrintable(rejected.last().first().toString()));
        // And an empty one.
        QVERIFY(!criteria.setData(criteria.index(0, EligibilityCriteriaModel::IdColumn),
                                  QStringLiteral("  ")));
        QCOMPARE(rejected.size(), 3);
        QCOMPARE(rejected.last().first().toString(),
                 QStringLiteral("Every eligibility criterion needs an id."));

        // Findings through the model.
        QVERIFY(responses.setData(responses.index(0, EligibilityResponsesModel::MetColumn),
                                  QStringLiteral("no")));
        QCOMPARE(standingOf(doc, kB1), int(Standing::Ineligible));

        // Rows come and go.
        const int added = criteria.addCriterion();
        QCOMPARE(added, 3);
        QCOMPARE(responses.rowCount(), 4);
        QCOMPARE(standingOf(doc, kB5), int(Standing::Incomplete)); // E4 not yet assessed
        criteria.removeCriterion(added);
        QCOMPARE(responses.rowCount(), 3);
        QCOMPARE(certifications.addCertification(), 1);
        QCOMPARE(certifications.rowCount(), 2);
        QVERIFY(certifications.setData(
            certifications.index(1, CertificationsModel::CybersecurityColumn), Qt::Checked,
            Qt::CheckStateRole));
        QCOMPARE(doc.tender().bids[kB5].certifications[1].aspects,
                 std::vector<Aspect>{Aspect::Cybersecurity});
        QSignalSpy badDate(&certifications, &CertificationsModel::editRejected);
        QVERIFY(
            !certifications.setData(certifications.index(1, CertificationsModel::ValidUntilColumn),
                                    QStringLiteral("31/03/2027")));
        QCOMPARE(badDate.size(), 1);
        certifications.removeCertification(1);
        QCOMPARE(certifications.rowCount(), 1);

        // Undo all the way, then a reset.
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QVERIFY(doc.tender() == sample());
        doc.reset(Tender{});
        QCOMPARE(criteria.rowCount(), 0);
        QCOMPARE(responses.rowCount(), 0);
    }

    void theMarksPageShowsCertificationsAndExclusions()
    {
        TenderDocument doc;
        doc.reset(sample());
        MarksPage page(&doc);
        auto* evidence = page.findChild<QLabel*>(QStringLiteral("marksEvidence"));
        QVERIFY(evidence);
        QVERIFY2(evidence->text().contains(QStringLiteral("B5 offers a certification: STQC: "
                                                          "robustness, reproducibility")),
                 qPrintable(evidence->text()));
        QVERIFY2(evidence->text().contains(QStringLiteral("not technically scored: B2")),
                 qPrintable(evidence->text()));
        doc.reset(guitest::sampleTender("crop-advisory"));
        QVERIFY(evidence->text().isEmpty());
    }

    void thePageShowsTheOutcomeAndAnswersAPreference()
    {
        TenderDocument doc;
        doc.reset(sample());
        EligibilityPage page(&doc);
        page.resize(1280, 760);
        page.setCurrentBid(kB2);
        auto* outcome = page.findChild<QLabel*>(QStringLiteral("eligibilityOutcome"));
        QVERIFY(outcome);
        QVERIFY2(outcome->text().startsWith(QStringLiteral("not eligible")),
                 qPrintable(outcome->text()));
        page.setCurrentBid(kB5);
        auto* designation = page.findChild<QComboBox*>(QStringLiteral("eligibilityDesignation"));
        QCOMPARE(designation->currentData().toString(), QStringLiteral("micro"));
        const QString message = page.preferenceMessage();
        QVERIFY2(message.contains(QStringLiteral("applies no preference")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("GFR 2017, Rule 192(i)")), qPrintable(message));
    }
};

QTEST_MAIN(TestEligibilityGui)
#include "tst_eligibilitygui.moc"
