#include "commands/TenderCommands.h"

#include "commands/CommandIds.h"
#include "document/FieldAccess.h"
#include "document/TenderDocument.h"

namespace tulana {

SetTenderFieldCommand::SetTenderFieldCommand(TenderDocument* document, TenderField field,
                                             QVariant value, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_field(field)
    , m_old(fieldValue(document->tender(), field))
    , m_new(std::move(value))
{
    setText(tr("Change %1").arg(fieldLabel(field)));
}

void SetTenderFieldCommand::redo()
{
    m_document->setTenderField(m_field, m_new);
}

void SetTenderFieldCommand::undo()
{
    m_document->setTenderField(m_field, m_old);
}

int SetTenderFieldCommand::id() const
{
    return int(CommandId::SetTenderField);
}

bool SetTenderFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetTenderFieldCommand*>(other);
    if (next->m_document != m_document || next->m_field != m_field)
        return false;
    m_new = next->m_new;
    // Typing a value back to what it was leaves nothing to undo.
    setObsolete(sameValue(m_old, m_new));
    return true;
}

SetQcbsWeightsCommand::SetQcbsWeightsCommand(TenderDocument* document, double technical,
                                             double financial, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_oldTechnical(document->tender().technicalWeight)
    , m_oldFinancial(document->tender().financialWeight)
    , m_technical(technical)
    , m_financial(financial)
{
    updateText();
}

void SetQcbsWeightsCommand::updateText()
{
    setText(tr("Set weights to %1:%2")
                .arg(QString::number(m_technical, 'g', 6), QString::number(m_financial, 'g', 6)));
}

void SetQcbsWeightsCommand::redo()
{
    m_document->setQcbsWeights(m_technical, m_financial);
}

void SetQcbsWeightsCommand::undo()
{
    m_document->setQcbsWeights(m_oldTechnical, m_oldFinancial);
}

int SetQcbsWeightsCommand::id() const
{
    return int(CommandId::SetQcbsWeights);
}

bool SetQcbsWeightsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetQcbsWeightsCommand*>(other);
    if (next->m_document != m_document)
        return false;
    m_technical = next->m_technical;
    m_financial = next->m_financial;
    updateText();
    setObsolete(m_technical == m_oldTechnical && m_financial == m_oldFinancial);
    return true;
}

} // namespace tulana
