#include "commands/BidCommands.h"

#include "commands/CommandIds.h"
#include "document/FieldAccess.h"
#include "document/TenderDocument.h"

namespace tulana {

AddBidCommand::AddBidCommand(TenderDocument* document, int position, Bid bid, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_position(position)
    , m_bid(std::move(bid))
{
    setText(tr("Add bid %1").arg(m_bid.id));
}

void AddBidCommand::redo()
{
    m_document->insertBids(m_position, {m_bid});
}

void AddBidCommand::undo()
{
    m_document->removeBids(m_position, 1);
}

RemoveBidCommand::RemoveBidCommand(TenderDocument* document, int position, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_position(position)
{
    setText(tr("Remove bid %1").arg(document->tender().bids.at(std::size_t(position)).id));
}

void RemoveBidCommand::redo()
{
    m_removed = std::move(m_document->removeBids(m_position, 1).front());
}

void RemoveBidCommand::undo()
{
    m_document->insertBids(m_position, {m_removed});
}

SetBidFieldCommand::SetBidFieldCommand(TenderDocument* document, int bid, BidField field,
                                       QVariant value, QUndoCommand* parent)
    : ChangeValue(document, place::BidField{bid, field}, std::move(value),
                  tr("Change %1 of %2")
                      .arg(fieldLabel(field), document->tender().bids.at(std::size_t(bid)).id),
                  int(CommandId::SetBidField), parent)
{}

ImportBidsCommand::ImportBidsCommand(TenderDocument* document, std::vector<Bid> bids,
                                     const QString& fileName, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_position(int(document->tender().bids.size()))
    , m_bids(std::move(bids))
{
    setText(tr("Import %n bid(s) from %1", nullptr, int(m_bids.size())).arg(fileName));
}

void ImportBidsCommand::redo()
{
    m_document->insertBids(m_position, m_bids);
}

void ImportBidsCommand::undo()
{
    if (!m_bids.empty())
        m_document->removeBids(m_position, int(m_bids.size()));
}

} // namespace tulana
