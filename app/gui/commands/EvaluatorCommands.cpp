#include "commands/EvaluatorCommands.h"

#include "commands/CommandIds.h"
#include "document/FieldAccess.h"
#include "document/TenderDocument.h"

namespace tulana {

AddEvaluatorCommand::AddEvaluatorCommand(TenderDocument* document, int position,
                                         Evaluator evaluator, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_position(position)
    , m_evaluator(std::move(evaluator))
{
    setText(tr("Add evaluator %1").arg(m_evaluator.id));
}

void AddEvaluatorCommand::redo()
{
    m_document->insertEvaluator(m_position, m_evaluator);
}

void AddEvaluatorCommand::undo()
{
    m_document->removeEvaluator(m_position);
}

RemoveEvaluatorCommand::RemoveEvaluatorCommand(TenderDocument* document, int position,
                                               QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_position(position)
{
    setText(
        tr("Remove evaluator %1").arg(document->tender().evaluators.at(std::size_t(position)).id));
}

void RemoveEvaluatorCommand::redo()
{
    m_marks = m_document->marksOfEvaluator(m_position);
    m_removed = m_document->removeEvaluator(m_position);
}

void RemoveEvaluatorCommand::undo()
{
    m_document->insertEvaluator(m_position, m_removed, m_marks);
}

SetEvaluatorFieldCommand::SetEvaluatorFieldCommand(TenderDocument* document, int evaluator,
                                                   EvaluatorField field, QVariant value,
                                                   QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_evaluator(evaluator)
    , m_field(field)
    , m_new(std::move(value))
{
    const Evaluator& current = document->tender().evaluators.at(std::size_t(evaluator));
    m_old = fieldValue(current, field);
    setText(tr("Change %1 of evaluator %2").arg(fieldLabel(field), current.id));
}

void SetEvaluatorFieldCommand::redo()
{
    m_document->setEvaluatorField(m_evaluator, m_field, m_new);
}

void SetEvaluatorFieldCommand::undo()
{
    m_document->setEvaluatorField(m_evaluator, m_field, m_old);
}

int SetEvaluatorFieldCommand::id() const
{
    return int(CommandId::SetEvaluatorField);
}

bool SetEvaluatorFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetEvaluatorFieldCommand*>(other);
    if (next->m_document != m_document || next->m_evaluator != m_evaluator ||
        next->m_field != m_field)
        return false;
    m_new = next->m_new;
    setObsolete(sameValue(m_old, m_new));
    return true;
}

} // namespace tulana
