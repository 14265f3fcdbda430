#pragma once

// The figures of financial proposals that are not opened, spelled every way
// an output could write them, for the tests that check no output shows one
// (GFR 2017 Rules 187 and 190; docs/scoring.md, "Two envelopes").
#include "cost/Lifecycle.h"
#include "scoring/Evaluator.h"
#include "support/Money.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <cmath>

namespace tulana::testsupport {

// The sample tenders the sealed-figure checks go through.
inline const char* const kSealedFigureSamples[] = {
    "citizen-services-chatbot",
    "citizen-services-chatbot-lifecycle",
    "citizen-services-chatbot-openness-points",
    "crop-advisory",
    "crop-advisory-eligibility",
    "land-records-ocr",
};

// Every way an amount could be written: raw, grouped in thousands, grouped
// in the Indian way, in lakh and in crore.
inline QStringList spellings(double amount)
{
    const QString whole = QString::number(std::round(amount), 'f', 0);
    const QString twoDecimals = QString::number(amount, 'f', 2);
    return {
        twoDecimals,
        whole,
        formatAmount(amount, QStringLiteral("INR")), // 1,46,00,000.00
        formatAmount(amount, QStringLiteral("USD")), // 14,600,000.00
        QString::number(amount / 1e5, 'f', 2) + QStringLiteral(" lakh"),
        QString::number(amount / 1e7, 'f', 2) + QStringLiteral(" crore"),
    };
}

// A bid's figures as the file holds them, worked out here from the inputs
// (not through the evaluation, whose sealing is what is under test).
inline void addFigures(const Tender& t, const Bid& b, QSet<double>& out)
{
    out << b.price << b.tax << b.priceWithTax();
    for (const cost::CostLine& line : b.costs)
        out << line.amount;
    if (!b.costs.empty()) {
        const cost::LifecycleCost lc = cost::lifecycleCost(t.lifecycle, b.costs);
        out << lc.npv << lc.undiscounted;
    }
}

// The sealed figures of a tender that no opened bid shares (a figure two
// bids quote alike may rightly appear for the one that was opened); small
// amounts (a zero tax) would match everywhere and prove nothing.
inline QStringList sealedSpellings(const Tender& t)
{
    const Evaluation ev = evaluate(t);
    QSet<double> sealed;
    QSet<double> opened;
    for (const BidResult& r : ev.results)
        addFigures(t, t.bids[std::size_t(r.bid)], r.evaluatedPrice ? opened : sealed);
    QStringList out;
    for (double figure : sealed)
        if (std::isfinite(figure) && std::abs(figure) >= 1000 && !opened.contains(figure))
            out << spellings(figure);
    return out;
}

// The first sealed figure `text` shows, as a whole number rather than a part
// of a longer one ("2628000" in "12628000"); empty when it shows none.
inline QString firstSealedFigureIn(const QString& text, const QStringList& sealed)
{
    for (const QString& figure : sealed) {
        const QRegularExpression alone(QStringLiteral("(?<![\\d,])") +
                                       QRegularExpression::escape(figure) +
                                       QStringLiteral("(?![\\d,])"));
        if (text.contains(alone))
            return figure;
    }
    return {};
}

} // namespace tulana::testsupport
