#pragma once

#include "Amount.h"
#include "CostLine.h"
#include "Eligibility.h"
#include "OpennessRecord.h"

#include <QString>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace tulana {

enum class BidNature
{
    OpenSource,
    Proprietary,
    Mixed
};
// What a bid calls its system, before anyone records otherwise: an
// open-source bid claims open source; a proprietary or mixed one claims
// nothing about openness (the openwashing checks then stay quiet).
openness::OpennessClaim claimOfNature(BidNature nature);

struct Bid;
// The bid's word on its system, for a record about to be recorded for it:
// the claim its present record states, else its nature's.
openness::OpennessClaim claimOfBid(const Bid& bid);

enum class BidStatus
{
    Responsive,
    NonResponsive,
    Withdrawn
};

QString toKey(BidNature n);
QString toKey(BidStatus s);
bool bidNatureFromKey(const QString& key, BidNature* out);
bool bidStatusFromKey(const QString& key, BidStatus* out);
QString displayName(BidNature n);
QString displayName(BidStatus s);

// Marks are kept flat, one contiguous column of all marked criteria (in the
// depth-first order of the tender's criteria) per evaluator, so that a
// 10,000-bid evaluation adds them up in vectorised passes without a lookup.
// NaN means "not marked".
class MarksSheet
{
public:
    MarksSheet() = default;
    MarksSheet(int criteria, int evaluators);

    int criteria() const { return m_criteria; }
    int evaluators() const { return m_evaluators; }
    double at(int criterion, int evaluator) const { return m_values[index(criterion, evaluator)]; }
    void set(int criterion, int evaluator, double marks)
    {
        m_values[index(criterion, evaluator)] = marks;
    }
    // One evaluator's marks for every criterion, contiguous.
    const double* column(int evaluator) const
    {
        return m_values.data() + std::size_t(evaluator) * std::size_t(m_criteria);
    }
    bool isMarked(int criterion, int evaluator) const
    {
        return !std::isnan(at(criterion, evaluator));
    }

    void insertCriterion(int row);
    void removeCriterion(int row);
    void insertEvaluator(int column);
    void removeEvaluator(int column);

    static double unmarked() { return std::numeric_limits<double>::quiet_NaN(); }
    friend bool operator==(const MarksSheet& a, const MarksSheet& b);

private:
    std::size_t index(int criterion, int evaluator) const
    {
        return std::size_t(evaluator) * std::size_t(m_criteria) + std::size_t(criterion);
    }
    int m_criteria = 0;
    int m_evaluators = 0;
    std::vector<double> m_values;
};

struct Bid
{
    QString id;
    QString bidder;
    QString system; // the AI system offered
    BidNature nature = BidNature::Proprietary;
    // Money is kept as entered (rupees or the tender's currency); the price
    // excludes taxes and the tax is shown separately, as bid forms do.
    double price = std::numeric_limits<double>::quiet_NaN();
    double tax = 0.0;
    BidStatus status = BidStatus::Responsive;
    QString statusReason; // required when non-responsive or withdrawn
    MarksSheet marks;
    // What the offered AI system releases and under which terms
    // (docs/openness.md); absent until it is recorded or imported.
    std::optional<openness::OpennessRecord> openness;
    // What the bid costs over the tender's horizon, line by line
    // (docs/scoring.md, "Lifecycle cost"); empty until entered.
    std::vector<cost::CostLine> costs;
    // Eligibility (docs/scoring.md, "Eligibility"): the committee's finding
    // on each of the tender's eligibility criteria, the bidder's declared
    // enterprise designation, and certifications offered as evidence. All
    // empty until entered.
    std::vector<eligibility::Response> eligibility;
    eligibility::Enterprise enterprise;
    std::vector<eligibility::Certification> certifications;

    // The rule for the amounts a bid quotes, in one place for the validator,
    // the loader, the CSV import and the Bids page (each says it in its own
    // words): a price is an amount above zero, a tax an amount of zero or
    // more, both finite and within kMaxAmount (tender/Amount.h).
    static bool isValidPrice(double amount) { return isWithinAmountCeiling(amount) && amount > 0; }
    static bool isValidTax(double amount) { return isWithinAmountCeiling(amount) && amount >= 0; }

    bool hasPrice() const { return !std::isnan(price); }
    double priceWithTax() const { return price + tax; }
    // Compares a missing price equal to a missing price (NaN is never ==).
    friend bool operator==(const Bid& a, const Bid& b);
};

} // namespace tulana
