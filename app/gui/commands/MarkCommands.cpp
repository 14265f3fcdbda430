#include "commands/MarkCommands.h"

#include "document/TenderDocument.h"

#include <cmath>

namespace tulana {

SetMarkCommand::SetMarkCommand(TenderDocument* document, int bid, int leaf, int evaluator,
                               double value, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_bid(bid)
    , m_leaf(leaf)
    , m_evaluator(evaluator)
    , m_new(value)
{
    const Tender& tender = document->tender();
    const Bid& b = tender.bids.at(std::size_t(bid));
    m_old = b.marks.at(leaf, evaluator);
    const auto leaves = leavesOf(tender.criteria);
    const QString criterion = leaves.at(std::size_t(leaf)).criterion->name;
    const QString evaluatorId = tender.evaluators.at(std::size_t(evaluator)).id;
    setText(std::isnan(value)
                ? tr("Clear mark of %1 on “%2” (%3)").arg(b.id, criterion, evaluatorId)
                : tr("Set mark of %1 on “%2” (%3)").arg(b.id, criterion, evaluatorId));
}

void SetMarkCommand::redo()
{
    m_document->setMark(m_bid, m_leaf, m_evaluator, m_new);
}

void SetMarkCommand::undo()
{
    m_document->setMark(m_bid, m_leaf, m_evaluator, m_old);
}

} // namespace tulana
