#pragma once

#include <QString>

#include <optional>

namespace tulana::cost {

// When a kind of cost falls (resources/cost/cost-kinds.json): once at the
// start, every year of the horizon, or once when the system is left.
enum class Timing
{
    OneTime,
    Recurring,
    Exit
};

QString toKey(Timing t);
std::optional<Timing> timingFromKey(const QString& key);

// One line of a bid's lifecycle cost, in the tender's currency and on the
// tender's tax basis (tender.evaluation.pricesIncludeTax).
//
// Years (docs/scoring.md, "Lifecycle cost"): a one-time cost falls in
// fromYear (default 0, the start); a recurring cost every year from fromYear
// (default 1) to toYear (default the horizon); an exit cost in toYear (default
// the horizon: the year the system is left).
struct CostLine
{
    QString kind; // an id of resources/cost/cost-kinds.json
    double amount = 0;
    std::optional<int> fromYear;
    std::optional<int> toYear;
    QString note;

    friend bool operator==(const CostLine&, const CostLine&) = default;
};

// Which number the financial score uses.
enum class FinancialBasis
{
    QuotedPrice,  // the quoted price (with tax, as the tender says): the default
    LifecycleCost // the net present value of the bid's cost lines over the horizon
};

QString toKey(FinancialBasis b);
std::optional<FinancialBasis> financialBasisFromKey(const QString& key);
QString displayName(FinancialBasis b);

// A horizon longer than a century is a typing slip, not a plan; the limit
// also bounds the per-year table a horizon makes.
inline constexpr int kMaxHorizonYears = 100;

// What the tender announces about lifecycle cost ("tender.lifecycle").
struct LifecycleTerms
{
    int horizonYears = 5;
    double discountRate = 0; // percent per year
    FinancialBasis basis = FinancialBasis::QuotedPrice;

    bool isDefault() const { return *this == LifecycleTerms{}; }
    friend bool operator==(const LifecycleTerms&, const LifecycleTerms&) = default;
};

} // namespace tulana::cost
