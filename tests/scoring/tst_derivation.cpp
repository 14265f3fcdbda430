#include "generate/TenderGenerator.h"
#include "i18n/Language.h"
#include "scoring/Derivation.h"
#include "scoring/Evaluator.h"

#include "TenderBuilder.h"

#include <QTest>
#include <QTranslator>

#include <cmath>

using namespace tulana;

Q_DECLARE_METATYPE(tulana::Quantity)

namespace {

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

// Two criteria, two named evaluators, QCBS 70:30, minimum 70.
//   B1: C1 (8 + 9) / 2 = 8.5, C2 (15 + 17) / 2 = 16 → T = 60 × 8.5/10 + 40 × 16/20 = 51 + 32 = 83
//       price 100000 + tax 18000 = 118000 (the lowest) → Sf = 100; S = 58.1 + 30 = 88.10
//   B2: C1 10, C2 19 → T = 60 + 38 = 98
//       price 150000 + tax 27000 = 177000 → Sf = 100 × 118000 / 177000 = 66.67
//       S = 98 × 0.7 + 66.67 × 0.3 = 68.6 + 20.001 = 88.601 → 88.60 (wins)
//   B3: C1 3.5, C2 5 → T = 21 + 10 = 31, below the minimum: price not opened
//   B4: non-responsive
TenderBuilder committee()
{
    Criterion c1;
    c1.id = QStringLiteral("C1");
    c1.name = QStringLiteral("Methodology");
    c1.maxMarks = 10;
    c1.weight = 60;
    Criterion c2;
    c2.id = QStringLiteral("C2");
    c2.name = QStringLiteral("Team");
    c2.maxMarks = 20;
    c2.weight = 40;
    return TenderBuilder()
        .qcbs(70, 30)
        .minimum(70)
        .node(c1)
        .node(c2)
        .evaluators(2)
        .bidMarks("B1", {{8, 9}, {15, 17}}, 100000, 18000)
        .bidMarks("B2", {{10, 10}, {20, 18}}, 150000, 27000)
        .bidMarks("B3", {{3, 4}, {5, 5}}, 50000, 9000)
        .nonResponsive("B4", "EMD not paid");
}

Tender withNamedEvaluators(Tender t)
{
    t.evaluators[0].name = QStringLiteral("Asha Rao");
    t.evaluators[1].name = QStringLiteral("Bala Iyer");
    return t;
}

// The number of the evaluation a derivation explains.
std::optional<double> resultValue(const BidResult& r, Quantity q, int criterion)
{
    switch (q) {
    case Quantity::CriterionAverage:
        return r.criterionAverages.at(std::size_t(criterion));
    case Quantity::Openness:
        return r.openness;
    case Quantity::Technical:
        return r.technical;
    case Quantity::TechnicalForCombination:
        return r.technicalForCombination;
    case Quantity::EvaluatedPrice:
        return r.evaluatedPrice;
    case Quantity::Financial:
        return r.financial;
    case Quantity::Combined:
        return r.combined;
    }
    return std::nullopt;
}

// Every field of two derivations, the first difference said.
QString differenceBetween(const Derivation& a, const Derivation& b)
{
    if (a.available != b.available || a.quantity != b.quantity || a.formula != b.formula ||
        a.working != b.working || a.rounding != b.rounding || a.note != b.note ||
        a.exact != b.exact || a.value != b.value)
        return QStringLiteral("%1 | %2 vs %3 | %4")
            .arg(a.quantity, a.working, b.quantity, b.working);
    if (a.inputs.size() != b.inputs.size())
        return QStringLiteral("%1 inputs vs %2").arg(a.inputs.size()).arg(b.inputs.size());
    for (qsizetype i = 0; i < a.inputs.size(); ++i)
        if (a.inputs[i].name != b.inputs[i].name || a.inputs[i].value != b.inputs[i].value ||
            a.inputs[i].source != b.inputs[i].source)
            return QStringLiteral("input %1: %2 (%3) vs %4 (%5)")
                .arg(i)
                .arg(a.inputs[i].name, a.inputs[i].source, b.inputs[i].name, b.inputs[i].source);
    return {};
}

// Translates one source text as given, for a translation whose placeholder
// is not where (or not as often as) the English text has it.
class OneTextTranslator : public QTranslator
{
public:
    OneTextTranslator(const char* source, QString translation)
        : m_source(source)
        , m_translation(std::move(translation))
    {}
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* sourceText, const char*, int) const override
    {
        return qstrcmp(sourceText, m_source) == 0 ? m_translation : QString();
    }

private:
    const char* m_source;
    QString m_translation;
};

const Quantity allQuantities[] = {
    Quantity::CriterionAverage, Quantity::Technical, Quantity::TechnicalForCombination,
    Quantity::EvaluatedPrice,   Quantity::Financial, Quantity::Combined};

} // namespace

class TestDerivation : public QObject
{
    Q_OBJECT

private slots:
    void keys();
    void available_data();
    void available();
    void unavailable_data();
    void unavailable();
    void roundingIsStated();
    void everyNumberIsFinite_data();
    void everyNumberIsFinite();
    void normalisedWithAllTechnicalScoresZeroIsFinite();
    void oneExplainerServesEveryBid();
    void averagesSourcesFollowTheTranslation();
};

void TestDerivation::keys()
{
    QStringList keys;
    for (Quantity q : allQuantities)
        keys << toKey(q);
    QCOMPARE(keys, (QStringList{QStringLiteral("criterion-average"), QStringLiteral("technical"),
                                QStringLiteral("technical-used"), QStringLiteral("evaluated-price"),
                                QStringLiteral("financial"), QStringLiteral("combined")}));
}

void TestDerivation::available_data()
{
    QTest::addColumn<QString>("variant"); // "", "normalised", "linear", "without tax"
    QTest::addColumn<int>("bid");
    QTest::addColumn<Quantity>("quantity");
    QTest::addColumn<int>("criterion");
    QTest::addColumn<QString>("formula");     // part of the formula text
    QTest::addColumn<QStringList>("sources"); // part of each input's source, in order
    QTest::addColumn<QString>("working");     // the whole working
    QTest::addColumn<double>("value");

    QTest::newRow("committee average is the evaluators' marks over their number")
        << QString() << 0 << Quantity::CriterionAverage << 1 << QStringLiteral("average =")
        << QStringList{QStringLiteral("bids[0].marks.C2[0]"), QStringLiteral("bids[0].marks.C2[1]")}
        << QStringLiteral("(15 + 17) / 2 = 16") << 16.0;
    QTest::newRow("technical score is the weighted sum of the averages")
        << QString() << 0 << Quantity::Technical << -1
        << QStringLiteral("T = Σ weight × average marks / maximum marks")
        << QStringList{QStringLiteral("bids[0].marks.C1"), QStringLiteral("bids[0].marks.C2")}
        << QStringLiteral("60 × 8.5 / 10 + 40 × 16 / 20 = 83") << 83.0;
    QTest::newRow("a bid below the minimum still has a technical score")
        << QString() << 2 << Quantity::Technical << -1 << QStringLiteral("T = Σ")
        << QStringList{QStringLiteral("bids[2].marks.C1"), QStringLiteral("bids[2].marks.C2")}
        << QStringLiteral("60 × 3.5 / 10 + 40 × 5 / 20 = 31") << 31.0;
    QTest::newRow("technical score used is the marked one when not normalised")
        << QString() << 1 << Quantity::TechnicalForCombination << -1 << QStringLiteral("as marked")
        << QStringList{} << QStringLiteral("98") << 98.0;
    // 100 × 83 / 98 = 84.6938775510… → 84.69
    QTest::newRow("technical score used is normalised to the highest")
        << QStringLiteral("normalised") << 0 << Quantity::TechnicalForCombination << -1
        << QStringLiteral("Tn = 100 × T / Tmax")
        << QStringList{QStringLiteral("evaluation"), QStringLiteral("evaluation")}
        << QStringLiteral("100 × 83 / 98 = 84.693877551") << 84.69;
    QTest::newRow("evaluated price is price plus tax")
        << QString() << 1 << Quantity::EvaluatedPrice << -1
        << QStringLiteral("F = quoted price + tax")
        << QStringList{QStringLiteral("bids[1].price"), QStringLiteral("bids[1].tax")}
        << QStringLiteral("150000 + 27000 = 177000") << 177000.0;
    QTest::newRow("evaluated price is the price alone when taxes are excluded")
        << QStringLiteral("without tax") << 0 << Quantity::EvaluatedPrice << -1
        << QStringLiteral("F = quoted price (") << QStringList{QStringLiteral("bids[0].price")}
        << QStringLiteral("100000") << 100000.0;
    QTest::newRow("financial score is 100 times the lowest price over the price")
        << QString() << 1 << Quantity::Financial << -1 << QStringLiteral("Sf = 100 × Fm / F")
        << QStringList{QStringLiteral("bids[1].price"), QStringLiteral("evaluation")}
        << QStringLiteral("100 × 118000 / 177000 = 66.6666666667") << 66.67;
    QTest::newRow("the lowest price gets a financial score of 100")
        << QString() << 0 << Quantity::Financial << -1 << QStringLiteral("Sf = 100 × Fm / F")
        << QStringList{QStringLiteral("bids[0].price"), QStringLiteral("evaluation")}
        << QStringLiteral("100 × 118000 / 118000 = 100") << 100.0;
    QTest::newRow("financial score by linear interpolation")
        << QStringLiteral("linear") << 1 << Quantity::Financial << -1
        << QStringLiteral("Sf = 100 × (Fmax − F) / (Fmax − Fm)")
        << QStringList{QStringLiteral("bids[1].price"), QStringLiteral("evaluation"),
                       QStringLiteral("evaluation")}
        << QStringLiteral("100 × (177000 − 177000) / (177000 − 118000) = 0") << 0.0;
    QTest::newRow("combined score weighs the technical and financial scores")
        << QString() << 1 << Quantity::Combined << -1 << QStringLiteral("S = St × Tw + Sf × Fw")
        << QStringList{QStringLiteral("evaluation"), QStringLiteral("tender.technicalWeight"),
                       QStringLiteral("evaluation"), QStringLiteral("tender.financialWeight")}
        << QStringLiteral("98 × 0.7 + 66.67 × 0.3 = 88.601") << 88.60;
    QTest::newRow("combined score of the cheaper bid")
        << QString() << 0 << Quantity::Combined << -1 << QStringLiteral("S = St × Tw + Sf × Fw")
        << QStringList{QStringLiteral("evaluation"), QStringLiteral("tender.technicalWeight"),
                       QStringLiteral("evaluation"), QStringLiteral("tender.financialWeight")}
        << QStringLiteral("83 × 0.7 + 100 × 0.3 = 88.1") << 88.10;
}

void TestDerivation::available()
{
    QFETCH(QString, variant);
    QFETCH(int, bid);
    QFETCH(Quantity, quantity);
    QFETCH(int, criterion);
    QFETCH(QString, formula);
    QFETCH(QStringList, sources);
    QFETCH(QString, working);
    QFETCH(double, value);

    TenderBuilder b = committee();
    if (variant == QLatin1String("normalised"))
        b.normalised();
    else if (variant == QLatin1String("linear"))
        b.linearPrice();
    else if (variant == QLatin1String("without tax"))
        b.taxExcluded();
    const Tender t = withNamedEvaluators(b.build());
    const Evaluation ev = evaluate(t);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));

    const Derivation d = explain(t, ev, bid, quantity, criterion);
    QVERIFY2(d.available, qPrintable(d.note));
    QVERIFY(!d.quantity.isEmpty());
    QVERIFY2(d.quantity.contains(t.bids[std::size_t(bid)].id), qPrintable(d.quantity));
    QVERIFY2(d.formula.contains(formula), qPrintable(d.formula));
    QCOMPARE(d.inputs.size(), sources.size());
    for (qsizetype i = 0; i < sources.size(); ++i)
        QVERIFY2(d.inputs[i].source.contains(sources[i]), qPrintable(d.inputs[i].source));
    QCOMPARE(d.working, working);
    QCOMPARE(d.value, value);
    QVERIFY(!d.rounding.isEmpty());

    // The derivation explains the very number the evaluation reports.
    const std::optional<double> reported =
        resultValue(ev.results[std::size_t(bid)], quantity, criterion);
    QVERIFY(reported);
    QCOMPARE(d.value, *reported);
}

void TestDerivation::unavailable_data()
{
    QTest::addColumn<QString>("variant"); // "", "LCS", "QBS", "broken"
    QTest::addColumn<int>("bid");
    QTest::addColumn<Quantity>("quantity");
    QTest::addColumn<int>("criterion");
    QTest::addColumn<QString>("note"); // part of the note

    QTest::newRow("the price of a bid below the minimum is not opened (two-envelope rule)")
        << QString() << 2 << Quantity::EvaluatedPrice << -1 << QStringLiteral("two-envelope");
    QTest::newRow("the financial score of a bid below the minimum cites the two-envelope rule")
        << QString() << 2 << Quantity::Financial << -1 << QStringLiteral("two-envelope");
    QTest::newRow("a bid below the minimum has no combined score")
        << QString() << 2 << Quantity::Combined << -1 << QStringLiteral("qualified");
    QTest::newRow("a bid below the minimum has no technical score used, and says why")
        << QString() << 2 << Quantity::TechnicalForCombination << -1
        << QStringLiteral("below the minimum of 70");
    QTest::newRow("a non-responsive bid has no technical score, and says why")
        << QString() << 3 << Quantity::Technical << -1 << QStringLiteral("EMD not paid");
    QTest::newRow("a non-responsive bid has no committee average, and says why")
        << QString() << 3 << Quantity::CriterionAverage << 0 << QStringLiteral("EMD not paid");
    QTest::newRow("a criterion that does not exist has a note")
        << QString() << 0 << Quantity::CriterionAverage << 7 << QString();
    QTest::newRow("LCS gives no financial score")
        << QStringLiteral("LCS") << 0 << Quantity::Financial << -1
        << QStringLiteral("selection method");
    QTest::newRow("LCS gives no combined score") << QStringLiteral("LCS") << 0 << Quantity::Combined
                                                 << -1 << QStringLiteral("selection method");
    QTest::newRow("QBS opens only the winner's price")
        << QStringLiteral("QBS") << 0 << Quantity::EvaluatedPrice << -1
        << QStringLiteral("two-envelope");
    QTest::newRow("a tender that could not be evaluated")
        << QStringLiteral("broken") << 0 << Quantity::Technical << -1
        << QStringLiteral("not been evaluated");
    QTest::newRow("a bid that does not exist")
        << QString() << 9 << Quantity::Technical << -1 << QStringLiteral("not been evaluated");
}

void TestDerivation::unavailable()
{
    QFETCH(QString, variant);
    QFETCH(int, bid);
    QFETCH(Quantity, quantity);
    QFETCH(int, criterion);
    QFETCH(QString, note);

    TenderBuilder b = committee();
    if (variant == QLatin1String("LCS"))
        b.lcs();
    else if (variant == QLatin1String("QBS"))
        b.qbs();
    else if (variant == QLatin1String("broken"))
        b.qcbs(70, 20);
    const Tender t = withNamedEvaluators(b.build());
    const Evaluation ev = evaluate(t);
    QCOMPARE(ev.evaluated, variant != QLatin1String("broken"));

    const Derivation d = explain(t, ev, bid, quantity, criterion);
    QVERIFY(!d.available);
    QVERIFY2(!d.note.isEmpty(), "an unavailable derivation must say why");
    QVERIFY2(d.note.contains(note), qPrintable(d.note));
}

void TestDerivation::roundingIsStated()
{
    const Tender each = withNamedEvaluators(committee().build());
    const Evaluation evEach = evaluate(each);
    QVERIFY(explain(each, evEach, 1, Quantity::Financial)
                .rounding.contains(QStringLiteral("2 decimal")));
    QVERIFY(explain(each, evEach, 1, Quantity::Combined)
                .rounding.contains(QStringLiteral("2 decimal")));
    QVERIFY(explain(each, evEach, 1, Quantity::EvaluatedPrice)
                .rounding.contains(QStringLiteral("not rounded")));
    QVERIFY(explain(each, evEach, 0, Quantity::CriterionAverage, 0)
                .rounding.contains(QStringLiteral("not rounded")));

    // Rounding only the combined score: the financial score is kept exact.
    const Tender only = withNamedEvaluators(committee().combinedOnly().build());
    const Evaluation evOnly = evaluate(only);
    const Derivation financial = explain(only, evOnly, 1, Quantity::Financial);
    QVERIFY(financial.rounding.contains(QStringLiteral("not rounded")));
    QCOMPARE(financial.value, 100.0 * 118000 / 177000);
    QCOMPARE(financial.exact, financial.value);
    const Derivation combined = explain(only, evOnly, 1, Quantity::Combined);
    QVERIFY(combined.rounding.contains(QStringLiteral("2 decimal")));
    // 98 × 0.7 + 66.666… × 0.3 = 68.6 + 20 = 88.6
    QCOMPARE(combined.value, 88.60);
}

void TestDerivation::everyNumberIsFinite_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<bool>("normalised");
    QTest::addColumn<bool>("linear");
    for (quint64 seed = 1; seed <= 4; ++seed)
        for (bool normalised : {false, true})
            for (bool linear : {false, true})
                QTest::addRow("seed %llu%s%s", seed, normalised ? ", normalised" : "",
                              linear ? ", linear price" : "")
                    << seed << normalised << linear;
}

void TestDerivation::everyNumberIsFinite()
{
    QFETCH(quint64, seed);
    QFETCH(bool, normalised);
    QFETCH(bool, linear);
    GeneratorSpec spec;
    spec.seed = seed;
    spec.bids = 12;
    spec.criteria = 7;
    spec.evaluators = 3;
    Tender t = generateTender(spec);
    if (normalised)
        t.options.technicalBasis = TechnicalScoreBasis::NormalisedToHighest;
    if (linear)
        t.options.priceFormula = PriceFormula::LinearInterpolation;
    const Evaluation ev = evaluate(t);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    const int leaves = countLeaves(t.criteria);
    for (int bid = 0; bid < int(t.bids.size()); ++bid)
        for (Quantity q : allQuantities)
            for (int c = 0; c < (q == Quantity::CriterionAverage ? leaves : 1); ++c) {
                const Derivation d = explain(t, ev, bid, q, c);
                const QString where = QStringLiteral("bid %1 %2 %3").arg(bid).arg(toKey(q)).arg(c);
                QVERIFY2(std::isfinite(d.exact) && std::isfinite(d.value), qPrintable(where));
                for (const Term& term : d.inputs)
                    QVERIFY2(std::isfinite(term.value),
                             qPrintable(QString(where + QLatin1Char(' ') + term.name)));
                QVERIFY2(d.available || !d.note.isEmpty(), qPrintable(where));
                if (d.available) {
                    const std::optional<double> reported =
                        resultValue(ev.results[std::size_t(bid)], q, c);
                    QVERIFY2(reported && *reported == d.value, qPrintable(where));
                }
            }
}

void TestDerivation::normalisedWithAllTechnicalScoresZeroIsFinite()
{
    // A minimum of 0 admits bids with no marks at all; Tmax = 0. The scorer
    // keeps Tn = 0; the explanation must not divide by zero either.
    const Tender t = TenderBuilder()
                         .qcbs(70, 30)
                         .minimum(0)
                         .normalised()
                         .criterion("C1", 100, 100)
                         .bid("X", 0, 100)
                         .bid("Y", 0, 120)
                         .build();
    const Evaluation ev = evaluate(t);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    QCOMPARE(ev.results[0].technicalForCombination, 0.0);
    const Derivation d = explain(t, ev, 0, Quantity::TechnicalForCombination);
    QVERIFY(d.available);
    QVERIFY2(std::isfinite(d.exact), qPrintable(d.working));
    QCOMPARE(d.value, ev.results[0].technicalForCombination);
}

void TestDerivation::oneExplainerServesEveryBid()
{
    // A report explains every bid with one Explainer: what it works out once
    // must not carry anything of one bid into the next. Each derivation is
    // compared with one from an Explainer made for it alone, the bids taken
    // backwards so that no order is favoured.
    const Tender t = generateTender({30, 9, 4, 5}); // bids, criteria, members, seed
    const Evaluation ev = evaluate(t);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    const Explainer shared(t, ev);
    const int leaves = countLeaves(t.criteria);
    int compared = 0;
    for (int bid = int(t.bids.size()) - 1; bid >= 0; --bid)
        for (Quantity q : allQuantities)
            for (int c = 0; c < (q == Quantity::CriterionAverage ? leaves : 1); ++c) {
                const Derivation alone = explain(t, ev, bid, q, c);
                const QString difference = differenceBetween(shared.explain(bid, q, c), alone);
                QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("bid %1 %2 %3: %4")
                                                              .arg(bid)
                                                              .arg(toKey(q))
                                                              .arg(c)
                                                              .arg(difference)));
                compared += alone.available ? 1 : 0;
            }
    QVERIFY2(compared > 100, qPrintable(QString::number(compared))); // not all "unavailable"
}

void TestDerivation::averagesSourcesFollowTheTranslation()
{
    const Tender t = withNamedEvaluators(committee().build());
    const Evaluation ev = evaluate(t);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    {
        // Hindi puts text after the placeholder: "मूल्यांकन (%1 से)".
        const i18n::ScopedLanguage hindi(QStringLiteral("hi"));
        const Derivation d = Explainer(t, ev).explain(0, Quantity::Technical);
        QCOMPARE(d.inputs.size(), 2);
        QCOMPARE(d.inputs[1].source, QStringLiteral("मूल्यांकन (bids[0].marks.C2 से)"));
        QCOMPARE(d.inputs[1].name, QStringLiteral("\"Team\" का औसत"));
    }
    // Translations whose placeholder is not a lone "%1": each source must be
    // what QString::arg makes of the translation, as before Explainer cut
    // the sentence once for all terms.
    for (const QString& translation :
         {QStringLiteral("%1 — evaluation of %1"), QStringLiteral("%0 then %1"),
          QStringLiteral("evaluation (%L1)"), QStringLiteral("evaluation (from %15)"),
          QStringLiteral("evaluation (%01 and %2)"), QStringLiteral("no place named")}) {
        OneTextTranslator translator("evaluation (from %1)", translation);
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const Derivation d = Explainer(t, ev).explain(1, Quantity::Technical);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(d.inputs.size(), 2);
        QCOMPARE(d.inputs[0].source, translation.arg(QStringLiteral("bids[1].marks.C1")));
        QCOMPARE(d.inputs[1].source, translation.arg(QStringLiteral("bids[1].marks.C2")));
    }
    const Derivation english = Explainer(t, ev).explain(1, Quantity::Technical);
    QCOMPARE(english.inputs[0].source, QStringLiteral("evaluation (from bids[1].marks.C1)"));
}

QTEST_GUILESS_MAIN(TestDerivation)
#include "tst_derivation.moc"
