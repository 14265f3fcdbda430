#include "document/ProcessLocks.h"

#include "process/ProcessState.h"

#include <algorithm>

namespace tulana {
namespace {

using process::Part;

std::vector<Part> tenderFieldParts(TenderField field)
{
    switch (field) {
    case TenderField::Reference:
    case TenderField::Title:
    case TenderField::ProcuringEntity:
    case TenderField::Category:
        return {};
    case TenderField::Currency:
    case TenderField::Rulebook:
    case TenderField::Method:
    case TenderField::MinimumTechnicalScore:
    case TenderField::Budget:
    case TenderField::TechnicalBasis:
    case TenderField::PriceFormula:
    case TenderField::Decimals:
    case TenderField::Rounding:
    case TenderField::TieBreak:
    case TenderField::PricesIncludeTax:
        return {Part::Rules};
    }
    return {Part::Rules};
}

std::vector<Part> criterionParts(const std::optional<CriterionField>& field)
{
    if (!field) // added or removed: the marks' rows with it
        return {Part::Rules, Part::Technical};
    switch (*field) {
    case CriterionField::Description:
        return {};
    case CriterionField::Id: // the marks are filed under the criterion's id
        return {Part::Rules, Part::Technical};
    case CriterionField::Name:
    case CriterionField::Weight:
    case CriterionField::MaxMarks:
    case CriterionField::MinMarks:
        return {Part::Rules};
    }
    return {Part::Rules, Part::Technical};
}

std::vector<Part> bidParts(const std::optional<BidField>& field)
{
    if (!field || *field == BidField::Id) // every part lists the bids by id
        return {Part::Bids, Part::Eligibility, Part::Technical, Part::Opened};
    switch (*field) {
    case BidField::Id:
    case BidField::Bidder:
    case BidField::System:
    case BidField::Nature:
        return {Part::Bids};
    case BidField::Price:
    case BidField::Tax:
        return {Part::Opened};
    case BidField::Status:
    case BidField::StatusReason:
        return {Part::Eligibility, Part::Technical};
    }
    return {Part::Bids, Part::Eligibility, Part::Technical, Part::Opened};
}

std::vector<Part> evaluatorParts(const std::optional<EvaluatorField>& field)
{
    if (!field) // added or removed: a column of marks with the member
        return {Part::Rules, Part::Technical};
    if (*field == EvaluatorField::Designation)
        return {};
    return {Part::Rules}; // the committee, and the signers by their ids
}

// The parts whose fields the change edits.
std::vector<Part> partsHolding(const TenderChange& change)
{
    using What = TenderChange::What;
    switch (change.what) {
    case What::TenderField:
        if (const auto field = change.fieldAs<TenderField>())
            return tenderFieldParts(*field);
        return {Part::Rules};
    case What::Weights:
    case What::OpennessScheme:
    case What::EligibilityCriteria:
    case What::LifecycleTerms:
        return {Part::Rules};
    case What::Criterion:
        return criterionParts(change.fieldAs<CriterionField>());
    case What::Bid:
        return bidParts(change.fieldAs<BidField>());
    case What::Evaluator:
        return evaluatorParts(change.fieldAs<EvaluatorField>());
    case What::Marks:
    case What::BidOpenness:
        return {Part::Technical};
    case What::BidEligibility:
        return {Part::Eligibility};
    case What::BidCosts:
        return {Part::Opened};
    case What::Decision:
        return {Part::Decision};
    case What::Context:
        // The decision was finalised on the context answers too
        // (DecisionSeal): a changed answer would withdraw the finalisation.
        return {Part::Decision};
    }
    return {};
}

} // namespace

std::vector<Part> partsChangedBy(const TenderChange& change)
{
    std::vector<Part> parts = partsHolding(change);
    // A finalised decision is sealed on what it was decided from
    // (DecisionSeal): an edit of any of it withdraws the finalisation, so
    // it changes the decision too.
    if (!parts.empty() && std::find(parts.begin(), parts.end(), Part::Decision) == parts.end())
        parts.push_back(Part::Decision);
    return parts;
}

std::optional<QString> editLockedBecause(const Tender& tender, const TenderChange& change,
                                         bool correctingRules)
{
    if (!tender.process.isRecorded())
        return std::nullopt;
    const std::optional<BidField> bidField =
        change.is(TenderChange::What::Bid) ? change.fieldAs<BidField>() : std::nullopt;
    const bool figures = change.is(TenderChange::What::BidCosts) || bidField == BidField::Price ||
                         bidField == BidField::Tax;
    if (figures)
        if (std::optional<QString> why = process::figuresSealedBecause(tender))
            return why;
    for (const Part part : partsChangedBy(change)) {
        if (part == Part::Rules && correctingRules)
            continue;
        if (std::optional<QString> why = process::lockedBecause(tender, part))
            return why;
    }
    return std::nullopt;
}

} // namespace tulana
