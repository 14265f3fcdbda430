// Lifecycle cost where an officer reads it: the sample built for it (a
// proprietary bid cheapest on quoted price but not over five years), the
// CLI's table and JSON reports, the memo, the fingerprint and the kinds'
// labels in Hindi.
#include "cost/CostKinds.h"
#include "i18n/Language.h"
#include "io/TenderFile.h"
#include "memo/Fingerprint.h"
#include "memo/MemoBuilder.h"
#include "memo/MemoRender.h"
#include "report/CostComparison.h"
#include "report/EvaluationReport.h"
#include "scoring/Evaluator.h"
#include "support/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tulana;

namespace {

Tender lifecycleSample()
{
    const TenderLoad l = loadTenderFile(QStringLiteral(
        TULANA_SOURCE_DIR "/resources/samples/citizen-services-chatbot-lifecycle.tulana"));
    if (!l.tender)
        qFatal("cannot load the lifecycle sample");
    return *l.tender;
}

QString winnerOf(const Tender& t, const Evaluation& ev)
{
    return ev.hasWinner() ? t.bids[std::size_t(ev.winner)].id : QString();
}

int indexOf(const Tender& t, const char* id)
{
    for (std::size_t i = 0; i < t.bids.size(); ++i)
        if (t.bids[i].id == QLatin1String(id))
            return int(i);
    return -1;
}

} // namespace

class TestCostReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(i18n::useLanguage(QStringLiteral("en"))); }

    void theSampleRanksOtherwiseOnQuotedPrice()
    {
        Tender t = lifecycleSample();
        QCOMPARE(t.lifecycle.basis, cost::FinancialBasis::LifecycleCost);
        QCOMPARE(t.lifecycle.horizonYears, 5);
        const Evaluation lifecycle = evaluate(t);
        QVERIFY(lifecycle.evaluated);
        t.lifecycle.basis = cost::FinancialBasis::QuotedPrice;
        const Evaluation quoted = evaluate(t);
        QVERIFY(quoted.evaluated);
        QVERIFY(lifecycle.ranking != quoted.ranking);
        QCOMPARE(winnerOf(t, quoted), QStringLiteral("B2"));
        QCOMPARE(winnerOf(t, lifecycle), QStringLiteral("B1"));
        QCOMPARE(t.bids[std::size_t(indexOf(t, "B2"))].nature, BidNature::Proprietary);

        // B2 quotes the lowest price of all five bids, and its NPV is not the lowest.
        const int b2 = indexOf(t, "B2");
        for (const Bid& b : t.bids)
            QVERIFY(b.id == QLatin1String("B2") ||
                    b.priceWithTax() > t.bids[std::size_t(b2)].priceWithTax());
        const cost::CostComparison c = cost::compareCosts(t, lifecycle);
        QCOMPARE(c.cheapestQuoted, b2);
        QCOMPARE(c.cheapestLifecycle, indexOf(t, "B1"));
        QVERIFY(c.cheapestDiffers());
        QCOMPARE(c.bids[std::size_t(b2)].lockIn.level, cost::LockInLevel::High);
    }

    void theTableReportStatesTheBasisAndSetsPricesSideBySide()
    {
        const Tender t = lifecycleSample();
        const QString text = evaluationAsTable(t, evaluate(t));
        const QString rules = text.section(QLatin1Char('\n'), 3, 3);
        QVERIFY2(rules.startsWith(QStringLiteral("Rules: ")), qPrintable(rules));
        QVERIFY2(rules.contains(QStringLiteral("financial basis: lifecycle cost (net present "
                                               "value) over a 5-year horizon at a discount rate "
                                               "of 8% a year")),
                 qPrintable(rules));
        // B2's row: its quoted price and its NPV.
        const cost::LifecycleCost b2 =
            cost::lifecycleCost(t.lifecycle, t.bids[std::size_t(indexOf(t, "B2"))].costs);
        bool found = false;
        for (const QString& line : text.split(QLatin1Char('\n')))
            if (line.trimmed().startsWith(QStringLiteral("B2 ")) &&
                line.contains(formatAmount(11210000, t.currency)))
                found = found || (line.contains(formatAmount(b2.npv, t.currency)) &&
                                  line.contains(QLatin1String("high")));
        QVERIFY2(found, qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("B2 has the lowest quoted price")));
        // B4 did not qualify: no figure of its sealed financial proposal.
        const Bid& b4 = t.bids[std::size_t(indexOf(t, "B4"))];
        const cost::LifecycleCost b4Cost = cost::lifecycleCost(t.lifecycle, b4.costs);
        QVERIFY(!b4.costs.empty());
        QVERIFY(!text.contains(formatAmount(b4Cost.npv, t.currency)));
        QVERIFY(!text.contains(formatAmount(b4Cost.undiscounted, t.currency)));

        Tender quoted = t;
        quoted.lifecycle.basis = cost::FinancialBasis::QuotedPrice;
        QVERIFY(evaluationAsTable(quoted, evaluate(quoted))
                    .contains(QStringLiteral("financial basis: quoted price;")));
    }

    void theJsonReportCarriesTheTermsAndEachBidsCost()
    {
        const Tender t = lifecycleSample();
        const Evaluation ev = evaluate(t);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(evaluationAsJson(t, ev), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject terms =
            doc[QStringLiteral("tender")][QStringLiteral("lifecycle")].toObject();
        QCOMPARE(terms[QStringLiteral("financialBasis")].toString(),
                 QStringLiteral("lifecycle-cost"));
        QCOMPARE(terms[QStringLiteral("horizonYears")].toInt(), 5);
        QCOMPARE(terms[QStringLiteral("discountRate")].toDouble(), 8.0);
        int sealed = 0;
        for (const QJsonValue& bid : doc[QStringLiteral("bids")].toArray()) {
            const int i = indexOf(t, qPrintable(bid[QStringLiteral("id")].toString()));
            // A bid that did not qualify keeps its cost lines sealed with its price.
            if (!ev.results[std::size_t(i)].evaluatedPrice.has_value()) {
                QVERIFY(bid[QStringLiteral("lifecycleCost")].isNull());
                ++sealed;
                continue;
            }
            const QJsonObject lc = bid[QStringLiteral("lifecycleCost")].toObject();
            const cost::LifecycleCost expected =
                cost::lifecycleCost(t.lifecycle, t.bids[std::size_t(i)].costs);
            QVERIFY(qAbs(lc[QStringLiteral("npv")].toDouble() - expected.npv) < 1e-6);
            QCOMPARE(lc[QStringLiteral("cumulative")].toArray().size(), 6);
            QVERIFY(!lc[QStringLiteral("quotedPrice")].isNull());
        }
        QCOMPARE(sealed, 1); // B4, below the minimum technical score
    }

    void theMemoReportsTheBasisAndTheCheaperBid()
    {
        const Tender t = lifecycleSample();
        const MemoDocument memo = buildMemo(t, evaluate(t));
        const MemoSection* section = nullptr;
        for (const MemoSection& s : memo.sections)
            if (s.heading == QLatin1String("Lifecycle cost"))
                section = &s;
        QVERIFY(section);
        const QString markdown = memoToMarkdown(memo);
        QVERIFY(markdown.contains(QStringLiteral("financial score uses the lifecycle cost")));
        QVERIFY(markdown.contains(
            QStringLiteral("over a 5-year horizon at a discount rate of 8% a year")));
        QVERIFY(markdown.contains(QStringLiteral("B2 has the lowest quoted price")));
        QVERIFY(markdown.contains(QStringLiteral("Cost lines of B2")));
        QVERIFY(markdown.contains(QStringLiteral("Maintenance requirements")));
        // B4 did not qualify: its cost lines stay sealed with its price.
        const Bid& b4 = t.bids[std::size_t(indexOf(t, "B4"))];
        const cost::LifecycleCost b4Cost = cost::lifecycleCost(t.lifecycle, b4.costs);
        QVERIFY(!markdown.contains(QStringLiteral("Cost lines of B4")));
        QVERIFY(!markdown.contains(formatAmount(b4Cost.npv, t.currency)));
        QVERIFY(!markdown.contains(formatAmount(b4Cost.undiscounted, t.currency)));

        // A tender without cost lines and on the quoted price gets no such section.
        Tender plain = t;
        plain.lifecycle = {};
        for (Bid& b : plain.bids)
            b.costs.clear();
        const MemoDocument other = buildMemo(plain, evaluate(plain));
        for (const MemoSection& s : other.sections)
            QVERIFY(s.heading != QLatin1String("Lifecycle cost"));
    }

    void theFingerprintCoversCostsAndTerms()
    {
        const Tender t = lifecycleSample();
        Tender changed = t;
        changed.bids[0].costs[0].amount += 1;
        QVERIFY(evaluationFingerprint(changed) != evaluationFingerprint(t));
        changed = t;
        changed.lifecycle.discountRate = 7;
        QVERIFY(evaluationFingerprint(changed) != evaluationFingerprint(t));
        // Tenders without either keep the fingerprint they had.
        Tender plain = t;
        plain.lifecycle = {};
        for (Bid& b : plain.bids)
            b.costs.clear();
        QVERIFY(!evaluationInputs(plain).contains("costs"));
        QVERIFY(!evaluationInputs(plain).contains("lifecycle"));
    }

    void theKindsHaveHindiLabels()
    {
        QCOMPARE(cost::kindLabel(QStringLiteral("hosting")),
                 QStringLiteral("Hosting or compute (per year)"));
        {
            const i18n::ScopedLanguage hindi(QStringLiteral("hi"));
            QCOMPARE(i18n::currentLanguage(), QStringLiteral("hi"));
            for (const QString& id : cost::costKinds().ids()) {
                const QString label = cost::kindLabel(id);
                QVERIFY2(!label.isEmpty() && label.at(0).unicode() >= 0x0900 &&
                             label.at(0).unicode() <= 0x097F,
                         qPrintable(id + QStringLiteral(": ") + label));
            }
        }
        QCOMPARE(cost::kindLabel(QStringLiteral("hosting")),
                 QStringLiteral("Hosting or compute (per year)"));
    }
};

QTEST_GUILESS_MAIN(TestCostReport)
#include "tst_costreport.moc"
