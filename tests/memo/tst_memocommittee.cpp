// The memo's "The evaluation committee" (core/memo/MemoCommittee.cpp) and the
// annex's marks cells it implies: members with their designations and where
// their marks came from, a declared conflict, a moderation with its reason
// and the original beside it, whether moderation changed the winner, and
// leave-one-member-out, each as the committee words say it; the same memo
// every time it is made (verify-memo makes it again).
#include "MemoTestSupport.h"

#include "committee/Disagreement.h"
#include "committee/Moderation.h"
#include "crypto/Digest.h"
#include "report/CommitteeWords.h"

#include <QTest>

using namespace tulana;
using namespace memotest;

namespace {

const QString kCommittee = QStringLiteral("The evaluation committee");

// The chatbot sample with E3's conflict with B1 and E1's first mark on B2
// moderated half a mark down.
Tender withConflictAndModeration(double* original = nullptr)
{
    Tender t = sample("citizen-services-chatbot");
    t.committee.declarations.push_back({QStringLiteral("E3"), QStringLiteral("B1"), true,
                                        QStringLiteral("a relative works there")});
    if (original)
        *original = t.bids[1].marks.at(0, 0);
    const Problems problems = committee::moderateMark(
        t, QStringLiteral("B2"), leavesOf(t.criteria).front().criterion->id, QStringLiteral("E1"),
        t.bids[1].marks.at(0, 0) - 0.5, QStringLiteral("the demonstration did not show it"),
        nullptr, QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC));
    if (hasErrors(problems))
        qFatal("the moderation was refused");
    return t;
}

} // namespace

class TestMemoCommittee : public QObject
{
    Q_OBJECT

private slots:
    void theSectionFollowsTheResult();
    void theSectionSays_data();
    void theSectionSays();
    void theAnnexShowsConflictsAndModerations();
    void theSameTenderGivesTheSameSection();
    void independenceOnlyWithEverySheet();
};

void TestMemoCommittee::theSectionFollowsTheResult()
{
    const MemoDocument m = memoOf(sample("citizen-services-chatbot"));
    QVERIFY(m.sections.size() > 4);
    QCOMPARE(m.sections[2].heading, QStringLiteral("Result of the evaluation"));
    QCOMPARE(m.sections[3].heading, kCommittee);
}

void TestMemoCommittee::theSectionSays_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("each member with their designation")
        << QStringLiteral("E1 | Smt. Anjali Deshpande | Joint Director (IT)");
    QTest::newRow("that the officer entered the marks, there being no sheets")
        << QStringLiteral("The marks were entered by the officer");
    QTest::newRow("the declared conflict, who, with which bid and what")
        << QStringLiteral("Dr. Farah Siddiqui declared a conflict of interest with B1 (a relative "
                          "works there) and did not mark it");
    QTest::newRow("the moderated mark of E1 on B2 with its reason")
        << QStringLiteral("B2 | Language coverage and answer quality | Smt. Anjali Deshpande | ");
    QTest::newRow("the moderation's reason")
        << QStringLiteral("| the demonstration did not show it");
    QTest::newRow("whether moderation changed the winner")
        << QStringLiteral("Moderation changed the winner: no.");
    QTest::newRow("leave-one-member-out") << QStringLiteral(
        "No single member decides the award: leaving out any one member's marks, B2 still wins.");
    QTest::newRow("that three members make weak statistics") << QStringLiteral("With 3 members");
    QTest::newRow("the notably severe member")
        << QStringLiteral("Smt. Anjali Deshpande | severe | ");
}

void TestMemoCommittee::theSectionSays()
{
    QFETCH(QString, line);
    const QString text = sectionText(memoOf(withConflictAndModeration()), kCommittee);
    QVERIFY2(text.contains(line), qPrintable(text));
}

void TestMemoCommittee::theAnnexShowsConflictsAndModerations()
{
    double original = 0;
    const Tender t = withConflictAndModeration(&original);
    const MemoDocument m = memoOf(t);
    const MemoTable* b1 = nullptr;
    const MemoTable* b2 = nullptr;
    for (const MemoSection& s : m.annex)
        for (const MemoBlock& b : s.blocks)
            if (const auto* table = std::get_if<MemoTable>(&b)) {
                if (table->caption.startsWith(QLatin1String("Technical marks of B1")))
                    b1 = table;
                if (table->caption.startsWith(QLatin1String("Technical marks of B2")))
                    b2 = table;
            }
    QVERIFY(b1 && b2);
    // Columns: criterion, weight, max, E1, E2, E3, average, points.
    for (const QStringList& row : b1->rows)
        QCOMPARE(row.at(5), QStringLiteral("conflict"));
    QVERIFY(b1->note.contains(QLatin1String("declared a conflict of interest with this bid")));
    const QString moderated = committee_words::number(original) + QStringLiteral(" → ") +
                              committee_words::number(original - 0.5) +
                              QStringLiteral(" (moderated)");
    QCOMPARE(b2->rows.front().at(3), moderated);
    QVERIFY(b2->note.contains(QLatin1String("revised the member's original mark")));
    // No other cell says either.
    for (std::size_t r = 1; r < b2->rows.size(); ++r)
        QVERIFY(!b2->rows[r].join(u' ').contains(QLatin1String("moderated")));
}

void TestMemoCommittee::theSameTenderGivesTheSameSection()
{
    const Tender t = withConflictAndModeration();
    QCOMPARE(sectionText(memoOf(t), kCommittee), sectionText(memoOf(t), kCommittee));
}

void TestMemoCommittee::independenceOnlyWithEverySheet()
{
    Tender t = sample("citizen-services-chatbot");
    QVERIFY(!plainText(memoOf(t)).contains(
        QLatin1String("Each member marked on a sheet of their own")));
    // Every member's sheet in the file and its receipt logged.
    for (std::size_t e = 0; e < t.evaluators.size(); ++e) {
        const QByteArray bytes = "sheet " + t.evaluators[e].id.toUtf8();
        t.process.sheets.push_back({t.evaluators[e].id, bytes});
        ProcessRecord::Entry entry;
        entry.sequence = int(e) + 1;
        entry.time = QDateTime(QDate(2026, 3, 5), QTime(10, int(e)), Qt::UTC);
        entry.actor = QStringLiteral("officer");
        entry.kind = QStringLiteral("sheet-received");
        entry.digest = crypto::sha256(bytes);
        t.process.log.push_back(entry);
    }
    const MemoDocument m = memoOf(t);
    QVERIFY(sectionText(m, QStringLiteral("The tender in brief"))
                .contains(QLatin1String("Each member marked on a sheet of their own, which "
                                        "showed no price")));
    const QString committee = sectionText(m, kCommittee);
    QVERIFY2(committee.contains(QLatin1String("Each member marked on a sheet of their own")),
             qPrintable(committee));
    QVERIFY(committee.contains(QLatin1String("Own signed sheet: 5 March 2026 10:02 UTC")));
}

QTEST_GUILESS_MAIN(TestMemoCommittee)
#include "tst_memocommittee.moc"
