#pragma once

#include "decision/JustificationCheck.h"
#include "document/DecisionSeal.h"

#include <QCoreApplication>
#include <QDate>
#include <QUndoCommand>

namespace tulana {

class TenderDocument;

// What every decision edit shares: the decision and its seal before and
// after, so that undo gives back the finalisation exactly as it was.
class DecisionCommand : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;

protected:
    DecisionCommand(TenderDocument* document, QUndoCommand* parent);
    // Typing merges: this step takes the next one's result and becomes
    // obsolete when the text is back where it started.
    bool mergeFrom(const DecisionCommand* next);

    TenderDocument* m_document;
    DecisionState m_old;
    DecisionState m_new;
};

// Selects the bid the decision is for ("Select B1").
class SelectBidCommand : public DecisionCommand
{
    Q_DECLARE_TR_FUNCTIONS(SelectBidCommand)
public:
    SelectBidCommand(TenderDocument* document, const QString& bid, QUndoCommand* parent = nullptr);
};

// Dates the decision; an invalid date removes it. Stepping through days merges.
class SetDecisionDateCommand : public DecisionCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetDecisionDateCommand)
public:
    SetDecisionDateCommand(TenderDocument* document, const QDate& date,
                           QUndoCommand* parent = nullptr);
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
};

// The reason tied to one consideration of Table 3 that the decision relies
// on; an empty reason means the decision does not rely on it.
class SetConsiderationReasonCommand : public DecisionCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetConsiderationReasonCommand)
public:
    SetConsiderationReasonCommand(TenderDocument* document, const QString& consideration,
                                  const QString& reason, QUndoCommand* parent = nullptr);
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    QString m_consideration;
};

// Why a bid other than the evaluation's winner is selected.
class SetEvaluationReasonCommand : public DecisionCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetEvaluationReasonCommand)
public:
    SetEvaluationReasonCommand(TenderDocument* document, const QString& reason,
                               QUndoCommand* parent = nullptr);
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
};

// The overall statement justifying the departure.
class SetJustificationStatementCommand : public DecisionCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetJustificationStatementCommand)
public:
    SetJustificationStatementCommand(TenderDocument* document, const QString& statement,
                                     QUndoCommand* parent = nullptr);
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
};

// What finalising the document's decision would record, or the problems
// that refuse it (core checkDecision()). While no bid is selected the
// evaluation's winner is, as the Decision page shows by default; an
// undated decision is dated today.
FinaliseResult proposeFinalisation(const TenderDocument* document);

// Finalises the decision (as proposeFinalisation() made it) and seals it.
class FinaliseDecisionCommand : public DecisionCommand
{
    Q_DECLARE_TR_FUNCTIONS(FinaliseDecisionCommand)
public:
    FinaliseDecisionCommand(TenderDocument* document, const Decision& finalised,
                            QUndoCommand* parent = nullptr);
};

// Withdraws the finalisation so the decision can be changed ("Reopen decision").
class ReopenDecisionCommand : public DecisionCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReopenDecisionCommand)
public:
    explicit ReopenDecisionCommand(TenderDocument* document, QUndoCommand* parent = nullptr);
};

} // namespace tulana
