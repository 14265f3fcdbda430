#include "commands/TenderCommands.h"

#include "commands/CommandIds.h"
#include "document/FieldAccess.h"
#include "document/TenderDocument.h"

namespace tulana {

SetTenderFieldCommand::SetTenderFieldCommand(TenderDocument* document, TenderField field,
                                             QVariant value, QUndoCommand* parent)
    : ChangeValue(document, place::TenderField{field}, std::move(value),
                  tr("Change %1").arg(fieldLabel(field)), int(CommandId::SetTenderField), parent)
{}

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
