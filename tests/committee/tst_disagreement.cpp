// The statistics of the committee's disagreement (core/committee/
// Disagreement.h) against figures worked by hand on small tenders: the
// spread and its band, the robust z-score (the MAD = 0 cases too), each
// member's leniency and its sign test, leave-one-member-out, whether
// moderation changed the winner, and the conflict rule's effect on the
// average. The words (report/CommitteeWords.h) say only what these back.
#include "committee/Disagreement.h"
#include "committee/Moderation.h"
#include "crypto/Digest.h"
#include "report/CommitteeWords.h"
#include "scoring/Evaluator.h"

#include "TenderBuilder.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace tulana;
using namespace tulana::committee;

Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(tulana::committee::ZBasis)
Q_DECLARE_METATYPE(tulana::committee::SpreadBand)

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Two bids, one criterion out of 100 worth the whole technical score, equal
// prices: the higher committee average wins. B1: 90, 80, 70 (average 80);
// B2: 60, 85, 86 (average 77). Without E1, B2 wins (85.5 to 75); without
// E2 or E3, B1 still does.
Tender oneMemberDecides()
{
    return TenderBuilder()
        .qcbs(70, 30)
        .minimum(0)
        .evaluators(3)
        .criterion("C1", 100, 100)
        .bidMarks("B1", {{90, 80, 70}}, 100)
        .bidMarks("B2", {{60, 85, 86}}, 100)
        .build();
}

// Two criteria of different maxima (10 and 20), three members, two bids
// marked alike. Medians: C1 6, C2 12. E1 is 2 above on C1 (a fifth of 10)
// and 4 above on C2 (a fifth of 20); E2 is at the median throughout; E3 is
// 1 below on C1 (a tenth) and at it on C2.
Tender lenientFirstMember()
{
    return TenderBuilder()
        .qcbs(70, 30)
        .minimum(0)
        .evaluators(3)
        .criterion("C1", 10, 50)
        .criterion("C2", 20, 50)
        .bidMarks("B1", {{8, 6, 5}, {16, 12, 12}}, 100)
        .bidMarks("B2", {{8, 6, 5}, {16, 12, 12}}, 120)
        .build();
}

QDateTime at(int hour)
{
    return QDateTime(QDate(2026, 3, 2), QTime(hour, 0), Qt::UTC);
}

} // namespace

class TestDisagreement : public QObject
{
    Q_OBJECT

private slots:
    void spread_data();
    void spread();
    void robustZ_data();
    void robustZ();
    void unlikeAllOthersNeedsTheNotableBand_data();
    void unlikeAllOthersNeedsTheNotableBand();
    void signTest_data();
    void signTest();
    void leniency_data();
    void leniency();
    void leaveOneMemberOut();
    void moderationChangedWinner_data();
    void moderationChangedWinner();
    void statisticsAreOnTheMembersOwnMarks();
    void conflictedMemberLeavesTheAverageToTheOthers();
    void leavingOutAModeratedMemberStillEvaluates();
    void aCommitteeOfOneHasNothingToMeasure();
    void independenceIsSaidOnlyWithEverySheet_data();
    void independenceIsSaidOnlyWithEverySheet();
};

void TestDisagreement::spread_data()
{
    QTest::addColumn<double>("lowest");
    QTest::addColumn<double>("highest");
    QTest::addColumn<double>("maxMarks");
    QTest::addColumn<double>("notable");
    QTest::addColumn<double>("wide");
    QTest::addColumn<double>("spread");
    QTest::addColumn<SpreadBand>("band");
    QTest::newRow("marks of 6 and 7.5 out of 10 spread 15%, below notable")
        << 6.0 << 7.5 << 10.0 << 20.0 << 50.0 << 15.0 << SpreadBand::BelowNotable;
    QTest::newRow("marks of 12 and 18 out of 30 spread 20%, notable at the band's lower edge")
        << 12.0 << 18.0 << 30.0 << 20.0 << 50.0 << 20.0 << SpreadBand::Notable;
    QTest::newRow("marks of 3 and 8 out of 10 spread 50%, still notable at the upper edge")
        << 3.0 << 8.0 << 10.0 << 20.0 << 50.0 << 50.0 << SpreadBand::Notable;
    QTest::newRow("marks of 2 and 8 out of 10 spread 60%, wide")
        << 2.0 << 8.0 << 10.0 << 20.0 << 50.0 << 60.0 << SpreadBand::Wide;
    QTest::newRow("with Bonfire's 30% band, marks of 50 and 75 out of 100 are below notable")
        << 50.0 << 75.0 << 100.0 << 30.0 << 40.0 << 25.0 << SpreadBand::BelowNotable;
    QTest::newRow("with VendorPanel's 40% band as wide, a 45% spread is wide")
        << 10.0 << 19.0 << 20.0 << 30.0 << 40.0 << 45.0 << SpreadBand::Wide;
    QTest::newRow("equal marks spread 0%")
        << 7.0 << 7.0 << 10.0 << 20.0 << 50.0 << 0.0 << SpreadBand::BelowNotable;
}

void TestDisagreement::spread()
{
    QFETCH(double, lowest);
    QFETCH(double, highest);
    QFETCH(double, maxMarks);
    QFETCH(double, notable);
    QFETCH(double, wide);
    QFETCH(double, spread);
    QFETCH(SpreadBand, band);
    const double got = spreadPercent(lowest, highest, maxMarks);
    QVERIFY2(std::abs(got - spread) < 1e-9, qPrintable(QString::number(got)));
    QCOMPARE(spreadBand(got, SpreadBands{notable, wide}), band);
}

void TestDisagreement::robustZ_data()
{
    QTest::addColumn<double>("mark");
    QTest::addColumn<std::vector<double>>("others");
    QTest::addColumn<ZBasis>("basis");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("z");
    QTest::addColumn<bool>("flagged");
    // 0.6745 × (3 − 7.5) / 0.5 = −6.0705
    QTest::newRow("a mark of 3, 4.5 points below two others of 7 and 8, is flagged")
        << 3.0 << std::vector<double>{7, 8} << ZBasis::Mad << 7.5 << -6.0705 << true;
    // 0.6745 × (7 − 7) / 1 = 0
    QTest::newRow("a mark of 7 among others of 6, 7 and 9 sits at their median")
        << 7.0 << std::vector<double>{6, 7, 9} << ZBasis::Mad << 7.0 << 0.0 << false;
    // median 7.5, deviations 1.5, 0.5, 0.5, 1.5: MAD 1; 0.6745 × −5.5 = −3.709750
    QTest::newRow("a mark of 2 against 6, 7, 8 and 9 lies just beyond 3.5")
        << 2.0 << std::vector<double>{6, 7, 8, 9} << ZBasis::Mad << 7.5 << -3.70975 << true;
    // 0.6745 × −3.5 = −2.36075
    QTest::newRow("a mark of 4 against 6, 7, 8 and 9 is low but not flagged")
        << 4.0 << std::vector<double>{6, 7, 8, 9} << ZBasis::Mad << 7.5 << -2.36075 << false;
    // MAD of 7, 7, 9 is 0; mean absolute deviation 2/3: −4 / (1.253314 × 2/3) = −4.787303
    QTest::newRow("with a MAD of 0 the mean absolute deviation is used: 3 against 7, 7 and 9")
        << 3.0 << std::vector<double>{7, 7, 9} << ZBasis::MeanAbsoluteDeviation << 7.0 << -4.787308
        << true;
    // −1 / 0.835543 = −1.196827
    QTest::newRow("with a MAD of 0, a mark of 6 against 7, 7 and 9 is not flagged")
        << 6.0 << std::vector<double>{7, 7, 9} << ZBasis::MeanAbsoluteDeviation << 7.0 << -1.196827
        << false;
    QTest::newRow("a mark of 6 where both others gave 7 is unlike all others")
        << 6.0 << std::vector<double>{7, 7} << ZBasis::AllOthersEqual << 7.0 << -kInf << true;
    QTest::newRow("a mark of 9 where three others gave 7 is unlike all others")
        << 9.0 << std::vector<double>{7, 7, 7} << ZBasis::AllOthersEqual << 7.0 << kInf << true;
    QTest::newRow("a mark of 7 where both others gave 7 agrees with them")
        << 7.0 << std::vector<double>{7, 7} << ZBasis::AllOthersEqual << 7.0 << 0.0 << false;
}

void TestDisagreement::robustZ()
{
    QFETCH(double, mark);
    QFETCH(std::vector<double>, others);
    QFETCH(ZBasis, basis);
    QFETCH(double, median);
    QFETCH(double, z);
    QFETCH(bool, flagged);
    const RobustZ r = committee::robustZ(mark, others);
    QCOMPARE(r.basis, basis);
    QCOMPARE(r.median, median);
    if (std::isinf(z))
        QCOMPARE(r.z, z);
    else
        QVERIFY2(std::abs(r.z - z) < 1e-6, qPrintable(QString::number(r.z, 'g', 10)));
    QCOMPARE(r.flagged(), flagged);
    QCOMPARE(r.unlikeAllOthers(), basis == ZBasis::AllOthersEqual && z != 0);
}

void TestDisagreement::unlikeAllOthersNeedsTheNotableBand_data()
{
    QTest::addColumn<double>("mark");
    QTest::addColumn<bool>("flagged");
    // Both others gave 7 out of 10; the notable band is 20%, 2 marks.
    QTest::newRow("half a mark from two others of 7 is unlike them but not flagged")
        << 6.5 << false;
    QTest::newRow("1.5 marks from two others of 7 is not flagged either") << 8.5 << false;
    QTest::newRow("2 marks from two others of 7, the notable band exactly, is flagged")
        << 5.0 << true;
    QTest::newRow("3 marks from two others of 7 is flagged") << 10.0 << true;
}

void TestDisagreement::unlikeAllOthersNeedsTheNotableBand()
{
    QFETCH(double, mark);
    QFETCH(bool, flagged);
    const Tender t = TenderBuilder()
                         .qcbs(70, 30)
                         .minimum(0)
                         .evaluators(3)
                         .criterion("C1", 10, 100)
                         .bidMarks("B1", {{mark, 7, 7}}, 100)
                         .build();
    const CommitteeAnalysis a = analyseCommittee(t, evaluate(t));
    QCOMPARE(a.marksTested, 3);
    QCOMPARE(a.flagged.size(), std::size_t(flagged ? 1 : 0));
    if (flagged) {
        QCOMPARE(a.flagged[0].member, 0);
        QVERIFY(a.flagged[0].z.unlikeAllOthers());
        QVERIFY(committee_words::flaggedMark(t, leavesOf(t.criteria), a.flagged[0])
                    .contains(QLatin1String("unlike all others")));
    }
}

void TestDisagreement::signTest_data()
{
    QTest::addColumn<int>("above");
    QTest::addColumn<int>("below");
    QTest::addColumn<double>("p");
    QTest::newRow("six marks above the median and none below: p = 2/64") << 6 << 0 << 2.0 / 64;
    QTest::newRow("five above and none below is not yet unusual: p = 2/32") << 5 << 0 << 2.0 / 32;
    QTest::newRow("eight above and one below: p = 2 × (1 + 9) / 512") << 8 << 1 << 20.0 / 512;
    QTest::newRow("one above and eight below, the same split the other way")
        << 1 << 8 << 20.0 / 512;
    QTest::newRow("three above and three below is as even as can be: p = 1") << 3 << 3 << 1.0;
    QTest::newRow("no mark off the median: p = 1") << 0 << 0 << 1.0;
}

void TestDisagreement::signTest()
{
    QFETCH(int, above);
    QFETCH(int, below);
    QFETCH(double, p);
    const double got = signTestP(above, below);
    QVERIFY2(std::abs(got - p) < 1e-12, qPrintable(QString::number(got, 'g', 12)));
}

void TestDisagreement::leniency_data()
{
    QTest::addColumn<int>("member");
    QTest::addColumn<double>("meanDeviation");
    QTest::addColumn<int>("above");
    QTest::addColumn<int>("below");
    QTest::addColumn<int>("level");
    QTest::addColumn<double>("p");
    QTest::newRow("E1, a fifth of each maximum above the median on all four marks, is lenient")
        << 0 << 0.2 << 4 << 0 << 0 << 2.0 / 16;
    QTest::newRow("E2, at the median on every mark, is neither lenient nor severe")
        << 1 << 0.0 << 0 << 0 << 4 << 1.0;
    QTest::newRow("E3, a tenth below on half the marks, is severe by a twentieth")
        << 2 << -0.05 << 0 << 2 << 2 << 0.5;
}

void TestDisagreement::leniency()
{
    QFETCH(int, member);
    QFETCH(double, meanDeviation);
    QFETCH(int, above);
    QFETCH(int, below);
    QFETCH(int, level);
    QFETCH(double, p);
    const Tender t = lenientFirstMember();
    const CommitteeAnalysis a = analyseCommittee(t, evaluate(t));
    QCOMPARE(a.leniencies.size(), std::size_t(3));
    const MemberLeniency& m = a.leniencies[std::size_t(member)];
    QCOMPARE(m.marks, 4);
    QVERIFY2(std::abs(m.meanDeviation - meanDeviation) < 1e-12,
             qPrintable(QString::number(m.meanDeviation)));
    QCOMPARE(m.above, above);
    QCOMPARE(m.below, below);
    QCOMPARE(m.level, level);
    QVERIFY(std::abs(m.p - p) < 1e-12);
    // Four marks can never make a split unusual at 1 in 20: the words say so.
    QVERIFY(!m.notable());
    QVERIFY(committee_words::leniency(t, m).contains(QLatin1String("which is not unusual")));
}

void TestDisagreement::leaveOneMemberOut()
{
    const Tender t = oneMemberDecides();
    const Evaluation ev = evaluate(t);
    QCOMPARE(ev.winner, 0);
    const CommitteeAnalysis a = analyseCommittee(t, ev);
    QCOMPARE(a.leftOut.size(), std::size_t(3));
    QCOMPARE(a.leftOut[0].winner, 1); // without E1: B1 75, B2 85.5
    QCOMPARE(a.leftOut[1].winner, 0); // without E2: B1 80, B2 73
    QCOMPARE(a.leftOut[2].winner, 0); // without E3: B1 85, B2 72.5
    QCOMPARE(a.membersWhoDecide, std::vector<int>{0});
    QCOMPARE(committee_words::leaveOneOut(t, a),
             QStringLiteral("A single member decides the award: leaving out Evaluator 1's marks, "
                            "B2 would win instead of B1."));

    // B2's E1 mark raised to 95: B2's average 88.67; without E1, E2 or E3
    // B2 still wins (85.5 to 75, 90.5 to 80, 90 to 85).
    Tender robust = t;
    robust.bids[1].marks.set(0, 0, 95);
    const Evaluation ev2 = evaluate(robust);
    QCOMPARE(ev2.winner, 1);
    const CommitteeAnalysis b = analyseCommittee(robust, ev2);
    QVERIFY(b.membersWhoDecide.empty());
    QCOMPARE(committee_words::leaveOneOut(robust, b),
             QStringLiteral("No single member decides the award: leaving out any one member's "
                            "marks, B2 still wins."));
}

void TestDisagreement::moderationChangedWinner_data()
{
    QTest::addColumn<int>("bid");
    QTest::addColumn<int>("member");
    QTest::addColumn<double>("moderated");
    QTest::addColumn<bool>("changed");
    QTest::addColumn<int>("winner");
    // B1 (90, 80, 70) wins 80 to 77. E1's 90 moderated to 70: B1 73.33, B2 wins.
    QTest::newRow("moderating E1's 90 on B1 down to 70 hands the award to B2")
        << 0 << 0 << 70.0 << true << 1;
    // E2's 80 to 78: B1 79.33, still ahead of 77.
    QTest::newRow("moderating E2's 80 on B1 to 78 leaves B1 the winner")
        << 0 << 1 << 78.0 << false << 0;
    // E1's 60 on B2 to 75: B2 82, ahead of 80.
    QTest::newRow("moderating E1's 60 on B2 up to 75 hands the award to B2")
        << 1 << 0 << 75.0 << true << 1;
}

void TestDisagreement::moderationChangedWinner()
{
    QFETCH(int, bid);
    QFETCH(int, member);
    QFETCH(double, moderated);
    QFETCH(bool, changed);
    QFETCH(int, winner);
    Tender t = oneMemberDecides();
    const Problems problems = moderateMark(
        t, t.bids[std::size_t(bid)].id, QStringLiteral("C1"), t.evaluators[std::size_t(member)].id,
        moderated, QStringLiteral("the committee agreed on the evidence"), nullptr, at(10));
    QVERIFY2(!hasErrors(problems), qPrintable(problems.empty() ? QString() : problems[0].message));
    const CommitteeAnalysis a = analyseCommittee(t, evaluate(t));
    QCOMPARE(a.moderations, 1);
    QCOMPARE(a.winner, winner);
    QCOMPARE(a.winnerOnOriginalMarks, 0);
    QCOMPARE(a.moderationChangedWinner, changed);
    const QString words = committee_words::moderationChangedWinner(t, a);
    QVERIFY2(words.startsWith(changed ? QLatin1String("Moderation changed the winner: yes.")
                                      : QLatin1String("Moderation changed the winner: no.")),
             qPrintable(words));
}

void TestDisagreement::statisticsAreOnTheMembersOwnMarks()
{
    // E1's 90 on B1 moderated to 80: the spread the committee disagreed
    // about (70 to 90, 20%) is still the one shown, and the mark's action
    // names the moderation and its reason.
    Tender t = oneMemberDecides();
    QVERIFY(
        !hasErrors(moderateMark(t, QStringLiteral("B1"), QStringLiteral("C1"), QStringLiteral("E1"),
                                80, QStringLiteral("over-generous"), nullptr, at(11))));
    const CommitteeAnalysis a = analyseCommittee(t, evaluate(t));
    QCOMPARE(a.spreads.size(), std::size_t(2));
    QCOMPARE(a.spreads[0].highest, 90.0);
    QCOMPARE(a.spreads[0].spread, 20.0);
    QCOMPARE(a.spreads[0].band, SpreadBand::Notable);
    // B2: 60 against 85 and 86 (median 85.5, MAD 0.5): z = 0.6745 × −25.5 / 0.5.
    QCOMPARE(a.flagged.size(), std::size_t(1));
    QCOMPARE(a.flagged[0].bid, 1);
    QCOMPARE(a.flagged[0].member, 0);
    QVERIFY(std::abs(a.flagged[0].z.z - 0.6745 * -25.5 / 0.5) < 1e-9);
    QCOMPARE(committee_words::actionOn(t, leavesOf(t.criteria), 0, 0, 0),
             QStringLiteral("The committee moderated from 90 to 80 (over-generous)."));
    QCOMPARE(committee_words::actionOn(t, leavesOf(t.criteria), 1, 0, 0),
             QStringLiteral("The committee left this mark as marked."));
    QVERIFY(a.fewMembers);
    QVERIFY(committee_words::findings(t, a).join(u'\n').contains(QLatin1String("weak")));
}

void TestDisagreement::conflictedMemberLeavesTheAverageToTheOthers()
{
    // E3 declares a conflict with B2: B2's average is over E1 and E2,
    // (60 + 85) / 2 = 72.5, though E3's 86 is still in the sheet; B2's
    // spread is over those two marks only, and no z can be worked out
    // against a single other mark.
    Tender t = oneMemberDecides();
    t.committee.declarations.push_back(
        {QStringLiteral("E3"), QStringLiteral("B2"), true, QStringLiteral("former employer")});
    const Evaluation ev = evaluate(t);
    QCOMPARE(ev.resultFor(1)->criterionAverages.at(0), 72.5);
    QCOMPARE(ev.resultFor(0)->criterionAverages.at(0), 80.0);
    const CommitteeAnalysis a = analyseCommittee(t, ev);
    QCOMPARE(a.spreads[1].marks, 2);
    QCOMPARE(a.spreads[1].lowest, 60.0);
    QCOMPARE(a.spreads[1].highest, 85.0);
    QCOMPARE(a.spreads[1].spread, 25.0);
    QCOMPARE(a.marksTested, 3); // B1's three marks; none of B2's
    // Leaving a member out takes their declaration with them, so every
    // left-out committee is evaluated: without E1, B2 wins on E2's 85
    // alone against 75; without E2, B1 80 to 60; without E3, B1 85 to 72.5.
    QCOMPARE(a.leftOut.size(), std::size_t(3));
    QCOMPARE(a.leftOut[0].winner, 1);
    QCOMPARE(a.leftOut[1].winner, 0);
    QCOMPARE(a.leftOut[2].winner, 0);
    const QStringList conflicts = committee_words::conflicts(t);
    QCOMPARE(conflicts.size(), 1);
    QVERIFY(conflicts[0].contains(QLatin1String("Evaluator 3 declared a conflict of interest "
                                                "with B2 (former employer)")));
}

void TestDisagreement::leavingOutAModeratedMemberStillEvaluates()
{
    // E1's 60 on B2 moderated to 75 (B2 82 to B1 80): without E1, whose
    // moderation goes with them, B2 wins 85.5 to 75.
    Tender t = oneMemberDecides();
    QVERIFY(
        !hasErrors(moderateMark(t, QStringLiteral("B2"), QStringLiteral("C1"), QStringLiteral("E1"),
                                75, QStringLiteral("agreed"), nullptr, at(12))));
    const CommitteeAnalysis a = analyseCommittee(t, evaluate(t));
    QCOMPARE(a.winner, 1);
    QCOMPARE(a.leftOut[0].winner, 1);
    QCOMPARE(a.leftOut[1].winner, 1); // without E2: B1 80, B2 80.5
    QCOMPARE(a.leftOut[2].winner, 0); // without E3: B1 85, B2 80
    QCOMPARE(a.membersWhoDecide, std::vector<int>{2});
}

void TestDisagreement::aCommitteeOfOneHasNothingToMeasure()
{
    const Tender t = TenderBuilder().criterion("C1", 10, 100).bid("B1", 7, 100).build();
    const CommitteeAnalysis a = analyseCommittee(t, evaluate(t));
    QVERIFY(!a.available);
    QVERIFY(a.spreads.empty() && a.flagged.empty() && a.leftOut.empty());
    const QString said = committee_words::findings(t, a).join(u'\n');
    QVERIFY2(said.contains(QLatin1String("there is no disagreement to measure")), qPrintable(said));
    QVERIFY(said.contains(QLatin1String("fewer than two members: no member can be left out")));
    QVERIFY(!said.contains(QLatin1String("No single member decides")));
}

void TestDisagreement::independenceIsSaidOnlyWithEverySheet_data()
{
    QTest::addColumn<int>("sheets");
    QTest::addColumn<int>("receipts");
    QTest::addColumn<QString>("words");
    QTest::newRow("no sheets: the marks were entered by the officer")
        << 0 << 0 << QStringLiteral("The marks were entered by the officer");
    QTest::newRow("two of three sheets in: only those members marked on their own sheets")
        << 2 << 2 << QStringLiteral("Only the marks of Evaluator 1, Evaluator 2 came from");
    QTest::newRow("three sheets but one receipt not logged: not independent")
        << 3 << 2 << QStringLiteral("Only the marks of Evaluator 1, Evaluator 2 came from");
    QTest::newRow("every sheet in and logged: each member marked on a sheet of their own")
        << 3 << 3 << QStringLiteral("Each member marked on a sheet of their own");
}

void TestDisagreement::independenceIsSaidOnlyWithEverySheet()
{
    QFETCH(int, sheets);
    QFETCH(int, receipts);
    QFETCH(QString, words);
    Tender t = oneMemberDecides();
    for (int e = 0; e < sheets; ++e) {
        const QByteArray bytes = QByteArray("sheet of E") + QByteArray::number(e + 1);
        t.process.sheets.push_back({t.evaluators[std::size_t(e)].id, bytes});
        if (e < receipts) {
            ProcessRecord::Entry entry;
            entry.sequence = e + 1;
            entry.time = at(9 + e);
            entry.actor = QStringLiteral("officer");
            entry.kind = QStringLiteral("sheet-received");
            entry.digest = crypto::sha256(bytes);
            t.process.log.push_back(entry);
        }
    }
    const CommitteeAnalysis a = analyseCommittee(t, evaluate(t));
    QCOMPARE(a.markedOnOwnSheets, sheets == 3 && receipts == 3);
    const QString said = committee_words::independence(t, a);
    QVERIFY2(said.startsWith(words), qPrintable(said));
    if (!a.markedOnOwnSheets)
        QVERIFY(!committee_words::findings(t, a).join(u' ').contains(
            QLatin1String("marked on a sheet of their own")));
    for (int e = 0; e < receipts; ++e)
        QCOMPARE(a.sheets[std::size_t(e)].received, at(9 + e));
}

QTEST_GUILESS_MAIN(TestDisagreement)
#include "tst_disagreement.moc"
