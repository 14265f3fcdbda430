#include "Scorer.h"

#include "scoring/Rounding.h"

#include <algorithm>

namespace tulana {
namespace {

int descending(double a, double b)
{
    return a > b ? -1 : (a < b ? 1 : 0);
}
int ascending(double a, double b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

} // namespace

Scorer::Scorer(const Tender& tender)
    : m_method(tender.method)
    , m_options(tender.options)
    , m_technicalWeight(tender.technicalWeight / 100.0)
    , m_financialWeight(tender.financialWeight / 100.0)
{}

double Scorer::roundFinal(double value) const
{
    return roundHalfAwayFromZero(value, m_options.decimals);
}

double Scorer::roundStep(double value) const
{
    return m_options.roundingPoint == RoundingPoint::EachScore ? roundFinal(value) : value;
}

ScoringBasis Scorer::basisOf(const std::vector<Candidate>& candidates) const
{
    ScoringBasis basis;
    if (candidates.empty())
        return basis;
    basis.lowestPrice = basis.highestPrice = candidates.front().price;
    basis.highestTechnical = candidates.front().technical;
    for (const Candidate& c : candidates) {
        basis.lowestPrice = std::min(basis.lowestPrice, c.price);
        basis.highestPrice = std::max(basis.highestPrice, c.price);
        basis.highestTechnical = std::max(basis.highestTechnical, c.technical);
    }
    return basis;
}

void Scorer::score(Candidate& c, const ScoringBasis& basis) const
{
    c.technicalForCombination = c.technical;
    if (m_options.technicalBasis == TechnicalScoreBasis::NormalisedToHighest &&
        basis.highestTechnical > 0)
        c.technicalForCombination = roundStep(100.0 * c.technical / basis.highestTechnical);

    if (m_options.priceFormula == PriceFormula::LowestOverPrice) {
        c.financialExact = 100.0 * basis.lowestPrice / c.price;
    } else {
        const double spread = basis.highestPrice - basis.lowestPrice;
        // With one price (or all equal) every bid is the lowest: full marks.
        c.financialExact = spread > 0 ? 100.0 * (basis.highestPrice - c.price) / spread : 100.0;
    }
    c.financial = roundStep(c.financialExact);
    c.combinedExact =
        c.technicalForCombination * m_technicalWeight + c.financial * m_financialWeight;
    c.combined = roundFinal(c.combinedExact);
}

int Scorer::primary(const Candidate& a, const Candidate& b) const
{
    switch (m_method) {
    case SelectionMethod::Qcbs:
        return descending(a.combined, b.combined);
    case SelectionMethod::Lcs:
        return ascending(a.price, b.price);
    case SelectionMethod::Qbs:
    case SelectionMethod::Fbs:
        return descending(a.technical, b.technical);
    }
    return 0;
}

int Scorer::tieBreak(const Candidate& a, const Candidate& b) const
{
    const int byTechnical = descending(a.technical, b.technical);
    const int byPrice = ascending(a.price, b.price);
    if (m_options.tieBreak == TieBreak::HigherTechnicalThenLowerPrice)
        return byTechnical != 0 ? byTechnical : byPrice;
    return byPrice != 0 ? byPrice : byTechnical;
}

int Scorer::compare(const Candidate& a, const Candidate& b, bool* byTieBreak) const
{
    if (byTieBreak)
        *byTieBreak = false;
    if (const int p = primary(a, b); p != 0)
        return p;
    const int t = tieBreak(a, b);
    if (byTieBreak)
        *byTieBreak = t != 0;
    return t;
}

int Scorer::winnerOf(const std::vector<Candidate>& candidates, const ScoringBasis& basis,
                     int skipBid) const
{
    Candidate best;
    bool any = false;
    bool tiedAtTop = false;
    for (const Candidate& original : candidates) {
        if (original.bid == skipBid)
            continue;
        Candidate c = original;
        score(c, basis);
        const int order = any ? compare(c, best) : -1;
        if (order < 0) {
            best = c;
            tiedAtTop = false;
        } else if (order == 0) {
            tiedAtTop = true;
        }
        any = true;
    }
    return any && !tiedAtTop ? best.bid : -1;
}

} // namespace tulana
