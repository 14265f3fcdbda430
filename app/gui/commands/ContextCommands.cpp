#include "commands/ContextCommands.h"

#include "commands/CommandIds.h"
#include "considerations/Table3.h"
#include "document/TenderDocument.h"

namespace tulana {
namespace {

ContextAnswer answerOf(const TenderDocument* document, const QString& consideration)
{
    const ContextAnswer* answer = document->tender().context.find(consideration);
    return answer ? *answer : ContextAnswer{};
}

QString nameOf(const QString& consideration)
{
    const Table3Row* row = table3().row(consideration);
    return row ? row->name : consideration;
}

} // namespace

SetContextAnswerCommand::SetContextAnswerCommand(TenderDocument* document,
                                                 const QString& consideration,
                                                 const QString& option, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_consideration(consideration)
    , m_old(answerOf(document, consideration))
    , m_new(m_old)
{
    m_new.option = option;
    setText(option.isEmpty() ? tr("Clear answer to “%1”").arg(nameOf(consideration))
                             : tr("Answer “%1”").arg(nameOf(consideration)));
}

void SetContextAnswerCommand::redo()
{
    m_document->setContextAnswer(m_consideration, m_new);
}

void SetContextAnswerCommand::undo()
{
    m_document->setContextAnswer(m_consideration, m_old);
}

SetContextNoteCommand::SetContextNoteCommand(TenderDocument* document, const QString& consideration,
                                             const QString& note, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_consideration(consideration)
    , m_old(answerOf(document, consideration))
    , m_new(m_old)
{
    m_new.note = note;
    setText(tr("Edit note on “%1”").arg(nameOf(consideration)));
}

void SetContextNoteCommand::redo()
{
    m_document->setContextAnswer(m_consideration, m_new);
}

void SetContextNoteCommand::undo()
{
    m_document->setContextAnswer(m_consideration, m_old);
}

int SetContextNoteCommand::id() const
{
    return int(CommandId::SetContextNote);
}

bool SetContextNoteCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetContextNoteCommand*>(other);
    if (next->m_document != m_document || next->m_consideration != m_consideration)
        return false;
    m_new.note = next->m_new.note;
    setObsolete(m_new == m_old);
    return true;
}

SetContextPurposeCommand::SetContextPurposeCommand(TenderDocument* document, const QString& purpose,
                                                   QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_old(document->tender().context.purpose)
    , m_new(purpose)
{
    setText(tr("Edit the system's purpose"));
}

void SetContextPurposeCommand::redo()
{
    m_document->setContextPurpose(m_new);
}

void SetContextPurposeCommand::undo()
{
    m_document->setContextPurpose(m_old);
}

int SetContextPurposeCommand::id() const
{
    return int(CommandId::SetContextPurpose);
}

bool SetContextPurposeCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetContextPurposeCommand*>(other);
    if (next->m_document != m_document)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace tulana
