#include "SelectionMethod.h"
#include "i18n/Translate.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace tulana {
namespace {

template <typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [e, key] : table)
        if (e == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromKey(const std::array<std::pair<E, const char*>, N>& table, const QString& k)
{
    for (const auto& [e, key] : table)
        if (k == QLatin1String(key))
            return e;
    return std::nullopt;
}

constexpr std::array methods{
    std::pair{SelectionMethod::Qcbs, "QCBS"},
    std::pair{SelectionMethod::Lcs, "LCS"},
    std::pair{SelectionMethod::Qbs, "QBS"},
    std::pair{SelectionMethod::Fbs, "FBS"},
};
constexpr std::array bases{
    std::pair{TechnicalScoreBasis::Marks, "marks"},
    std::pair{TechnicalScoreBasis::NormalisedToHighest, "normalised-to-highest"},
};
constexpr std::array formulas{
    std::pair{PriceFormula::LowestOverPrice, "lowest-over-price"},
    std::pair{PriceFormula::LinearInterpolation, "linear-interpolation"},
};
constexpr std::array roundings{
    std::pair{RoundingPoint::EachScore, "each-score"},
    std::pair{RoundingPoint::CombinedOnly, "combined-only"},
};
constexpr std::array tieBreaks{
    std::pair{TieBreak::HigherTechnicalThenLowerPrice, "higher-technical-then-lower-price"},
    std::pair{TieBreak::LowerPriceThenHigherTechnical, "lower-price-then-higher-technical"},
};

} // namespace

QString toKey(SelectionMethod m)
{
    return keyOf(methods, m);
}
QString toKey(TechnicalScoreBasis b)
{
    return keyOf(bases, b);
}
QString toKey(PriceFormula f)
{
    return keyOf(formulas, f);
}
QString toKey(RoundingPoint r)
{
    return keyOf(roundings, r);
}
QString toKey(TieBreak t)
{
    return keyOf(tieBreaks, t);
}

std::optional<SelectionMethod> selectionMethodFromKey(const QString& key)
{
    // "L1" is what most Indian tender documents call least-cost selection.
    if (key == QLatin1String("L1"))
        return SelectionMethod::Lcs;
    return fromKey(methods, key);
}
std::optional<TechnicalScoreBasis> technicalScoreBasisFromKey(const QString& key)
{
    return fromKey(bases, key);
}
std::optional<PriceFormula> priceFormulaFromKey(const QString& key)
{
    return fromKey(formulas, key);
}
std::optional<RoundingPoint> roundingPointFromKey(const QString& key)
{
    return fromKey(roundings, key);
}
std::optional<TieBreak> tieBreakFromKey(const QString& key)
{
    return fromKey(tieBreaks, key);
}

QString displayName(SelectionMethod m)
{
    switch (m) {
    case SelectionMethod::Qcbs:
        return tulana::tr("Quality- and Cost-Based Selection (QCBS)");
    case SelectionMethod::Lcs:
        return tulana::tr("Least-Cost Selection (L1)");
    case SelectionMethod::Qbs:
        return tulana::tr("Quality-Based Selection (QBS)");
    case SelectionMethod::Fbs:
        return tulana::tr("Fixed-Budget Selection (FBS)");
    }
    return {};
}

QString displayName(TieBreak t)
{
    switch (t) {
    case TieBreak::HigherTechnicalThenLowerPrice:
        return tulana::tr("higher technical score, then lower evaluated price");
    case TieBreak::LowerPriceThenHigherTechnical:
        return tulana::tr("lower evaluated price, then higher technical score");
    }
    return {};
}

QString displayName(PriceFormula f)
{
    switch (f) {
    case PriceFormula::LowestOverPrice:
        return tulana::tr("Sf = 100 × lowest price / price");
    case PriceFormula::LinearInterpolation:
        return tulana::tr("Sf = 100 × (highest price − price) / (highest price − lowest price)");
    }
    return {};
}

} // namespace tulana
