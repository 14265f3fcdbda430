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
    : ChangeValue(
          document, place::EvaluatorField{evaluator, field}, std::move(value),
          tr("Change %1 of evaluator %2")
              .arg(fieldLabel(field), document->tender().evaluators.at(std::size_t(evaluator)).id),
          int(CommandId::SetEvaluatorField), parent)
{}

} // namespace tulana
