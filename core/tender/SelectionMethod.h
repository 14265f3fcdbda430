#pragma once

#include <QString>
#include <optional>

namespace tulana {

// The selection methods of domain.md §1. The names are the ones written in
// project files and printed by the CLI; they never change.
enum class SelectionMethod
{
    Qcbs, // Quality- and Cost-Based Selection: weighted technical + financial
    Lcs,  // Least-Cost Selection / L1: lowest price among qualified bids
    Qbs,  // Quality-Based Selection: highest technical score
    Fbs,  // Fixed-Budget Selection: best technical within the budget
};

enum class TechnicalScoreBasis
{
    Marks,
    NormalisedToHighest
};
enum class PriceFormula
{
    LowestOverPrice,
    LinearInterpolation
};
enum class RoundingPoint
{
    EachScore,
    CombinedOnly
};
enum class TieBreak
{
    HigherTechnicalThenLowerPrice,
    LowerPriceThenHigherTechnical
};

QString toKey(SelectionMethod m);
QString toKey(TechnicalScoreBasis b);
QString toKey(PriceFormula f);
QString toKey(RoundingPoint r);
QString toKey(TieBreak t);

std::optional<SelectionMethod> selectionMethodFromKey(const QString& key);
std::optional<TechnicalScoreBasis> technicalScoreBasisFromKey(const QString& key);
std::optional<PriceFormula> priceFormulaFromKey(const QString& key);
std::optional<RoundingPoint> roundingPointFromKey(const QString& key);
std::optional<TieBreak> tieBreakFromKey(const QString& key);

// Human-readable, translatable names for screens, reports and memos.
QString displayName(SelectionMethod m);
QString displayName(TieBreak t);
QString displayName(PriceFormula f);

} // namespace tulana
