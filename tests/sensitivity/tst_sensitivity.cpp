// Every exact threshold of core/sensitivity against the brute force:
// evaluate() itself, run on the tender changed just inside and just outside
// each interval, over thousands of random tenders (RandomTenders.h).
#include "scoring/Evaluator.h"
#include "sensitivity/Sensitivity.h"

#include "RandomTenders.h"
#include "Samples.h"
#include "TenderBuilder.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace tulana;
using namespace tulana::sensitivity;

namespace {

constexpr int kTenders = 2500;
// Scores are rounded to 6 decimals (combined only): two bids whose unrounded
// scores differ by less than this may tie once rounded.
constexpr double kRoundingTie = 2.5e-6;

// Whether `stated` is who wins `t`, or could be but for the rounding: the
// brute force's winner and `stated` are within the rounding of each other.
bool agrees(const Tender& t, int stated, int* excused)
{
    const Evaluation ev = evaluate(t);
    if (ev.winner == stated)
        return true;
    const BidResult* a = stated >= 0 ? ev.resultFor(stated) : nullptr;
    const int top = ev.winner >= 0 ? ev.winner : (ev.ranking.empty() ? -1 : ev.ranking.front());
    const BidResult* b = top >= 0 ? ev.resultFor(top) : nullptr;
    if (a && b && a->combinedExact && b->combinedExact &&
        std::abs(*a->combinedExact - *b->combinedExact) <= kRoundingTie) {
        ++*excused;
        return true;
    }
    return false;
}

// Whether `bid` does not win `t` (or only by a rounding tie).
bool loses(const Tender& t, int bid, int* excused)
{
    const Evaluation ev = evaluate(t);
    if (ev.winner != bid)
        return true;
    for (int other : ev.ranking) {
        if (other == bid)
            continue;
        if (std::abs(*ev.resultFor(other)->combinedExact - *ev.resultFor(bid)->combinedExact) <=
            kRoundingTie) {
            ++*excused;
            return true;
        }
    }
    return false;
}

Tender withTechnicalWeight(Tender t, double percent)
{
    t.technicalWeight = percent;
    t.financialWeight = 100 - percent;
    return t;
}

// The node at depth-first index `target` gets `weight` points, every other
// leaf is rescaled so the total stays, and groups add up again.
void reweigh(std::vector<Criterion>& nodes, int& index, int target, bool inside, double own,
             double rest)
{
    for (Criterion& c : nodes) {
        const bool here = index == target;
        ++index;
        const bool in = inside || here;
        if (c.isGroup()) {
            reweigh(c.children, index, target, in, own, rest);
            c.weight = 0;
            for (const Criterion& child : c.children)
                c.weight += child.weight;
        } else {
            c.weight *= in ? own : rest;
        }
    }
}

Tender withCriterionWeight(Tender t, const CriterionWeight& cw, double weight)
{
    int index = 0;
    reweigh(t.criteria, index, cw.node, false, weight / cw.weight,
            (cw.total - weight) / (cw.total - cw.weight));
    return t;
}

Tender withPrice(Tender t, int bid, double price)
{
    t.bids[std::size_t(bid)].price = price;
    return t;
}

// Points inside a segment to test: near each end and the middle, and the
// points of an even grid over the whole range that fall in it (a change the
// analysis missed would show there).
std::vector<double> probes(const Segment& s, double margin, double total = 100)
{
    std::vector<double> points;
    if (s.to - s.from > 2 * margin)
        points = {s.from + margin, (s.from + s.to) / 2, s.to - margin};
    for (int i = 1; i < 40; ++i) {
        const double x = total * i / 40;
        if (x > s.from + margin && x < s.to - margin)
            points.push_back(x);
    }
    return points;
}

// Every share, error and central weight of a simulation, in order.
std::vector<double> everyFigure(const Acceptability& a)
{
    std::vector<double> flat;
    for (const BidAcceptability& b : a.bids) {
        flat.insert(flat.end(), b.ranks.begin(), b.ranks.end());
        flat.insert(flat.end(), b.errors.begin(), b.errors.end());
        flat.insert(flat.end(), b.centralWeights.begin(), b.centralWeights.end());
    }
    return flat;
}

int idOf(const Tender& t, const char* id)
{
    for (std::size_t i = 0; i < t.bids.size(); ++i)
        if (t.bids[i].id == QLatin1String(id))
            return int(i);
    return -1;
}

} // namespace

class TestSensitivity : public QObject
{
    Q_OBJECT

private slots:
    void technicalWeightSegmentsMatchTheBruteForce();
    void criterionWeightSegmentsMatchTheBruteForce();
    void priceToWinMatchesTheBruteForce();
    void technicalScoreToWinMatchesTheBruteForce();
    void theChatbotSample();
    void notAvailableWithoutAnAward();
    void leavingOutTheDecisiveMemberChangesTheWinner();
    void acceptabilityMatchesTheClosedFormOnOneWeight();
    void acceptabilityMatchesTheClosedFormOnTwoWeights();
    void acceptabilityIsTheSameOnAnyNumberOfThreads();
    void acceptabilitySharesAddUp();
    void bootstrapIsReproducible();
};

void TestSensitivity::technicalWeightSegmentsMatchTheBruteForce()
{
    std::mt19937 rng(20261205);
    int checked = 0, excused = 0, tested = 0;
    for (int n = 0; n < kTenders; ++n) {
        const Tender t = randomTender(rng);
        const Evaluation ev = evaluate(t);
        const Report report = analyseExact(t, ev);
        QCOMPARE(report.available, ev.hasWinner());
        if (!report.available)
            continue;
        ++tested;
        const TechnicalWeight& tw = report.technicalWeight;
        QVERIFY(!tw.segments.empty());
        QCOMPARE(tw.segments.front().from, 0.0);
        QCOMPARE(tw.segments.back().to, 100.0);
        for (std::size_t i = 1; i < tw.segments.size(); ++i) {
            QCOMPARE(tw.segments[i].from, tw.segments[i - 1].to);
            QVERIFY(tw.segments[i].winner != tw.segments[i - 1].winner);
        }
        if (!report.decidedByRounding)
            QVERIFY2(tw.winnerHolds.contains(t.technicalWeight), qPrintable(t.reference));
        for (const Segment& s : tw.segments)
            for (double x : probes(s, 1e-3)) {
                if (x < 0.01 || x > 99.99)
                    continue;
                ++checked;
                QVERIFY2(agrees(withTechnicalWeight(t, x), s.winner, &excused),
                         qPrintable(QStringLiteral("tender %1: at %2% the winner is not %3")
                                        .arg(n)
                                        .arg(x)
                                        .arg(s.winner)));
            }
    }
    qInfo("%d tenders with an award, %d points checked, %d rounding ties", tested, checked,
          excused);
    QVERIFY(tested > kTenders / 3);
    QVERIFY(excused * 100 < checked);
}

void TestSensitivity::criterionWeightSegmentsMatchTheBruteForce()
{
    std::mt19937 rng(7);
    int checked = 0, excused = 0, sealed = 0;
    for (int n = 0; n < kTenders; ++n) {
        const Tender t = randomTender(rng);
        const Evaluation ev = evaluate(t);
        const Report report = analyseExact(t, ev);
        if (!report.available)
            continue;
        for (const CriterionWeight& cw : report.criteria) {
            QVERIFY(cw.holds.contains(cw.weight) || report.decidedByRounding);
            QCOMPARE(cw.segments.front().from, 0.0);
            QCOMPARE(cw.segments.back().to, cw.total);
            for (const Segment& s : cw.segments) {
                if (s.winner == kSealedDecides) {
                    // A bid set aside below the minimum qualifies there: the
                    // brute force (which reads its price) must agree it does.
                    const Evaluation at = evaluate(withCriterionWeight(t, cw, (s.from + s.to) / 2));
                    bool newcomer = false;
                    for (const BidResult& r : at.results)
                        newcomer = newcomer ||
                                   (r.standing == Standing::Qualified && !ev.envelopeOpened(r.bid));
                    QVERIFY(newcomer);
                    ++sealed;
                    continue;
                }
                for (double x : probes(s, 1e-3, cw.total)) {
                    if (x <= 1e-6 || x >= cw.total - 1e-6)
                        continue;
                    ++checked;
                    QVERIFY2(agrees(withCriterionWeight(t, cw, x), s.winner, &excused),
                             qPrintable(QStringLiteral("tender %1, %2 at %3: the winner is not %4")
                                            .arg(n)
                                            .arg(cw.id)
                                            .arg(x)
                                            .arg(s.winner)));
                }
            }
        }
    }
    qInfo("%d points checked, %d rounding ties, %d segments a sealed price decides", checked,
          excused, sealed);
    QVERIFY(checked > 1000);
    QVERIFY(sealed > 0);
    QVERIFY(excused * 100 < checked);
}

void TestSensitivity::priceToWinMatchesTheBruteForce()
{
    std::mt19937 rng(11);
    int checked = 0, excused = 0, cannot = 0, anyPrice = 0;
    constexpr double e = 1e-4;
    for (int n = 0; n < kTenders; ++n) {
        const Tender t = randomTender(rng);
        const Evaluation ev = evaluate(t);
        const Report report = analyseExact(t, ev);
        if (!report.available || report.decidedByRounding)
            continue;
        QCOMPARE(report.priceToWin.size(), ev.ranking.size());
        for (const PriceToWin& p : report.priceToWin) {
            QVERIFY(ev.envelopeOpened(p.bid));
            const QString where = QStringLiteral("tender %1, bid %2").arg(n).arg(p.bid);
            checked += 2;
            if (p.bid == ev.winner) {
                if (!p.threshold) {
                    ++anyPrice;
                    QVERIFY2(agrees(withPrice(t, p.bid, p.price * 1000), p.bid, &excused),
                             qPrintable(where));
                    continue;
                }
                QVERIFY(*p.threshold >= p.price * (1 - 1e-9));
                QVERIFY2(agrees(withPrice(t, p.bid, *p.threshold * (1 - e)), p.bid, &excused),
                         qPrintable(where));
                QVERIFY2(loses(withPrice(t, p.bid, *p.threshold * (1 + e)), p.bid, &excused),
                         qPrintable(where));
            } else if (!p.threshold) {
                ++cannot;
                QVERIFY(p.technicalGap > 0);
                QVERIFY2(loses(withPrice(t, p.bid, p.price * 1e-6), p.bid, &excused),
                         qPrintable(where));
            } else {
                QVERIFY(*p.threshold <= p.price * (1 + 1e-9));
                QVERIFY(std::abs(*p.change - (1 - *p.threshold / p.price)) < 1e-12);
                QVERIFY2(agrees(withPrice(t, p.bid, *p.threshold * (1 - e)), p.bid, &excused),
                         qPrintable(where + QStringLiteral(" below %1").arg(*p.threshold)));
                QVERIFY2(loses(withPrice(t, p.bid, *p.threshold * (1 + e)), p.bid, &excused),
                         qPrintable(where + QStringLiteral(" above %1").arg(*p.threshold)));
            }
        }
    }
    qInfo("%d prices checked, %d rounding ties, %d cannot win on price, %d win at any price",
          checked, excused, cannot, anyPrice);
    QVERIFY(cannot > 0);
    QVERIFY(excused * 100 < checked);
}

void TestSensitivity::technicalScoreToWinMatchesTheBruteForce()
{
    std::mt19937 rng(13);
    int checked = 0, excused = 0, unreachable = 0;
    const auto raised = [](Tender t, int bid, const std::vector<ExtraMarks>& steps,
                           double lastDelta, bool* fits) {
        const std::vector<LeafRef> leaves = leavesOf(t.criteria);
        Bid& b = t.bids[std::size_t(bid)];
        *fits = true;
        for (std::size_t s = 0; s < steps.size(); ++s) {
            const int k = steps[s].leaf;
            double average = 0;
            for (int e = 0; e < b.marks.evaluators(); ++e)
                average += b.marks.at(k, e);
            average /= b.marks.evaluators();
            double target = average + steps[s].marks + (s + 1 == steps.size() ? lastDelta : 0);
            if (target > leaves[std::size_t(k)].criterion->maxMarks) {
                *fits = false;
                target = leaves[std::size_t(k)].criterion->maxMarks;
            }
            for (int e = 0; e < b.marks.evaluators(); ++e)
                b.marks.set(k, e, target);
        }
        return t;
    };
    for (int n = 0; n < kTenders; ++n) {
        const Tender t = randomTender(rng);
        const Evaluation ev = evaluate(t);
        const Report report = analyseExact(t, ev);
        if (!report.available || report.decidedByRounding)
            continue;
        for (const TechnicalToWin& tw : report.technicalToWin) {
            QVERIFY(tw.bid != ev.winner);
            if (!tw.threshold) {
                ++unreachable;
                continue;
            }
            QVERIFY(*tw.threshold >= tw.technical - 1e-9);
            QVERIFY(!tw.cheapest.empty());
            const std::vector<LeafRef> leaves = leavesOf(t.criteria);
            const ExtraMarks& last = tw.cheapest.back();
            const double perMark = leaves[std::size_t(last.leaf)].criterion->weight /
                                   leaves[std::size_t(last.leaf)].criterion->maxMarks;
            const double delta = 1e-3 / perMark; // a thousandth of a point
            bool fits = true;
            const Tender more = raised(t, tw.bid, tw.cheapest, delta, &fits);
            const QString where = QStringLiteral("tender %1, bid %2").arg(n).arg(tw.bid);
            if (fits) {
                ++checked;
                QVERIFY2(agrees(more, tw.bid, &excused), qPrintable(where));
            }
            if (last.marks > delta) {
                ++checked;
                QVERIFY2(loses(raised(t, tw.bid, tw.cheapest, -delta, &fits), tw.bid, &excused),
                         qPrintable(where));
            }
        }
    }
    qInfo("%d raised scores checked, %d rounding ties, %d out of reach", checked, excused,
          unreachable);
    QVERIFY(checked > 500);
    QVERIFY(unreachable > 0);
    QVERIFY(excused * 100 < checked);
}

void TestSensitivity::theChatbotSample()
{
    // The worked example: B2 (proprietary) wins at 70:30; B1 (open
    // source) would win at 65:35 or about 3% cheaper.
    const Tender t = testsupport::loadSample("citizen-services-chatbot");
    const Evaluation ev = evaluate(t);
    const Report report = analyseExact(t, ev);
    QVERIFY(report.available);
    const int b1 = idOf(t, "B1"), b2 = idOf(t, "B2");
    QCOMPARE(report.winner, b2);
    QCOMPARE(evaluate(withTechnicalWeight(t, 65)).winner, b1);
    const Range holds = report.technicalWeight.winnerHolds;
    QVERIFY(holds.from > 65 && holds.from < 70);
    QCOMPARE(report.technicalWeight.allowed.to, 80.0); // GFR 192
    bool sawB1 = false;
    for (const PriceToWin& p : report.priceToWin)
        if (p.bid == b1) {
            sawB1 = true;
            QVERIFY(p.change && *p.change > 0.02 && *p.change < 0.04);
        }
    QVERIFY(sawB1);
    // The bid below the minimum has a sealed financial score in every output.
    for (const PriceToWin& p : report.priceToWin)
        QVERIFY(ev.envelopeOpened(p.bid));
}

void TestSensitivity::notAvailableWithoutAnAward()
{
    const Tender lcs = TenderBuilder().lcs().criterion("C1", 100, 100).bid("A", 80, 100).build();
    Report r = analyseExact(lcs, evaluate(lcs));
    QVERIFY(!r.available);
    QVERIFY(r.why.contains(QLatin1String("QCBS")));
    const Tender none = TenderBuilder()
                            .qcbs(70, 30)
                            .minimum(90)
                            .criterion("C1", 100, 100)
                            .bid("A", 80, 100)
                            .build();
    r = analyseExact(none, evaluate(none));
    QVERIFY(!r.available);
    QVERIFY(!r.why.isEmpty());
}

void TestSensitivity::leavingOutTheDecisiveMemberChangesTheWinner()
{
    // Members 1 and 2 put A ahead; member 3 marks B so high that B wins.
    const Tender t = TenderBuilder()
                         .qcbs(70, 30)
                         .minimum(0)
                         .evaluators(3)
                         .criterion("C1", 100, 100)
                         .bidMarks("A", {{80, 80, 60}}, 100)
                         .bidMarks("B", {{75, 75, 100}}, 100)
                         .build();
    const Evaluation ev = evaluate(t);
    QCOMPARE(ev.winner, 1);
    const std::vector<MemberLeftOut> out = leaveOneMemberOut(t);
    QCOMPARE(out.size(), std::size_t(3));
    QCOMPARE(out[0].winner, 1);
    QCOMPARE(out[1].winner, 1);
    QCOMPARE(out[2].winner, 0);
}

void TestSensitivity::acceptabilityMatchesTheClosedFormOnOneWeight()
{
    // One criterion: only the technical weight is drawn, uniformly on
    // [40%, 60%]; A wins below the threshold the exact analysis finds.
    const Tender t = TenderBuilder()
                         .qcbs(50, 50)
                         .minimum(0)
                         .criterion("C1", 100, 100)
                         .bid("A", 80, 100)
                         .bid("B", 95, 120)
                         .build();
    const Evaluation ev = evaluate(t);
    const Report exact = analyseExact(t, ev);
    double threshold = -1;
    for (const Segment& s : exact.technicalWeight.segments)
        if (s.winner == 0)
            threshold = s.to;
    QVERIFY(threshold > 40 && threshold < 60);
    const double expected = (threshold - 40) / 20;
    AcceptabilityOptions options;
    options.draws = 40000;
    options.weightRange = 20;
    options.seed = 99;
    const Acceptability a = rankAcceptability(t, ev, options);
    QCOMPARE(a.technicalWeight.from, 40.0);
    QCOMPARE(a.technicalWeight.to, 60.0);
    const BidAcceptability& first = a.bids.front();
    QCOMPARE(first.bid, 0);
    const double p = first.ranks[0];
    const double se = first.errors[0];
    QVERIFY2(std::abs(p - expected) < 4 * se + 1e-9,
             qPrintable(QStringLiteral("%1 vs %2 ± %3").arg(p).arg(expected).arg(se)));
    QVERIFY(se > 0 && se < 0.01);
    QCOMPARE(first.ranks[0] + first.ranks[1], 1.0);
}

void TestSensitivity::acceptabilityMatchesTheClosedFormOnTwoWeights()
{
    // Two criteria 60:40 drawn within ±20% (the first weight then lies in
    // [52, 68]), the technical weight in [40%, 60%]. For each w the first
    // weight at which the bids tie is linear: the share A wins is an
    // integral over w alone, taken here by Simpson's rule.
    const Tender t = TenderBuilder()
                         .qcbs(50, 50)
                         .minimum(0)
                         .criterion("C1", 10, 60)
                         .criterion("C2", 10, 40)
                         .bidMarks("A", {{9}, {5}}, 100)
                         .bidMarks("B", {{6}, {10}}, 108)
                         .build();
    const Evaluation ev = evaluate(t);
    QVERIFY(ev.hasWinner());
    const double a1 = 0.9, a2 = 0.5, b1 = 0.6, b2 = 1.0;
    const double fa = 100, fb = 100.0 * 100 / 108;
    const auto shareAWins = [&](double w) {
        // Δ(W1) = w·(W1·(a1−b1) + (100−W1)·(a2−b2)) + (1−w)·(fa−fb), linear in W1.
        const auto delta = [&](double W1) {
            return w * (W1 * (a1 - b1) + (100 - W1) * (a2 - b2)) + (1 - w) * (fa - fb);
        };
        const double lo = 52, hi = 68;
        const double dlo = delta(lo), dhi = delta(hi);
        if (dlo > 0 && dhi > 0)
            return 1.0;
        if (dlo <= 0 && dhi <= 0)
            return 0.0;
        const double root = lo + (hi - lo) * dlo / (dlo - dhi);
        return dhi > 0 ? (hi - root) / (hi - lo) : (root - lo) / (hi - lo);
    };
    const int steps = 2000;
    double integral = 0;
    for (int i = 0; i <= steps; ++i) {
        const double w = 0.4 + 0.2 * i / steps;
        const double weight = (i == 0 || i == steps) ? 1 : (i % 2 ? 4 : 2);
        integral += weight * shareAWins(w);
    }
    const double expected = integral / (3.0 * steps);
    QVERIFY(expected > 0.05 && expected < 0.95);
    AcceptabilityOptions options;
    options.draws = 40000;
    options.weightRange = 20;
    const Acceptability a = rankAcceptability(t, ev, options);
    QCOMPARE(a.criterionWeights[0].from, 48.0);
    const BidAcceptability& first = a.bids.front();
    QVERIFY2(std::abs(first.ranks[0] - expected) < 4 * first.errors[0] + 1e-3,
             qPrintable(QStringLiteral("%1 vs %2 ± %3")
                            .arg(first.ranks[0])
                            .arg(expected)
                            .arg(first.errors[0])));
}

void TestSensitivity::acceptabilityIsTheSameOnAnyNumberOfThreads()
{
    std::mt19937 rng(3);
    Tender t;
    do
        t = randomTender(rng);
    while (t.bids.size() < 5 || countLeaves(t.criteria) < 3 || !evaluate(t).hasWinner());
    const Evaluation ev = evaluate(t);
    AcceptabilityOptions options;
    options.draws = 20000;
    options.seed = 42;
    std::vector<std::vector<double>> runs;
    for (int threads : {1, 2, 5}) {
        options.threads = threads;
        runs.push_back(everyFigure(rankAcceptability(t, ev, options)));
    }
    QVERIFY(runs[0] == runs[1]);
    QVERIFY(runs[0] == runs[2]);
    options.seed = 43;
    options.threads = 2;
    QVERIFY(everyFigure(rankAcceptability(t, ev, options)) != runs[0]);
}

void TestSensitivity::acceptabilitySharesAddUp()
{
    std::mt19937 rng(5);
    for (int n = 0; n < 40; ++n) {
        const Tender t = randomTender(rng);
        const Evaluation ev = evaluate(t);
        if (!ev.hasWinner())
            continue;
        AcceptabilityOptions options;
        options.draws = 3000;
        options.weightRange = 25;
        const Acceptability a = rankAcceptability(t, ev, options);
        for (const BidAcceptability& b : a.bids) {
            double sum = b.notQualified + b.lowerRanks;
            for (double p : b.ranks)
                sum += p;
            QVERIFY(std::abs(sum - (1 - a.sealedDecides)) < 1e-9);
            if (!b.centralWeights.empty()) {
                double total = 0;
                for (std::size_t k = 0; k + 1 < b.centralWeights.size(); ++k) {
                    QVERIFY(b.centralWeights[k] >= a.criterionWeights[k].from - 1e-9);
                    QVERIFY(b.centralWeights[k] <= a.criterionWeights[k].to + 1e-9);
                    total += b.centralWeights[k];
                }
                QVERIFY(std::abs(total - 100) < 1e-6);
                QVERIFY(a.technicalWeight.contains(b.centralWeights.back()));
                QVERIFY(b.confidence.has_value());
            }
        }
    }
}

void TestSensitivity::bootstrapIsReproducible()
{
    const Tender t = testsupport::loadSample("citizen-services-chatbot");
    const Evaluation ev = evaluate(t);
    Options options;
    options.acceptability.draws = 2000;
    const Report one = analyse(t, ev, options);
    const Report two = analyse(t, ev, options);
    QVERIFY(one.bootstrap && two.bootstrap);
    QVERIFY(one.bootstrap->winShare == two.bootstrap->winShare);
    double total = one.bootstrap->sealedDecides + one.bootstrap->noWinner;
    for (double s : one.bootstrap->winShare)
        total += s;
    QVERIFY(std::abs(total - 1) < 1e-12);
    QVERIFY(one.bootstrap->winShare[std::size_t(ev.winner)] > 0.5);
}

QTEST_GUILESS_MAIN(TestSensitivity)
#include "tst_sensitivity.moc"
