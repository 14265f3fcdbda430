#pragma once

// A small fluent helper to build Tenders concisely in tests:
//
//   TenderBuilder().qcbs(70, 30).minimum(70).criterion("C1", 100, 100)
//       .bid("X", 90, 140).bid("Y", 80, 100).build();
//
// With one criterion whose maxMarks equals its weight, the technical score is
// the mark, which keeps hand-checked cases easy. Bids are materialised in
// build(), so criteria and evaluators may be declared in any order.

#include "tender/Tender.h"

#include <QString>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

class TenderBuilder
{
public:
    // A mark given to every criterion by every evaluator.
    using Grid = std::vector<std::vector<double>>; // [criterion][evaluator]

    TenderBuilder()
    {
        m_tender.reference = QStringLiteral("TEST/2026/001");
        m_tender.title = QStringLiteral("Test tender");
        m_tender.evaluators = {evaluator(1)};
    }

    TenderBuilder& qcbs(double technicalWeight, double financialWeight)
    {
        m_tender.method = tulana::SelectionMethod::Qcbs;
        m_tender.technicalWeight = technicalWeight;
        m_tender.financialWeight = financialWeight;
        return *this;
    }
    TenderBuilder& lcs() { return method(tulana::SelectionMethod::Lcs); }
    TenderBuilder& qbs() { return method(tulana::SelectionMethod::Qbs); }
    TenderBuilder& fbs(double budget)
    {
        m_tender.budget = budget;
        return method(tulana::SelectionMethod::Fbs);
    }
    TenderBuilder& method(tulana::SelectionMethod m)
    {
        m_tender.method = m;
        return *this;
    }
    TenderBuilder& minimum(double minimumTechnicalScore)
    {
        m_tender.minimumTechnicalScore = minimumTechnicalScore;
        return *this;
    }
    TenderBuilder& rulebook(const QString& id)
    {
        m_tender.rulebook = id;
        return *this;
    }

    // Options
    TenderBuilder& normalised()
    {
        m_tender.options.technicalBasis = tulana::TechnicalScoreBasis::NormalisedToHighest;
        return *this;
    }
    TenderBuilder& linearPrice()
    {
        m_tender.options.priceFormula = tulana::PriceFormula::LinearInterpolation;
        return *this;
    }
    TenderBuilder& decimals(int d)
    {
        m_tender.options.decimals = d;
        return *this;
    }
    TenderBuilder& combinedOnly()
    {
        m_tender.options.roundingPoint = tulana::RoundingPoint::CombinedOnly;
        return *this;
    }
    TenderBuilder& lowerPriceFirst()
    {
        m_tender.options.tieBreak = tulana::TieBreak::LowerPriceThenHigherTechnical;
        return *this;
    }
    TenderBuilder& taxExcluded()
    {
        m_tender.options.pricesIncludeTax = false;
        return *this;
    }

    // Criteria: a top-level marked criterion, or any prepared node (groups).
    TenderBuilder& criterion(const char* id, double maxMarks, double weight,
                             std::optional<double> minMarks = std::nullopt)
    {
        tulana::Criterion c;
        c.id = QString::fromUtf8(id);
        c.name = QStringLiteral("Criterion ") + c.id;
        c.maxMarks = maxMarks;
        c.weight = weight;
        c.minMarks = minMarks;
        m_tender.criteria.push_back(c);
        return *this;
    }
    TenderBuilder& node(tulana::Criterion c)
    {
        m_tender.criteria.push_back(std::move(c));
        return *this;
    }

    // The committee: n evaluators E1..En named "Evaluator 1".. (replaces the default one).
    TenderBuilder& evaluators(int n)
    {
        m_tender.evaluators.clear();
        for (int i = 1; i <= n; ++i)
            m_tender.evaluators.push_back(evaluator(i));
        return *this;
    }

    // A responsive bid whose every cell of the marks sheet is `mark`.
    TenderBuilder& bid(const char* id, double mark, double price, double tax = 0)
    {
        m_bids.push_back({make(id, price, tax), mark, {}});
        return *this;
    }
    // A responsive bid with explicit marks, one row per marked criterion and
    // one column per evaluator.
    TenderBuilder& bidMarks(const char* id, const Grid& marks, double price, double tax = 0)
    {
        m_bids.push_back({make(id, price, tax), 0, marks});
        return *this;
    }
    TenderBuilder& nonResponsive(const char* id, const char* reason, double mark = 90,
                                 double price = 100)
    {
        return withStatus(id, tulana::BidStatus::NonResponsive, reason, mark, price);
    }
    TenderBuilder& withdrawn(const char* id, const char* reason, double mark = 90,
                             double price = 100)
    {
        return withStatus(id, tulana::BidStatus::Withdrawn, reason, mark, price);
    }

    tulana::Tender build() const
    {
        tulana::Tender t = m_tender;
        for (const Pending& p : m_bids) {
            tulana::Bid b = p.bid;
            b.marks = t.newBid().marks;
            for (int c = 0; c < b.marks.criteria(); ++c)
                for (int e = 0; e < b.marks.evaluators(); ++e)
                    b.marks.set(c, e,
                                p.grid.empty() ? p.mark
                                               : p.grid.at(std::size_t(c)).at(std::size_t(e)));
            t.bids.push_back(std::move(b));
        }
        return t;
    }

    static double missing() { return std::numeric_limits<double>::quiet_NaN(); }

private:
    struct Pending
    {
        tulana::Bid bid;
        double mark = 0;
        Grid grid;
    };

    static tulana::Evaluator evaluator(int i)
    {
        return {QStringLiteral("E%1").arg(i), QStringLiteral("Evaluator %1").arg(i),
                QStringLiteral("Member")};
    }
    static tulana::Bid make(const char* id, double price, double tax)
    {
        tulana::Bid b;
        b.id = QString::fromUtf8(id);
        b.bidder = b.id + QStringLiteral(" Ltd");
        b.system = QStringLiteral("System ") + b.id;
        b.price = price;
        b.tax = tax;
        return b;
    }
    TenderBuilder& withStatus(const char* id, tulana::BidStatus status, const char* reason,
                              double mark, double price)
    {
        Pending p{make(id, price, 0), mark, {}};
        p.bid.status = status;
        p.bid.statusReason = QString::fromUtf8(reason);
        m_bids.push_back(p);
        return *this;
    }

    tulana::Tender m_tender;
    std::vector<Pending> m_bids;
};
