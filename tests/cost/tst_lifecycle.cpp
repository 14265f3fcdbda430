// Lifecycle cost (docs/scoring.md, "Lifecycle cost"): the NPV and cumulative
// cost against hand-computed cases, the financial basis in the evaluation,
// the lock-in indicator, bad cost input and the file round trip.
#include "considerations/Table3.h"
#include "cost/CostKinds.h"
#include "cost/Lifecycle.h"
#include "cost/LockIn.h"
#include "io/TenderFile.h"
#include "scoring/Derivation.h"
#include "scoring/Evaluator.h"
#include "validation/TenderValidator.h"

#include "TenderBuilder.h"

#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace tulana;
using namespace tulana::cost;

namespace {

CostLine line(const char* kind, double amount, std::optional<int> from = std::nullopt,
              std::optional<int> to = std::nullopt)
{
    return {QString::fromUtf8(kind), amount, from, to, {}};
}

LifecycleTerms terms(int horizon, double rate)
{
    LifecycleTerms t;
    t.horizonYears = horizon;
    t.discountRate = rate;
    t.basis = FinancialBasis::LifecycleCost;
    return t;
}

bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

bool hasErrorAt(const Problems& problems, const QString& where)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem& p) { return p.isError() && p.where == where; });
}

// QCBS 70:30, one criterion out of 100, minimum 70; five years at 0%.
//   P (proprietary): technical 82, quoted 1000 (the cheapest)
//     costs: licence 1000 now, subscription 600 a year × 5, switching 800 at exit
//     NPV = 1000 + 3000 + 800 = 4800
//   O (open source): technical 80, quoted 1500
//     costs: integration 1500 now, hosting 200 + support 100 a year × 5
//     NPV = 1500 + 1000 + 500 = 3000
// Quoted price: P Sf 100, S = 57.4 + 30 = 87.40; O Sf = 100 × 1000/1500 = 66.67,
//               S = 56 + 20.001 = 76.00 → P first.
// Lifecycle:    P Sf = 100 × 3000/4800 = 62.5, S = 57.4 + 18.75 = 76.15;
//               O Sf 100, S = 56 + 30 = 86.00 → O first.
Tender cheapOnPriceNotOverFiveYears(FinancialBasis basis)
{
    Tender t = TenderBuilder()
                   .qcbs(70, 30)
                   .minimum(70)
                   .criterion("C1", 100, 100)
                   .bid("P", 82, 1000)
                   .bid("O", 80, 1500)
                   .build();
    t.bids[0].nature = BidNature::Proprietary;
    t.bids[0].costs = {line("licence", 1000), line("subscription", 600), line("switching", 800)};
    t.bids[1].nature = BidNature::OpenSource;
    t.bids[1].costs = {line("integration", 1500), line("hosting", 200), line("support", 100)};
    t.lifecycle = terms(5, 0);
    t.lifecycle.basis = basis;
    return t;
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void theKindsAreReadFromTheDataFile()
    {
        const CostKinds& kinds = costKinds();
        QVERIFY2(kinds.loadError.isEmpty(), qPrintable(kinds.loadError));
        QCOMPARE(kinds.kind(QStringLiteral("licence"))->timing, Timing::OneTime);
        QCOMPARE(kinds.kind(QStringLiteral("hosting"))->timing, Timing::Recurring);
        QCOMPARE(kinds.kind(QStringLiteral("data-migration"))->timing, Timing::Exit);
        QVERIFY(!kinds.kind(QStringLiteral("lunch")));
        // Every consideration named is a row of Table 3.
        const QStringList rows = table3().ids();
        for (const CostKind& k : kinds.kinds)
            QVERIFY2(rows.contains(k.consideration), qPrintable(k.id));
        QVERIFY(kinds.lockInConsiderations.contains(QStringLiteral("maintenance")));
        QVERIFY(kinds.lockInConsiderations.contains(QStringLiteral("resource-constraints")));
        for (const QString& id : kinds.lockInConsiderations)
            QVERIFY2(rows.contains(id), qPrintable(id));
    }

    // The JSON Schema lists the kinds for editors; it must list the data file's.
    void theSchemaListsTheSameKinds()
    {
        QFile file(QStringLiteral(TULANA_SOURCE_DIR) +
                   QStringLiteral("/resources/schema/tulana-tender-1.schema.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto schema = nlohmann::json::parse(file.readAll().toStdString());
        QStringList listed;
        for (const auto& id : schema["$defs"]["costLine"]["properties"]["kind"]["enum"])
            listed << QString::fromStdString(id.get<std::string>());
        QCOMPARE(listed, costKinds().ids());
    }

    // Zero rate, five years: one-time 1000 at t = 0, hosting 200 in t = 1..5,
    // switching 500 at t = 5. Years: 1000, 200, 200, 200, 200, 700.
    void atZeroRateTheNpvIsTheSum()
    {
        const LifecycleCost c = lifecycleCost(
            terms(5, 0), {line("licence", 1000), line("hosting", 200), line("switching", 500)});
        QCOMPARE(c.years.size(), std::size_t(6));
        const double cumulative[] = {1000, 1200, 1400, 1600, 1800, 2500};
        for (int t = 0; t <= 5; ++t) {
            QCOMPARE(c.years[std::size_t(t)].year, t);
            QCOMPARE(c.years[std::size_t(t)].cumulative, cumulative[t]);
            QCOMPARE(c.years[std::size_t(t)].cumulativeDiscounted, cumulative[t]);
        }
        QCOMPARE(c.years[5].exit, 500.0);
        QCOMPARE(c.years[5].recurring, 200.0);
        QCOMPARE(c.npv, 2500.0);
        QCOMPARE(c.undiscounted, 2500.0);
    }

    // One year at 10%: 1000 now; 110 + 220 = 330 at t = 1 → 330 / 1.1 = 300.
    void aOneYearHorizon()
    {
        const LifecycleCost c =
            lifecycleCost(terms(1, 10), {line("hardware", 1000), line("staff", 110),
                                         line("data-migration", 220)});
        QCOMPARE(c.years.size(), std::size_t(2));
        QCOMPARE(c.years[1].total(), 330.0);
        QVERIFY(close(c.years[1].discounted, 300));
        QCOMPARE(c.years[1].cumulative, 1330.0);
        QVERIFY(close(c.years[1].cumulativeDiscounted, 1300));
        QVERIFY(close(c.npv, 1300));
        QCOMPARE(c.undiscounted, 1330.0);
    }

    // The contract ends after year 3 of 5: subscription 100 in years 1..3,
    // data migration 400 in year 3 (toYear), nothing after.
    // Years: 0, 100, 100, 500, 0, 0 → 700.
    void anExitInTheMiddleOfTheHorizon()
    {
        const LifecycleCost c =
            lifecycleCost(terms(5, 0), {line("subscription", 100, std::nullopt, 3),
                                        line("data-migration", 400, std::nullopt, 3)});
        const double perYear[] = {0, 100, 100, 500, 0, 0};
        const double cumulative[] = {0, 100, 200, 700, 700, 700};
        for (int t = 0; t <= 5; ++t) {
            QCOMPARE(c.years[std::size_t(t)].total(), perYear[t]);
            QCOMPARE(c.years[std::size_t(t)].cumulative, cumulative[t]);
        }
        QCOMPARE(c.years[3].exit, 400.0);
        QCOMPARE(c.npv, 700.0);
    }

    // Three years at 10%: licence 1000 now, support 121 a year, switching
    // 133.1 at t = 3.
    //   t = 0: 1000 / 1        = 1000
    //   t = 1: 121 / 1.1       = 110
    //   t = 2: 121 / 1.21      = 100
    //   t = 3: 254.1 / 1.331   = 90.9090… + 100 = 190.9090… (121 / 1.331 = 1000 / 11)
    //   NPV = 1000 + 110 + 100 + 190.9090… = 1310 + 1000 / 11 = 1400.9090…
    //   undiscounted 1000 + 363 + 133.1 = 1496.1
    //   recurring part: 110 + 100 + 1000 / 11; exit part: 133.1 / 1.331 = 100
    void aTenPercentRateByHand()
    {
        const LifecycleCost c = lifecycleCost(
            terms(3, 10), {line("licence", 1000), line("support", 121), line("switching", 133.1)});
        QVERIFY(close(c.years[1].discounted, 110));
        QVERIFY(close(c.years[2].discounted, 100));
        QVERIFY(close(c.years[3].discounted, 100 + 1000.0 / 11));
        QVERIFY(close(c.years[2].cumulativeDiscounted, 1210));
        QVERIFY2(close(c.npv, 1310 + 1000.0 / 11), qPrintable(QString::number(c.npv, 'g', 17)));
        QVERIFY(close(c.undiscounted, 1496.1));
        QVERIFY(close(c.presentExit, 100));
        QVERIFY(close(c.presentOneTime, 1000));
        QVERIFY(close(c.presentRecurring, 210 + 1000.0 / 11));
    }

    // A recurring line from year 2 to 4 of 5; a one-time line in year 3.
    void yearsGivenOnALine()
    {
        const LifecycleCost c =
            lifecycleCost(terms(5, 0), {line("subscription", 50, 2, 4), line("hardware", 300, 3)});
        const double perYear[] = {0, 0, 50, 350, 50, 0};
        for (int t = 0; t <= 5; ++t)
            QCOMPARE(c.years[std::size_t(t)].total(), perYear[t]);
    }

    void theLockInIndicator_data()
    {
        QTest::addColumn<QList<double>>("amounts"); // one-time, recurring a year, exit; 5 years, 0%
        QTest::addColumn<QString>("level");
        // exit 50 / 1550 = 3.2%, recurring 500 / 1550 = 32%
        QTest::newRow("little exit and little recurring cost is low")
            << QList<double>{1000, 100, 50} << QStringLiteral("low");
        // exit 500 / 2500 = 20% (medium from 10%), recurring 40%
        QTest::newRow("a fifth of the cost at exit is medium")
            << QList<double>{1000, 200, 500} << QStringLiteral("medium");
        // exit 1000 / 2000 = 50%
        QTest::newRow("half the cost at exit is high")
            << QList<double>{500, 100, 1000} << QStringLiteral("high");
        // recurring 500 / 600 = 83% (high from 75%)
        QTest::newRow("mostly recurring cost is high")
            << QList<double>{100, 100, 0} << QStringLiteral("high");
    }
    void theLockInIndicator()
    {
        QFETCH(QList<double>, amounts);
        QFETCH(QString, level);
        const LifecycleCost c = lifecycleCost(terms(5, 0), {line("licence", amounts[0]),
                                                            line("subscription", amounts[1]),
                                                            line("switching", amounts[2])});
        const LockInIndicator l = lockIn(c);
        QCOMPARE(toKey(l.level), level);
        QVERIFY(close(l.exitShare, amounts[2] / c.npv));
        QVERIFY(close(l.recurringShare, 5 * amounts[1] / c.npv));
        QCOMPARE(l.reasons.size(), 2);
        QVERIFY2(l.reasons.join(u' ').contains(displayName(l.level)), qPrintable(l.reasons[0]));
        QVERIFY(l.considerations.contains(QStringLiteral("maintenance")));
        QVERIFY(l.considerations.contains(QStringLiteral("resource-constraints")));
    }

    void noCostIsNoLockIn()
    {
        const LockInIndicator l = lockIn(lifecycleCost(terms(5, 0), {}));
        QCOMPARE(l.level, LockInLevel::Low);
        QCOMPARE(l.reasons.size(), 1);
    }

    void switchingTheBasisChangesTheRanking()
    {
        const Tender byPrice = cheapOnPriceNotOverFiveYears(FinancialBasis::QuotedPrice);
        const Evaluation a = evaluate(byPrice);
        QVERIFY2(a.hasWinner(), qPrintable(describe(a.problems) + a.noAwardReason));
        QCOMPARE(a.winner, 0);
        QCOMPARE(*a.results[0].evaluatedPrice, 1000.0);
        QCOMPARE(*a.results[0].combined, 87.40);
        QCOMPARE(*a.results[1].combined, 76.00);

        const Tender byLifecycle = cheapOnPriceNotOverFiveYears(FinancialBasis::LifecycleCost);
        const Evaluation b = evaluate(byLifecycle);
        QVERIFY2(b.hasWinner(), qPrintable(describe(b.problems) + b.noAwardReason));
        QCOMPARE(b.winner, 1);
        QCOMPARE(*b.results[0].evaluatedPrice, 4800.0);
        QCOMPARE(*b.results[1].evaluatedPrice, 3000.0);
        QCOMPARE(*b.results[0].financial, 62.50);
        QCOMPARE(*b.results[0].combined, 76.15);
        QCOMPARE(*b.results[1].combined, 86.00);
        QCOMPARE(b.ranking, (std::vector<int>{1, 0}));
    }

    // Cost lines and lifecycle terms change nothing while the tender scores
    // the quoted price.
    void theQuotedPriceBasisGivesTheOldScores()
    {
        Tender withCosts = cheapOnPriceNotOverFiveYears(FinancialBasis::QuotedPrice);
        withCosts.lifecycle.discountRate = 8;
        withCosts.bids[0].tax = 180;
        Tender without = withCosts;
        without.lifecycle = LifecycleTerms{};
        for (Bid& b : without.bids)
            b.costs.clear();
        const Evaluation a = evaluate(withCosts);
        const Evaluation b = evaluate(without);
        QVERIFY(a.hasWinner());
        QCOMPARE(a.ranking, b.ranking);
        QCOMPARE(a.winner, b.winner);
        for (std::size_t i = 0; i < a.results.size(); ++i) {
            QCOMPARE(*a.results[i].evaluatedPrice, *b.results[i].evaluatedPrice);
            QCOMPARE(*a.results[i].financialExact, *b.results[i].financialExact);
            QCOMPARE(*a.results[i].combinedExact, *b.results[i].combinedExact);
        }
        QCOMPARE(*a.results[0].evaluatedPrice, 1180.0); // price + tax, as always
        const Derivation d = explain(withCosts, a, 0, Quantity::EvaluatedPrice);
        QVERIFY(d.formula.contains(QStringLiteral("quoted price")));
        QVERIFY(!d.formula.contains(QStringLiteral("NPV")));
    }

    void theDerivationShowsTheNpvWorking()
    {
        Tender t = cheapOnPriceNotOverFiveYears(FinancialBasis::LifecycleCost);
        t.lifecycle = terms(3, 10);
        t.bids[0].costs = {line("licence", 1000), line("support", 121), line("switching", 133.1)};
        const Evaluation ev = evaluate(t);
        QVERIFY2(ev.hasWinner(), qPrintable(describe(ev.problems) + ev.noAwardReason));
        const Derivation d = explain(t, ev, 0, Quantity::EvaluatedPrice);
        QVERIFY(d.available);
        QVERIFY2(d.formula.contains(QStringLiteral("NPV")), qPrintable(d.formula));
        QVERIFY2(d.note.contains(displayName(FinancialBasis::LifecycleCost)), qPrintable(d.note));
        QVERIFY(close(d.value, 1310 + 1000.0 / 11));
        QVERIFY2(d.working.startsWith(QStringLiteral("1000 / 1.1^0 + 121 / 1.1^1 + 121 / 1.1^2 + "
                                                     "254.1 / 1.1^3 = 1400.9")),
                 qPrintable(d.working));
        const auto rate = std::find_if(d.inputs.begin(), d.inputs.end(), [](const Term& term) {
            return term.source == QLatin1String("tender.lifecycle.discountRate");
        });
        QVERIFY(rate != d.inputs.end());
        QCOMPARE(rate->value, 10.0);
        const Derivation f = explain(t, ev, 0, Quantity::Financial);
        QVERIFY(f.available);
        QCOMPARE(f.inputs.constFirst().source, QStringLiteral("bids[0].costs"));
        QVERIFY(close(f.inputs.constFirst().value, d.value));
    }

    void aBidWithoutCostsIsSetAsideUnderTheLifecycleBasis()
    {
        Tender t = cheapOnPriceNotOverFiveYears(FinancialBasis::LifecycleCost);
        t.bids[1].costs.clear();
        QVERIFY(hasErrorAt(validateTender(t), QStringLiteral("bids[1].costs")));
        const Evaluation ev = evaluate(t);
        QCOMPARE(ev.results[1].standing, Standing::Incomplete);
        QVERIFY2(ev.results[1].reason().contains(QStringLiteral("O's cost lines")),
                 qPrintable(ev.results[1].reason()));
        QVERIFY(!ev.hasWinner());
        // Under the quoted price the same bid needs no cost lines.
        t.lifecycle.basis = FinancialBasis::QuotedPrice;
        QVERIFY(!hasErrorAt(validateTender(t), QStringLiteral("bids[1].costs")));
    }

    void badCostInputIsLocated_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("amount");
        QTest::addColumn<int>("fromYear"); // -99: absent
        QTest::addColumn<int>("toYear");
        QTest::addColumn<QString>("where");
        const QString at = QStringLiteral("bids[0].costs[1]");
        QTest::newRow("a negative amount")
            << "hosting" << -5.0 << -99 << -99 << at + QStringLiteral(".amount");
        QTest::newRow("an amount not entered (null)")
            << "hosting" << std::nan("") << -99 << -99 << at + QStringLiteral(".amount");
        QTest::newRow("an unknown kind")
            << "lunch" << 5.0 << -99 << -99 << at + QStringLiteral(".kind");
        QTest::newRow("a recurring cost beyond the horizon")
            << "hosting" << 5.0 << -99 << 6 << at + QStringLiteral(".toYear");
        QTest::newRow("a recurring cost in year 0")
            << "hosting" << 5.0 << 0 << -99 << at + QStringLiteral(".fromYear");
        QTest::newRow("years that leave no year")
            << "hosting" << 5.0 << 4 << 2 << at + QStringLiteral(".toYear");
        QTest::newRow("an exit with a start year")
            << "switching" << 5.0 << 2 << -99 << at + QStringLiteral(".fromYear");
        QTest::newRow("an exit beyond the horizon")
            << "switching" << 5.0 << -99 << 9 << at + QStringLiteral(".toYear");
        QTest::newRow("a one-time cost with an end year")
            << "licence" << 5.0 << -99 << 2 << at + QStringLiteral(".toYear");
        QTest::newRow("a one-time cost beyond the horizon")
            << "licence" << 5.0 << 7 << -99 << at + QStringLiteral(".fromYear");
    }
    void badCostInputIsLocated()
    {
        QFETCH(QString, kind);
        QFETCH(double, amount);
        QFETCH(int, fromYear);
        QFETCH(int, toYear);
        QFETCH(QString, where);
        Tender t = cheapOnPriceNotOverFiveYears(FinancialBasis::LifecycleCost);
        CostLine bad{kind, amount, {}, {}, {}};
        if (fromYear != -99)
            bad.fromYear = fromYear;
        if (toYear != -99)
            bad.toYear = toYear;
        t.bids[0].costs.insert(t.bids[0].costs.begin() + 1, bad);
        const Problems problems = validateTender(t);
        QVERIFY2(hasErrorAt(problems, where), qPrintable(describe(problems)));
        QCOMPARE(problems.size(), 1);
        // The bid is set aside, the tender is still evaluated.
        const Evaluation ev = evaluate(t);
        QVERIFY(ev.evaluated);
        QCOMPARE(ev.results[0].standing, Standing::Incomplete);
    }

    void badTermsAreLocated()
    {
        Tender t = cheapOnPriceNotOverFiveYears(FinancialBasis::LifecycleCost);
        QVERIFY2(validateTender(t).isEmpty(), qPrintable(describe(validateTender(t))));
        t.lifecycle.horizonYears = 0;
        t.lifecycle.discountRate = 150;
        const Problems problems = validateTender(t);
        QVERIFY(hasErrorAt(problems, QStringLiteral("tender.lifecycle.horizonYears")));
        QVERIFY(hasErrorAt(problems, QStringLiteral("tender.lifecycle.discountRate")));
        QVERIFY(!evaluate(t).evaluated);
        t.lifecycle.horizonYears = 101;
        QVERIFY(hasErrorAt(validateTender(t), QStringLiteral("tender.lifecycle.horizonYears")));
        // A horizon of two billion years must not make a table of two billion rows.
        t.lifecycle.horizonYears = 2'000'000'000;
        QCOMPARE(lifecycleCost(t.lifecycle, t.bids[0].costs).years.size(),
                 std::size_t(kMaxHorizonYears) + 1);
        t.lifecycle.horizonYears = 1;
        t.lifecycle.discountRate = -1;
        QVERIFY(hasErrorAt(validateTender(t), QStringLiteral("tender.lifecycle.discountRate")));
    }

    void theFileRoundTrip()
    {
        Tender t = cheapOnPriceNotOverFiveYears(FinancialBasis::LifecycleCost);
        t.lifecycle.discountRate = 7.5;
        t.bids[0].costs.push_back(line("subscription", 50, 2, 4));
        t.bids[0].costs.back().note = QStringLiteral("upgrade tier");
        t.bids[1].costs.push_back(line("data-migration", 300, std::nullopt, 3));
        const QByteArray bytes = writeTender(t);
        QVERIFY(bytes.contains("\"lifecycle\""));
        QVERIFY(bytes.contains("\"financialBasis\": \"lifecycle-cost\""));
        const TenderLoad load = readTender(bytes);
        QVERIFY2(load.tender, qPrintable(describe(load.problems)));
        QVERIFY(*load.tender == t);
        QCOMPARE(writeTender(*load.tender), bytes);
    }

    void defaultsAreNotWritten()
    {
        const Tender t = TenderBuilder().criterion("C1", 100, 100).bid("A", 80, 100).build();
        const QByteArray bytes = writeTender(t);
        QVERIFY(!bytes.contains("lifecycle"));
        QVERIFY(!bytes.contains("costs"));
    }

    void badFileInputIsLocated_data()
    {
        QTest::addColumn<QByteArray>("costs");
        QTest::addColumn<QString>("where");
        QTest::newRow("an amount that is text")
            << QByteArray(R"([{"kind": "hosting", "amount": "lots"}])")
            << QStringLiteral("bids[0].costs[0].amount");
        QTest::newRow("a missing amount")
            << QByteArray(R"([{"kind": "hosting"}])") << QStringLiteral("bids[0].costs[0].amount");
        QTest::newRow("a year that is text")
            << QByteArray(R"([{"kind": "hosting", "amount": 1, "fromYear": "2"}])")
            << QStringLiteral("bids[0].costs[0].fromYear");
        QTest::newRow("a year left empty")
            << QByteArray(R"([{"kind": "hosting", "amount": 1, "toYear": null}])")
            << QStringLiteral("bids[0].costs[0].toYear");
        QTest::newRow("a year with a fraction")
            << QByteArray(R"([{"kind": "hosting", "amount": 1, "toYear": 2.5}])")
            << QStringLiteral("bids[0].costs[0].toYear");
        QTest::newRow("costs that are not a list")
            << QByteArray(R"({"kind": "hosting"})") << QStringLiteral("bids[0].costs");
        QTest::newRow("an unknown field")
            << QByteArray(R"([{"kind": "hosting", "amount": 1, "vat": 2}])")
            << QStringLiteral("bids[0].costs[0].vat");
    }
    void badFileInputIsLocated()
    {
        QFETCH(QByteArray, costs);
        QFETCH(QString, where);
        const Tender t = TenderBuilder().criterion("C1", 100, 100).bid("A", 80, 100).build();
        QByteArray bytes = writeTender(t);
        // Put the costs before the marks, through the streaming parser's bid path.
        const QByteArray withCosts = QByteArray("\"costs\": ") + costs + QByteArray(", \"marks\":");
        bytes.replace(QByteArray("\"marks\":"), withCosts);
        const TenderLoad load = readTender(bytes);
        QVERIFY(!load.tender);
        QVERIFY2(hasErrorAt(load.problems, where), qPrintable(describe(load.problems)));
    }

    void badTermsInTheFileAreLocated()
    {
        Tender t = TenderBuilder().criterion("C1", 100, 100).bid("A", 80, 100).build();
        t.lifecycle.horizonYears = 3;
        QByteArray bytes = writeTender(t);
        bytes.replace("\"quoted-price\"", "\"cheapest\"");
        const TenderLoad load = readTender(bytes);
        QVERIFY(!load.tender);
        QVERIFY2(hasErrorAt(load.problems, QStringLiteral("tender.lifecycle.financialBasis")),
                 qPrintable(describe(load.problems)));
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
