#include "Derivation.h"
#include "DerivationLifecycle.h"
#include "cost/Lifecycle.h"
#include "i18n/Translate.h"
#include "openness/OpennessPoints.h"
#include "support/NumberText.h"

#include <QCoreApplication>

#include <cmath>

namespace tulana {

// What Explainer works out once for all bids (Derivation.h).
struct Explainer::Texts
{
    // One marked criterion's texts in a technical score's working.
    struct Leaf
    {
        QString averageName; // average for "Data protection"
        QString weightTimes; // "20 × " (then the average)
        QString overMaximum; // " / 10"
        QString sourceEnd;   // "C4" and what the cut source says after it
    };
    std::vector<LeafRef> leaves;
    std::vector<Leaf> leaf;
    // "evaluation (from %1)" translated, cut where QString::arg puts its
    // argument: an average's source is then put together by concatenation,
    // not arg(), half a million times in a large report. `averageSourceCut`
    // is false when arg() would put it in more than once, or nowhere (a
    // translation that names the place twice, or not at all): arg() is used
    // for each source then, as before.
    QString averageSource;
    QString averageSourceBefore, averageSourceAfter;
    bool averageSourceCut = false;
    QString stepRounding;     // a score rounded as it is computed (or not)
    QString combinedRounding; // the combined score's
};

namespace {

QString bidPath(int bid)
{
    return QStringLiteral("bids[%1]").arg(bid);
}

QString roundingText(const Tender& t, bool stepRounded)
{
    if (!stepRounded && t.options.roundingPoint == RoundingPoint::CombinedOnly)
        return tulana::tr("not rounded: the tender rounds only the combined score");
    return tulana::tr("rounded half away from zero to %n decimal(s)", nullptr, t.options.decimals);
}

using Texts = Explainer::Texts;

Texts textsFor(const Tender& t)
{
    Texts x;
    x.leaves = leavesOf(t.criteria);
    x.averageSource = tulana::tr("evaluation (from %1)");
    // Where arg() puts its argument is found by arg() itself, given a
    // character no text holds (a Unicode noncharacter): which placeholder it
    // fills ("%1", "%01", "%L1", "%15", the lowest) stays arg()'s rule.
    const QChar mark(0xFDD0);
    if (!x.averageSource.contains(mark)) {
        const QString filled = x.averageSource.arg(mark);
        const qsizetype at = filled.indexOf(mark);
        if (at >= 0 && filled.indexOf(mark, at + 1) < 0) {
            x.averageSourceCut = true;
            x.averageSourceBefore = filled.left(at);
            x.averageSourceAfter = filled.mid(at + 1);
        }
    }
    const QString averageName = tulana::tr("average for \"%1\"");
    x.leaf.reserve(x.leaves.size());
    for (const LeafRef& ref : x.leaves) {
        const Criterion& c = *ref.criterion;
        x.leaf.push_back({averageName.arg(c.name), numberText(c.weight) + QStringLiteral(" × "),
                          QStringLiteral(" / ") + numberText(c.maxMarks),
                          c.id + x.averageSourceAfter});
    }
    x.stepRounding = roundingText(t, false);
    x.combinedRounding = roundingText(t, true);
    return x;
}

double evaluatedPriceOf(const Tender& t, int bid)
{
    return cost::evaluatedPrice(t, t.bids[std::size_t(bid)]);
}

bool scoresLifecycleCost(const Tender& t)
{
    return t.lifecycle.basis == cost::FinancialBasis::LifecycleCost;
}

void explainAverage(const Tender& t, const Texts& x, const BidResult& r, int criterion,
                    Derivation& d)
{
    const std::vector<LeafRef>& leaves = x.leaves;
    if (criterion < 0 || std::size_t(criterion) >= leaves.size()) {
        d.note = tulana::tr("there is no marked criterion number %1").arg(criterion);
        return;
    }
    if (!r.technicallyScored)
        return;
    const Criterion& c = *leaves[std::size_t(criterion)].criterion;
    const Bid& bid = t.bids[std::size_t(r.bid)];
    d.available = true;
    d.quantity = tulana::tr("Committee average for \"%1\" of %2").arg(c.name, bid.id);
    d.formula = tulana::tr("average = (sum of the evaluators' marks) / number of evaluators");
    QStringList parts;
    QStringList conflicted;
    const std::vector<char> marking = t.markingMembers(r.bid);
    for (int e = 0; e < bid.marks.evaluators(); ++e) {
        if (std::size_t(e) < marking.size() && !marking[std::size_t(e)]) {
            conflicted << t.evaluators[std::size_t(e)].name;
            continue;
        }
        const double m = bid.marks.at(criterion, e);
        d.inputs << Term{t.evaluators[std::size_t(e)].name, m,
                         bidPath(r.bid) + QStringLiteral(".marks.") + c.id + QLatin1Char('[') +
                             QString::number(e) + QLatin1Char(']')};
        parts << numberText(m);
    }
    d.exact = d.value = r.criterionAverages[std::size_t(criterion)];
    d.working = QStringLiteral("(%1) / %2 = %3")
                    .arg(parts.join(QStringLiteral(" + ")))
                    .arg(parts.size())
                    .arg(numberText(d.exact));
    if (!conflicted.isEmpty())
        d.note = tulana::tr("%1 declared a conflict of interest with %2 and did not mark it; "
                            "the average is over the other members")
                     .arg(conflicted.join(QStringLiteral(", ")), bid.id);
    d.rounding = tulana::tr("not rounded: averages enter the technical score in full");
}

void explainTechnical(const Tender& t, const Texts& x, const BidResult& r, Derivation& d)
{
    if (!r.technicallyScored)
        return;
    d.available = true;
    d.quantity = tulana::tr("Technical score of %1").arg(t.bids[std::size_t(r.bid)].id);
    d.formula = tulana::tr("T = Σ weight × average marks / maximum marks");
    const QString marksPath = bidPath(r.bid) + QStringLiteral(".marks.");
    const QString sourceStart = x.averageSourceCut ? x.averageSourceBefore + marksPath : QString();
    d.inputs.reserve(qsizetype(x.leaves.size()) + 1);
    QString working;
    for (std::size_t i = 0; i < x.leaves.size(); ++i) {
        const Texts::Leaf& leaf = x.leaf[i];
        const double average = r.criterionAverages[i];
        d.inputs << Term{leaf.averageName, average,
                         x.averageSourceCut
                             ? sourceStart + leaf.sourceEnd
                             : x.averageSource.arg(marksPath + x.leaves[i].criterion->id)};
        if (i > 0)
            working += QStringLiteral(" + ");
        working += leaf.weightTimes + numberText(average) + leaf.overMaximum;
    }
    if (r.openness) {
        d.formula = tulana::tr("T = Σ weight × average marks / maximum marks + openness marks");
        d.inputs << Term{tulana::tr("openness marks"), *r.openness,
                         tulana::tr("evaluation (from %1 and tender.openness)")
                             .arg(bidPath(r.bid) + QStringLiteral(".openness"))};
        if (!working.isEmpty())
            working += QStringLiteral(" + ");
        working += numberText(*r.openness);
    }
    d.exact = r.technicalExact;
    d.value = r.technical;
    d.working = working + QStringLiteral(" = ") + numberText(d.exact);
    d.rounding = x.stepRounding;
}

void explainOpenness(const Tender& t, const Evaluation& ev, const BidResult& r, Derivation& d)
{
    if (!t.openness.isOn()) {
        d.note =
            tulana::tr("the tender announces no openness sub-criterion, or it is switched off");
        return;
    }
    if (!r.openness)
        return; // not technically scored: the bid's reason says why
    const Bid& bid = t.bids[std::size_t(r.bid)];
    const BidFacts* facts = ev.factsFor(r.bid);
    if (!bid.openness || !facts || !facts->openness) {
        d.available = true;
        d.quantity = tulana::tr("Openness marks of %1").arg(bid.id);
        d.formula = displayName(t.openness.basis);
        d.working =
            tulana::tr("no openness record → 0 (of %1)").arg(numberText(t.openness.maxMarks));
        d.rounding =
            tulana::tr("not rounded here: the technical score is rounded as the tender announces");
        d.note = tulana::tr("nothing is recorded about the openness of this bid's system");
        return;
    }
    // The marks' working, from the evaluation's assessment of the record.
    const auto marks = openness::opennessMarks(t.openness, *facts->openness);
    d = openness::toDerivation(marks, bid.id);
    for (Term& term : d.inputs)
        if (term.source == QLatin1String("openness assessment"))
            term.source = bidPath(r.bid) + QStringLiteral(".openness");
}

void explainNormalised(const Tender& t, const Texts& x, const Evaluation& ev, const BidResult& r,
                       Derivation& d)
{
    if (r.standing != Standing::Qualified)
        return;
    d.available = true;
    d.quantity = tulana::tr("Technical score used in the combined score of %1")
                     .arg(t.bids[std::size_t(r.bid)].id);
    if (t.options.technicalBasis == TechnicalScoreBasis::Marks) {
        d.formula = tulana::tr("the technical score as marked (the tender does not normalise it)");
        d.exact = d.value = r.technical;
        d.working = numberText(r.technical);
        d.rounding = x.stepRounding;
        return;
    }
    d.formula = tulana::tr("Tn = 100 × T / Tmax");
    d.inputs << Term{tulana::tr("T, this bid's technical score"), r.technical,
                     tulana::tr("evaluation")}
             << Term{tulana::tr("Tmax, the highest technical score among qualified bids"),
                     ev.basis.highestTechnical, tulana::tr("evaluation")};
    d.exact = ev.basis.highestTechnical > 0
                  ? 100.0 * r.technical / ev.basis.highestTechnical
                  : r.technical; // as the scorer does: nothing to normalise by
    d.value = r.technicalForCombination;
    d.working = QStringLiteral("100 × %1 / %2 = %3")
                    .arg(numberText(r.technical), numberText(ev.basis.highestTechnical),
                         numberText(d.exact));
    d.rounding = x.stepRounding;
}

// Where an evaluated price comes from: the cost lines, the quoted price, or
// the quoted price and the tax together, as the tender evaluates prices.
QString evaluatedPriceSource(const Tender& t, int bid)
{
    const QString path = bidPath(bid);
    if (scoresLifecycleCost(t))
        return path + QStringLiteral(".costs");
    if (t.options.pricesIncludeTax)
        return path + QStringLiteral(".price + ") + path + QStringLiteral(".tax");
    return path + QStringLiteral(".price");
}

void explainPrice(const Tender& t, const BidResult& r, Derivation& d)
{
    if (!r.evaluatedPrice) {
        d.note =
            tulana::tr("the financial proposal is not opened for this bid (two-envelope rule)");
        return;
    }
    if (scoresLifecycleCost(t)) {
        explainLifecycleCost(t, r.bid, *r.evaluatedPrice, d);
        return;
    }
    const Bid& bid = t.bids[std::size_t(r.bid)];
    d.available = true;
    d.quantity = tulana::tr("Evaluated price of %1").arg(bid.id);
    d.inputs << Term{tulana::tr("quoted price"), bid.price,
                     bidPath(r.bid) + QStringLiteral(".price")};
    if (t.options.pricesIncludeTax) {
        d.formula = tulana::tr("F = quoted price + tax (the tender evaluates prices with taxes)");
        d.inputs << Term{tulana::tr("tax"), bid.tax, bidPath(r.bid) + QStringLiteral(".tax")};
        d.working =
            QStringLiteral("%1 + %2 = %3")
                .arg(numberText(bid.price), numberText(bid.tax), numberText(*r.evaluatedPrice));
    } else {
        d.formula = tulana::tr("F = quoted price (the tender evaluates prices without taxes)");
        d.working = numberText(*r.evaluatedPrice);
    }
    d.exact = d.value = *r.evaluatedPrice;
    d.rounding = tulana::tr("not rounded: prices are used as quoted");
    // A tender with lifecycle terms or cost lines says that it scores the
    // quoted price all the same (docs/scoring.md, "Lifecycle cost").
    if (!t.lifecycle.isDefault() || !bid.costs.empty())
        d.note = tulana::tr("financial basis: quoted price; the lifecycle cost is for "
                            "information and is not scored");
}

void explainFinancial(const Tender& t, const Texts& x, const Evaluation& ev, const BidResult& r,
                      Derivation& d)
{
    if (!r.financial) {
        d.note =
            t.method == SelectionMethod::Qcbs
                ? tulana::tr(
                      "only technically qualified bids get a financial score: this bid's financial "
                      "proposal is not opened (two-envelope rule)")
                : tulana::tr("this selection method gives no financial score");
        return;
    }
    d.available = true;
    d.quantity = tulana::tr("Financial score of %1").arg(t.bids[std::size_t(r.bid)].id);
    const double price = evaluatedPriceOf(t, r.bid);
    d.inputs << Term{scoresLifecycleCost(t)
                         ? tulana::tr("F, this bid's evaluated price (lifecycle cost, NPV)")
                         : tulana::tr("F, this bid's evaluated price"),
                     price, evaluatedPriceSource(t, r.bid)}
             << Term{tulana::tr("Fm, the lowest evaluated price among qualified bids"),
                     ev.basis.lowestPrice, tulana::tr("evaluation")};
    if (t.options.priceFormula == PriceFormula::LowestOverPrice) {
        d.formula = tulana::tr("Sf = 100 × Fm / F");
        d.working = QStringLiteral("100 × %1 / %2 = %3")
                        .arg(numberText(ev.basis.lowestPrice), numberText(price),
                             numberText(*r.financialExact));
    } else {
        d.formula =
            tulana::tr("Sf = 100 × (Fmax − F) / (Fmax − Fm); 100 when all prices are equal");
        d.inputs << Term{tulana::tr("Fmax, the highest evaluated price among qualified bids"),
                         ev.basis.highestPrice, tulana::tr("evaluation")};
        d.working = QStringLiteral("100 × (%1 − %2) / (%1 − %3) = %4")
                        .arg(numberText(ev.basis.highestPrice), numberText(price),
                             numberText(ev.basis.lowestPrice), numberText(*r.financialExact));
    }
    d.exact = *r.financialExact;
    d.value = *r.financial;
    d.rounding = x.stepRounding;
}

void explainCombined(const Tender& t, const Texts& x, const BidResult& r, Derivation& d)
{
    if (!r.combined) {
        d.note = t.method == SelectionMethod::Qcbs
                     ? tulana::tr("only technically qualified bids get a combined score")
                     : tulana::tr("this selection method ranks without a combined score");
        return;
    }
    d.available = true;
    d.quantity = tulana::tr("Combined score of %1").arg(t.bids[std::size_t(r.bid)].id);
    d.formula = tulana::tr("S = St × Tw + Sf × Fw");
    d.inputs << Term{tulana::tr("St, technical score used"), r.technicalForCombination,
                     tulana::tr("evaluation")}
             << Term{tulana::tr("Tw, technical weight"), t.technicalWeight / 100.0,
                     QStringLiteral("tender.technicalWeight")}
             << Term{tulana::tr("Sf, financial score"), *r.financial, tulana::tr("evaluation")}
             << Term{tulana::tr("Fw, financial weight"), t.financialWeight / 100.0,
                     QStringLiteral("tender.financialWeight")};
    d.working = QStringLiteral("%1 × %2 + %3 × %4 = %5")
                    .arg(numberText(r.technicalForCombination),
                         numberText(t.technicalWeight / 100.0), numberText(*r.financial),
                         numberText(t.financialWeight / 100.0), numberText(*r.combinedExact));
    d.exact = *r.combinedExact;
    d.value = *r.combined;
    d.rounding = x.combinedRounding;
}

} // namespace

QString toKey(Quantity q)
{
    switch (q) {
    case Quantity::CriterionAverage:
        return QStringLiteral("criterion-average");
    case Quantity::Openness:
        return QStringLiteral("openness");
    case Quantity::Technical:
        return QStringLiteral("technical");
    case Quantity::TechnicalForCombination:
        return QStringLiteral("technical-used");
    case Quantity::EvaluatedPrice:
        return QStringLiteral("evaluated-price");
    case Quantity::Financial:
        return QStringLiteral("financial");
    case Quantity::Combined:
        return QStringLiteral("combined");
    }
    return {};
}

Explainer::Explainer(const Tender& tender, const Evaluation& evaluation)
    : m_tender(tender)
    , m_evaluation(evaluation)
    , m_texts(std::make_unique<const Texts>(textsFor(tender)))
{}

Explainer::~Explainer() = default;

Derivation Explainer::explain(int bid, Quantity q, int criterion) const
{
    const Tender& t = m_tender;
    const Evaluation& ev = m_evaluation;
    const Texts& x = *m_texts;
    Derivation d;
    const BidResult* r = ev.resultFor(bid);
    if (!r || !ev.evaluated) {
        d.note = tulana::tr("the tender has not been evaluated");
        return d;
    }
    switch (q) {
    case Quantity::CriterionAverage:
        explainAverage(t, x, *r, criterion, d);
        break;
    case Quantity::Openness:
        explainOpenness(t, ev, *r, d);
        break;
    case Quantity::Technical:
        explainTechnical(t, x, *r, d);
        break;
    case Quantity::TechnicalForCombination:
        explainNormalised(t, x, ev, *r, d);
        break;
    case Quantity::EvaluatedPrice:
        explainPrice(t, *r, d);
        break;
    case Quantity::Financial:
        explainFinancial(t, x, ev, *r, d);
        break;
    case Quantity::Combined:
        explainCombined(t, x, *r, d);
        break;
    }
    if (!d.available && d.note.isEmpty())
        d.note = r->reason();
    return d;
}

Derivation explain(const Tender& t, const Evaluation& ev, int bid, Quantity q, int criterion)
{
    return Explainer(t, ev).explain(bid, q, criterion);
}

} // namespace tulana
