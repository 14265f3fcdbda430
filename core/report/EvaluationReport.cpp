#include "EvaluationReport.h"
#include "LifecycleReport.h"
#include "TextColumns.h"
#include "i18n/Translate.h"
#include "support/Csv.h"

#include "report/EligibilityReport.h"
#include "scoring/Derivation.h"
#include "support/Money.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace tulana {
namespace {

QString score(const std::optional<double>& v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("-");
}

QString optionsLine(const Tender& t)
{
    QStringList parts;
    if (t.method == SelectionMethod::Qcbs) {
        parts << tulana::tr("technical %1% : financial %2%")
                     .arg(QString::number(t.technicalWeight), QString::number(t.financialWeight));
        parts << displayName(t.options.priceFormula);
        if (t.options.technicalBasis == TechnicalScoreBasis::NormalisedToHighest)
            parts << tulana::tr("technical scores normalised to the highest (Tn = 100 × T / Tmax)");
    }
    if (t.method == SelectionMethod::Fbs && t.budget)
        parts << tulana::tr("budget %1").arg(formatAmount(*t.budget, t.currency));
    if (const QString basis = financialBasisRule(t); !basis.isEmpty())
        parts << basis;
    parts << tulana::tr("minimum technical score %1").arg(QString::number(t.minimumTechnicalScore));
    parts << (t.options.pricesIncludeTax ? tulana::tr("evaluated price includes taxes")
                                         : tulana::tr("evaluated price excludes taxes"));
    parts << (t.options.roundingPoint == RoundingPoint::EachScore
                  ? tulana::tr("each score rounded to %n decimal(s)", nullptr, t.options.decimals)
                  : tulana::tr("only the combined score rounded, to %n decimal(s)", nullptr,
                               t.options.decimals));
    parts << tulana::tr("tie-break: %1").arg(displayName(t.options.tieBreak));
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString evaluationAsTable(const Tender& t, const Evaluation& ev)
{
    const int d = t.options.decimals;
    QStringList out;
    out << tulana::tr("Tender %1: %2").arg(t.reference, t.title);
    if (!t.procuringEntity.isEmpty())
        out << tulana::tr("Procuring entity: %1").arg(t.procuringEntity);
    out << tulana::tr("Method: %1").arg(displayName(t.method));
    out << tulana::tr("Rules: %1").arg(optionsLine(t));
    out << QString();

    if (!ev.evaluated) {
        out << tulana::tr("Not evaluated: %1").arg(ev.noAwardReason);
        for (const Problem& p : ev.problems)
            out << QStringLiteral("  ") + p.toString();
        return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

    // The openness sub-criterion, when on, is a column of its own: its marks
    // are part of the technical score beside it.
    const bool openness = t.openness.isOn();
    out << padColumn(tulana::tr("Rank"), 5) + padColumn(tulana::tr("Bid"), 6) +
               padColumn(tulana::tr("Bidder"), 34) + padColumn(tulana::tr("Nature"), 13) +
               (openness ? padColumnLeft(tulana::tr("Openness"), 10) : QString()) +
               padColumnLeft(tulana::tr("Technical"), 10) + padColumnLeft(tulana::tr("Used"), 8) +
               padColumnLeft(tulana::tr("Evaluated price"), 18) +
               padColumnLeft(tulana::tr("Financial"), 10) +
               padColumnLeft(tulana::tr("Combined"), 10);
    const auto row = [&](const BidResult& r) -> QString {
        const Bid& bid = t.bids[std::size_t(r.bid)];
        const QString rank = r.rank > 0 ? QString::number(r.rank) : QStringLiteral("-");
        const QString price =
            r.evaluatedPrice ? formatAmount(*r.evaluatedPrice, t.currency) : notOpenedText();
        return padColumn(rank, 5) + padColumn(bid.id, 6) + padColumn(bid.bidder, 34) +
               padColumn(displayName(bid.nature), 13) +
               (openness ? padColumnLeft(score(r.openness, d), 10) : QString()) +
               padColumnLeft(r.technicallyScored ? QString::number(r.technical, 'f', d)
                                                 : QStringLiteral("-"),
                             10) +
               padColumnLeft(r.standing == Standing::Qualified
                                 ? QString::number(r.technicalForCombination, 'f', d)
                                 : QStringLiteral("-"),
                             8) +
               padColumnLeft(price, 18) + padColumnLeft(score(r.financial, d), 10) +
               padColumnLeft(score(r.combined, d), 10);
    };
    for (int b : ev.ranking)
        out << row(ev.results[std::size_t(b)]);
    for (const BidResult& r : ev.results)
        if (r.rank == 0)
            out << row(r) + QStringLiteral("\n     ") +
                       tulana::tr("not ranked: %1").arg(r.reason());
    out << QString();
    if (const QString costs = lifecycleCostTable(t, ev); !costs.isEmpty())
        out << costs;

    if (openness) {
        out << tulana::tr("Openness sub-criterion: %1 marks of the technical score, awarded %2:")
                   .arg(QString::number(t.openness.maxMarks), displayName(t.openness.basis));
        const Explainer explainer(t, ev);
        for (const BidResult& r : ev.results) {
            const Derivation o = explainer.explain(r.bid, Quantity::Openness);
            if (o.available)
                out << QStringLiteral("  ") + t.bids[std::size_t(r.bid)].id + QStringLiteral(": ") +
                           o.working;
        }
    }
    out << eligibilityReportLines(t, ev); // nothing for tenders without eligibility
    if (ev.method == SelectionMethod::Qcbs && !ev.ranking.empty())
        out << tulana::tr("Lowest evaluated price among qualified bids (Fm): %1")
                   .arg(formatAmount(ev.basis.lowestPrice, t.currency));
    if (ev.hasWinner()) {
        const Bid& w = t.bids[std::size_t(ev.winner)];
        const BidResult& r = ev.results[std::size_t(ev.winner)];
        QString why;
        switch (ev.method) {
        case SelectionMethod::Qcbs:
            why = tulana::tr("the highest combined score, %1").arg(score(r.combined, d));
            break;
        case SelectionMethod::Lcs:
            why = tulana::tr("the lowest evaluated price among qualified bids, %1")
                      .arg(formatAmount(*r.evaluatedPrice, t.currency));
            break;
        case SelectionMethod::Qbs:
            why = tulana::tr("the highest technical score, %1")
                      .arg(QString::number(r.technical, 'f', d));
            break;
        case SelectionMethod::Fbs:
            why = tulana::tr("the highest technical score within the budget, %1")
                      .arg(QString::number(r.technical, 'f', d));
            break;
        }
        out << tulana::tr("Winner: %1 (%2, %3) with %4.")
                   .arg(w.id, w.bidder, displayName(w.nature).toLower(), why);
    } else {
        out << tulana::tr("No award: %1.").arg(ev.noAwardReason);
    }
    if (!ev.tieBreakNote.isEmpty())
        out << tulana::tr("Tie: %1.").arg(ev.tieBreakNote);
    for (const RankReversal& rr : ev.rankReversals)
        out << tulana::tr("Warning (rank reversal): %1").arg(rr.explanation);
    for (const Problem& p : ev.problems)
        out << (p.isError() ? tulana::tr("Problem: %1") : tulana::tr("Note: %1")).arg(p.toString());
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray evaluationAsCsv(const Tender& t, const Evaluation& ev)
{
    const auto quote = [](const QString& s) { return csvField(s); };
    const auto num = [](const std::optional<double>& v) {
        return v ? QString::number(*v, 'g', 15) : QString();
    };
    // The "openness" column is there only when the tender's openness
    // sub-criterion is on, so files without one keep their columns.
    const bool openness = t.openness.isOn();
    QStringList lines;
    lines << QStringLiteral("id,bidder,system,nature,standing,rank,") +
                 (openness ? QStringLiteral("openness,") : QString()) +
                 QStringLiteral("technical,technical_used,evaluated_price,financial,combined,"
                                "reason");
    for (const BidResult& r : ev.results) {
        const Bid& b = t.bids[std::size_t(r.bid)];
        QStringList cells{quote(b.id),       quote(b.bidder),
                          quote(b.system),   toKey(b.nature),
                          toKey(r.standing), r.rank > 0 ? QString::number(r.rank) : QString()};
        if (openness)
            cells << num(r.openness);
        lines << (cells + QStringList{r.technicallyScored ? num(r.technical) : QString(),
                                      r.standing == Standing::Qualified
                                          ? num(r.technicalForCombination)
                                          : QString(),
                                      num(r.evaluatedPrice), num(r.financial), num(r.combined),
                                      quote(r.reason())})
                     .join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

} // namespace tulana
