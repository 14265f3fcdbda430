#pragma once

#include <vector>

namespace tulana {

// Where a node sits in the criteria tree: the row at each level, from the
// top. The empty path is the invisible root.
using CriterionPath = std::vector<int>;

// The scalar fields of a tender the officer edits one at a time.
enum class TenderField
{
    Reference,
    Title,
    ProcuringEntity,
    Category,
    Currency,
    Rulebook,
    Method,
    MinimumTechnicalScore,
    Budget, // an invalid QVariant means "no budget"
    TechnicalBasis,
    PriceFormula,
    Decimals,
    Rounding,
    TieBreak,
    PricesIncludeTax,
};
// Technical and financial weights are not here: they always change together
// (see SetQcbsWeightsCommand), so the pair never passes through an
// inconsistent state that would flash a "weights do not add up" warning.

enum class CriterionField
{
    Id,
    Name,
    Description,
    Weight,
    MaxMarks,
    MinMarks, // an invalid QVariant means "no minimum"
};

enum class BidField
{
    Id,
    Bidder,
    System,
    Nature,
    Price,
    Tax,
    Status,
    StatusReason,
};

enum class EvaluatorField
{
    Id,
    Name,
    Designation,
};

// Every bid's marks for a band of consecutive marked criteria, kept by undo
// commands so that removing a criterion and undoing it gives back every
// evaluator's marks. Values are bid-major, then evaluator, then criterion.
struct MarksBand
{
    int firstLeaf = 0;
    int leaves = 0;
    int evaluators = 0;
    std::vector<double> values;

    bool isEmpty() const { return values.empty(); }
};

// One evaluator's marks for every bid and criterion, for the same purpose
// when an evaluator is removed. Values are bid-major, then criterion.
struct MarksColumn
{
    int criteria = 0;
    std::vector<double> values;
};

} // namespace tulana
