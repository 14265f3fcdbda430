#include "commands/DecisionCommands.h"

#include "commands/CommandIds.h"
#include "considerations/Table3.h"
#include "document/TenderDocument.h"

namespace tulana {

DecisionCommand::DecisionCommand(TenderDocument* document, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_old(document->decisionState())
    , m_new(m_old)
{}

void DecisionCommand::redo()
{
    m_document->setDecisionState(m_new);
}

void DecisionCommand::undo()
{
    m_document->setDecisionState(m_old);
}

bool DecisionCommand::mergeFrom(const DecisionCommand* next)
{
    if (next->m_document != m_document)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

SelectBidCommand::SelectBidCommand(TenderDocument* document, const QString& bid,
                                   QUndoCommand* parent)
    : DecisionCommand(document, parent)
{
    m_new.decision.selectedBid = bid;
    setText(bid.isEmpty() ? tr("Clear the selected bid") : tr("Select %1").arg(bid));
}

SetDecisionDateCommand::SetDecisionDateCommand(TenderDocument* document, const QDate& date,
                                               QUndoCommand* parent)
    : DecisionCommand(document, parent)
{
    m_new.decision.date = date;
    setText(date.isValid() ? tr("Date the decision") : tr("Remove the decision's date"));
}

int SetDecisionDateCommand::id() const
{
    return int(CommandId::SetDecisionDate);
}

bool SetDecisionDateCommand::mergeWith(const QUndoCommand* other)
{
    return mergeFrom(static_cast<const SetDecisionDateCommand*>(other));
}

SetConsiderationReasonCommand::SetConsiderationReasonCommand(TenderDocument* document,
                                                             const QString& consideration,
                                                             const QString& reason,
                                                             QUndoCommand* parent)
    : DecisionCommand(document, parent)
    , m_consideration(consideration)
{
    auto& reasons = m_new.decision.justification.reasons;
    // An empty box is not relied on: it leaves the file.
    if (reason.isEmpty())
        reasons.erase(consideration);
    else
        reasons[consideration] = reason;
    const Table3Row* row = table3().row(consideration);
    setText(tr("Edit the reason tied to “%1”").arg(row ? row->name : consideration));
}

int SetConsiderationReasonCommand::id() const
{
    return int(CommandId::SetConsiderationReason);
}

bool SetConsiderationReasonCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetConsiderationReasonCommand*>(other);
    return next->m_consideration == m_consideration && mergeFrom(next);
}

SetEvaluationReasonCommand::SetEvaluationReasonCommand(TenderDocument* document,
                                                       const QString& reason, QUndoCommand* parent)
    : DecisionCommand(document, parent)
{
    m_new.decision.justification.evaluation = reason;
    setText(tr("Edit the reason for departing from the evaluation"));
}

int SetEvaluationReasonCommand::id() const
{
    return int(CommandId::SetEvaluationReason);
}

bool SetEvaluationReasonCommand::mergeWith(const QUndoCommand* other)
{
    return mergeFrom(static_cast<const SetEvaluationReasonCommand*>(other));
}

SetJustificationStatementCommand::SetJustificationStatementCommand(TenderDocument* document,
                                                                   const QString& statement,
                                                                   QUndoCommand* parent)
    : DecisionCommand(document, parent)
{
    m_new.decision.justification.statement = statement;
    setText(tr("Edit the overall statement"));
}

int SetJustificationStatementCommand::id() const
{
    return int(CommandId::SetJustificationStatement);
}

bool SetJustificationStatementCommand::mergeWith(const QUndoCommand* other)
{
    return mergeFrom(static_cast<const SetJustificationStatementCommand*>(other));
}

FinaliseResult proposeFinalisation(const TenderDocument* document)
{
    Tender tender = document->tender();
    const Evaluation& evaluation = document->evaluation();
    if (tender.decision.selectedBid.isEmpty() && evaluation.hasWinner())
        tender.decision.selectedBid = tender.bids[std::size_t(evaluation.winner)].id;
    return finaliseDecision(tender, evaluation);
}

FinaliseDecisionCommand::FinaliseDecisionCommand(TenderDocument* document,
                                                 const Decision& finalised, QUndoCommand* parent)
    : DecisionCommand(document, parent)
{
    m_new.decision = finalised;
    Tender sealed = document->tender();
    sealed.decision = finalised;
    m_new.seal = DecisionSeal::of(sealed);
    setText(tr("Finalise the decision (%1)").arg(finalised.selectedBid));
}

ReopenDecisionCommand::ReopenDecisionCommand(TenderDocument* document, QUndoCommand* parent)
    : DecisionCommand(document, parent)
{
    m_new.decision.finalised = false;
    m_new.seal.reset();
    setText(tr("Reopen the decision"));
}

} // namespace tulana
