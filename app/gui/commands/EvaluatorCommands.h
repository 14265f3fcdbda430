#pragma once

#include "commands/ChangeValue.h"
#include "document/TenderPlaces.h"

#include "document/DocumentTypes.h"
#include "tender/Tender.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

namespace tulana {

class TenderDocument;

// Adds a member to the evaluation committee ("Add evaluator E4"); every bid
// gets an empty column of marks for them.
class AddEvaluatorCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddEvaluatorCommand)
public:
    AddEvaluatorCommand(TenderDocument* document, int position, Evaluator evaluator,
                        QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TenderDocument* m_document;
    int m_position;
    Evaluator m_evaluator;
};

// Removes a member and their marks; undoing restores both.
class RemoveEvaluatorCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveEvaluatorCommand)
public:
    RemoveEvaluatorCommand(TenderDocument* document, int position, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TenderDocument* m_document;
    int m_position;
    Evaluator m_removed;
    MarksColumn m_marks;
};

// Changes a member's id, name or designation; typing merges.
class SetEvaluatorFieldCommand : public ChangeValue<place::EvaluatorField>
{
    Q_DECLARE_TR_FUNCTIONS(SetEvaluatorFieldCommand)
public:
    SetEvaluatorFieldCommand(TenderDocument* document, int evaluator, EvaluatorField field,
                             QVariant value, QUndoCommand* parent = nullptr);
};

} // namespace tulana
