// The memo's "Robustness of the award" (core/memo/MemoRobustness.cpp): the
// weight range, prices to win, the criteria with least slack first and the
// members, each figure derived here from the exact analyses and checked
// against the engine on either side of its threshold; the sentence when
// there is no award; an award the rounding decides; the Hindi heading.
#include "MemoTestSupport.h"

#include "i18n/Language.h"
#include "i18n/Translate.h"
#include "report/SensitivityReport.h"
#include "sensitivity/Sensitivity.h"
#include "support/Money.h"

#include <QTest>

#include <cmath>
#include <optional>

using namespace tulana;
using namespace memotest;

namespace {

// A weight or a threshold as the robustness section prints it.
QString printedFigure(double value)
{
    return sensitivity_words::number(value);
}

const QString kRobustness = QStringLiteral("Robustness of the award");

// The winner of the tender evaluated with another technical weight.
int winnerAtWeight(Tender t, double technicalWeight)
{
    t.technicalWeight = technicalWeight;
    t.financialWeight = 100 - technicalWeight;
    return evaluate(t).winner;
}

// The winner with bid `bid`'s evaluated price scaled to `evaluatedPrice`.
int winnerAtPrice(Tender t, int bid, double evaluatedPrice)
{
    Bid& b = t.bids[std::size_t(bid)];
    const double factor =
        evaluatedPrice / (t.options.pricesIncludeTax ? b.priceWithTax() : b.price);
    b.price *= factor;
    b.tax *= factor;
    return evaluate(t).winner;
}

} // namespace

class TestMemoRobustness : public QObject
{
    Q_OBJECT

private slots:
    void theRobustnessSectionStatesTheWeightRange();
    void theRobustnessSectionStatesThePriceToWin();
    void theRobustnessSectionListsTheCriteriaWithLeastSlackFirst();
    void aMemberWhoseMarksDecideTheAwardIsNamed();
    void withoutAWinnerTheRobustnessSectionSaysWhy();
    void theHindiMemoHasTheRobustnessHeading();
    void anAwardDecidedByRoundingStatesNoRange();
};

void TestMemoRobustness::theRobustnessSectionStatesTheWeightRange()
{
    const Tender t = sample("citizen-services-chatbot");
    const Evaluation ev = evaluate(t);
    const sensitivity::Report r = sensitivity::analyseExact(t, ev);
    QVERIFY2(r.available, qPrintable(r.why));
    QVERIFY(!r.decidedByRounding);
    QCOMPARE(r.winner, ev.winner);
    const sensitivity::TechnicalWeight& w = r.technicalWeight;
    const double from = std::max(w.winnerHolds.from, w.allowed.from);
    const double to = std::min(w.winnerHolds.to, w.allowed.to);
    // The chatbot's award holds up to the rulebook's limit and not below
    // some weight under the announced 70%: the runner-up wins there.
    QVERIFY(from > w.allowed.from && from < w.announced);
    QVERIFY(to >= w.allowed.to);
    const int runnerUp = ev.ranking.at(1);
    const QString winner = t.bids[std::size_t(ev.winner)].id;
    const QString second = t.bids[std::size_t(runnerUp)].id;
    const QString text = sectionText(memoOf(t), kRobustness);
    const QString holds =
        QStringLiteral("%1 wins for any technical weight from %2% to %3% (the most the rulebook "
                       "allows).")
            .arg(winner, printedFigure(from), printedFigure(to));
    QVERIFY2(text.contains(holds), qPrintable(holds + u'\n' + text));
    const QString below = QStringLiteral("Below %1%, %2 wins.").arg(printedFigure(from), second);
    QVERIFY2(text.contains(below), qPrintable(below));
    QVERIFY(text.contains(
        QStringLiteral("The announced weight is %1%.").arg(printedFigure(t.technicalWeight))));
    QCOMPARE(winnerAtWeight(t, from - 0.25), runnerUp);
    QCOMPARE(winnerAtWeight(t, from + 0.25), ev.winner);
    QVERIFY(text.contains(QStringLiteral("Every threshold is worked on the unrounded scores")));
    QVERIFY(text.contains(QStringLiteral("No financial proposal that was not opened is used.")));
}

// The runner-up's price to win, and the winner's headroom, as the report
// gives them; the engine agrees on either side of the threshold.
void TestMemoRobustness::theRobustnessSectionStatesThePriceToWin()
{
    const Tender t = sample("citizen-services-chatbot");
    const Evaluation ev = evaluate(t);
    const sensitivity::Report r = sensitivity::analyseExact(t, ev);
    const int runnerUp = ev.ranking.at(1);
    const auto p =
        std::find_if(r.priceToWin.begin(), r.priceToWin.end(),
                     [&](const sensitivity::PriceToWin& x) { return x.bid == runnerUp; });
    QVERIFY(p != r.priceToWin.end());
    QVERIFY(p->threshold && p->change);
    const QString expected =
        QStringLiteral("%1 would win below an evaluated price of %2, a cut of %3% from %4.")
            .arg(t.bids[std::size_t(runnerUp)].id, formatAmount(*p->threshold, t.currency),
                 printedFigure(*p->change * 100),
                 formatAmount(*ev.results[std::size_t(runnerUp)].evaluatedPrice, t.currency));
    const QString text = sectionText(memoOf(t), kRobustness);
    QVERIFY2(text.contains(expected), qPrintable(expected + u'\n' + text));
    QCOMPARE(winnerAtPrice(t, runnerUp, *p->threshold * 0.995), runnerUp);
    QCOMPARE(winnerAtPrice(t, runnerUp, *p->threshold * 1.005), ev.winner);
    // The winner's headroom first, then every other ranked bid under it.
    const sensitivity::PriceToWin& top = r.priceToWin.front();
    QCOMPARE(top.bid, ev.winner);
    if (top.threshold)
        QVERIFY(text.contains(
            QStringLiteral("%1 would still win up to an evaluated price of %2 (")
                .arg(t.bids[std::size_t(ev.winner)].id, formatAmount(*top.threshold, t.currency))));
    for (std::size_t i = 1; i < std::min<std::size_t>(ev.ranking.size(), 5); ++i)
        QVERIFY(text.contains(QStringLiteral("\n(%1) %2 ")
                                  .arg(QChar(u'a' + char16_t(i - 1)))
                                  .arg(t.bids[std::size_t(ev.ranking[i])].id)));
}

void TestMemoRobustness::theRobustnessSectionListsTheCriteriaWithLeastSlackFirst()
{
    const Tender t = sample("citizen-services-chatbot");
    const sensitivity::Report r = sensitivity::analyseExact(t, evaluate(t));
    QVERIFY(!r.criteria.empty());
    const MemoDocument m = memoOf(t);
    const MemoSection* s = sectionTitled(m, kRobustness);
    QVERIFY(s);
    const MemoTable* table = nullptr;
    for (const MemoBlock& b : s->blocks)
        if (const auto* x = std::get_if<MemoTable>(&b))
            table = x;
    QVERIFY(table);
    const std::size_t shown = std::min<std::size_t>(r.criteria.size(), 5);
    QCOMPARE(table->rows.size(), shown);
    for (std::size_t i = 0; i < shown; ++i) {
        const sensitivity::CriterionWeight& c = r.criteria[i];
        QCOMPARE(table->rows[i].value(0), c.id);
        QCOMPARE(table->rows[i].value(2), printedFigure(c.weight));
        QCOMPARE(
            table->rows[i].value(3),
            QStringLiteral("%1 to %2").arg(printedFigure(c.holds.from), printedFigure(c.holds.to)));
        if (i > 0)
            QVERIFY(r.criteria[i - 1].slack() <= c.slack());
    }
    if (r.criteria.size() > shown)
        QVERIFY(table->note.contains(
            QStringLiteral("not listed, each further from an end of its range: %1.")
                .arg(r.criteria.size() - shown)));
}

// One member marks the runner-up far above the others: without those marks
// the winner changes, and the memo names that member and the other winner.
void TestMemoRobustness::aMemberWhoseMarksDecideTheAwardIsNamed()
{
    Tender t = sample("citizen-services-chatbot");
    const Evaluation before = evaluate(t);
    const int runnerUp = before.ranking.at(1);
    const std::vector<LeafRef> leaves = leavesOf(t.criteria);
    Bid& b = t.bids[std::size_t(runnerUp)];
    for (std::size_t k = 0; k < leaves.size(); ++k)
        b.marks.set(int(k), 0, leaves[k].criterion->maxMarks);
    const Evaluation ev = evaluate(t);
    QCOMPARE(ev.winner, runnerUp);
    const std::vector<sensitivity::MemberLeftOut> members = sensitivity::leaveOneMemberOut(t);
    const auto decides = std::find_if(members.begin(), members.end(),
                                      [&](const auto& m) { return m.winner != ev.winner; });
    QVERIFY(decides != members.end());
    QVERIFY(decides->winner >= 0);
    const QString text = sectionText(buildMemo(t, ev, {QDate(2026, 3, 20), {}, {}}), kRobustness);
    const QString expected = QStringLiteral("without %1's marks %2 would win")
                                 .arg(t.evaluators[std::size_t(decides->member)].name,
                                      t.bids[std::size_t(decides->winner)].id);
    QVERIFY2(text.contains(expected), qPrintable(expected + u'\n' + text));
    QVERIFY(!text.contains(QStringLiteral("Without any one member's marks the winner stays")));
}

void TestMemoRobustness::withoutAWinnerTheRobustnessSectionSaysWhy()
{
    Tender t = sample("citizen-services-chatbot");
    for (Bid& b : t.bids) {
        b.status = BidStatus::NonResponsive;
        b.statusReason = QStringLiteral("bid security invalid");
    }
    const Evaluation ev = evaluate(t);
    QVERIFY(!ev.hasWinner());
    const sensitivity::Report r = sensitivity::analyseExact(t, ev);
    QVERIFY(!r.available);
    const MemoDocument m = buildMemo(t, ev, {QDate(2026, 3, 20), {}, {}});
    const MemoSection* s = sectionTitled(m, kRobustness);
    QVERIFY(s);
    QCOMPARE(s->blocks.size(), std::size_t(1));
    const auto* p = std::get_if<MemoParagraph>(&s->blocks.front());
    QVERIFY(p);
    QCOMPARE(p->text,
             QStringLiteral("The robustness of the award is not analysed: ") + r.why + u'.');
}

void TestMemoRobustness::theHindiMemoHasTheRobustnessHeading()
{
    const Tender t = sample("citizen-services-chatbot");
    const QString hindi = QStringLiteral("अधिनिर्णय की सुदृढ़ता");
    {
        // The catalogue has the section's texts: a lost translation fails here.
        const i18n::ScopedLanguage language(QStringLiteral("hi"));
        QCOMPARE(tulana::tr("Robustness of the award"), hindi);
    }
    MemoOptions options;
    options.date = QDate(2026, 3, 20);
    options.language = QStringLiteral("hi");
    const MemoDocument m = buildMemo(t, evaluate(t), options);
    const MemoSection* s = sectionTitled(m, hindi);
    QVERIFY(s);
    QVERIFY(!sectionTitled(m, kRobustness));
    // The section's sentences are in Hindi too, the bid ids as they are.
    const QString text = sectionText(m, hindi);
    QVERIFY(text.contains(QStringLiteral("B2")));
    QVERIFY(!text.contains(QStringLiteral("wins for any technical weight")));
    QVERIFY(!text.contains(QStringLiteral("The award holds for each criterion")));
}

// The runner-up's price set just below its price to win: on the unrounded
// scores it is ahead, but the rounded scores tie and the announced tie-break
// (higher technical score) keeps the award where it was. The section says so
// and states no range, which would claim a margin the award does not have.
void TestMemoRobustness::anAwardDecidedByRoundingStatesNoRange()
{
    const Tender base = sample("citizen-services-chatbot");
    const Evaluation before = evaluate(base);
    const int runnerUp = before.ranking.at(1);
    const sensitivity::Report r = sensitivity::analyseExact(base, before);
    const auto p =
        std::find_if(r.priceToWin.begin(), r.priceToWin.end(),
                     [&](const sensitivity::PriceToWin& x) { return x.bid == runnerUp; });
    QVERIFY(p != r.priceToWin.end() && p->threshold);
    // Find such a price a little below the threshold (within a rounding
    // step of the scores).
    std::optional<Tender> found;
    for (int k = 1; k <= 400 && !found; ++k) {
        Tender t = base;
        Bid& b = t.bids[std::size_t(runnerUp)];
        const double factor = *p->threshold * (1 - k * 1e-6) /
                              (t.options.pricesIncludeTax ? b.priceWithTax() : b.price);
        b.price *= factor;
        b.tax *= factor;
        const Evaluation ev = evaluate(t);
        if (ev.winner == before.winner && sensitivity::analyseExact(t, ev).decidedByRounding)
            found = t;
    }
    QVERIFY2(found, "no price just below the threshold leaves the award to the rounding");
    const QString text = sectionText(memoOf(*found), kRobustness);
    QVERIFY2(text.contains(QStringLiteral("only through the announced rounding and tie-break")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("The award therefore holds over no range of a weight or "
                                         "of a price, and none is stated here.")));
    QVERIFY(!text.contains(QStringLiteral("would win below an evaluated price")));
    QVERIFY(!text.contains(QStringLiteral("Criterion weights over which the award holds")));
}

QTEST_GUILESS_MAIN(TestMemoRobustness)
#include "tst_memorobustness.moc"
