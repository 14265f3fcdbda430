#pragma once

namespace tulana {

// QUndoCommand::id() of the commands that merge with their predecessor, so
// that typing a title or dragging a slider is one step in the Edit menu.
enum class CommandId
{
    SetTenderField = 1,
    SetQcbsWeights,
    SetCriterionField,
    SetBidField,
    SetEvaluatorField,
    SetContextNote,
    SetContextPurpose,
    SetDecisionDate,
    SetConsiderationReason,
    SetEvaluationReason,
    SetJustificationStatement,
    SetOpennessComponent,
    SetCostLineField,
    SetEligibilityResponse,
    SetEnterprise,
};

} // namespace tulana
