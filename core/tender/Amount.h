#pragma once

#include <QString>

#include <cmath>

namespace tulana {

// The largest amount Tulana takes anywhere money is entered: a price, a tax,
// a cost line, a budget (docs/file-format.md, "Amounts"). 10^15 is 10 crore
// crore rupees, twenty times India's Union Budget, so no tender comes near
// it; below it whole rupees stay exact in a double even in a sum of a few
// amounts (2^53 ≈ 9 × 10^15), and no score or total can overflow into
// "inf". A figure beyond it is a slip or a hostile file.
inline constexpr double kMaxAmount = 1e15;

// Finite and no further from zero than kMaxAmount. Whether an amount may be
// zero or negative is the rule of its field (Bid::isValidPrice...).
inline bool isWithinAmountCeiling(double amount)
{
    return std::isfinite(amount) && std::abs(amount) <= kMaxAmount;
}

// Why `amount` is beyond the ceiling, in words; empty when it is within.
QString amountCeilingProblem(double amount);

} // namespace tulana
