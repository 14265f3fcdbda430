#pragma once

#include "commands/ChangeValue.h"
#include "document/TenderPlaces.h"

#include "document/DocumentTypes.h"
#include "tender/Bid.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

#include <vector>

namespace tulana {

class TenderDocument;

// Adds one bid ("Add bid B4").
class AddBidCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddBidCommand)
public:
    AddBidCommand(TenderDocument* document, int position, Bid bid, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TenderDocument* m_document;
    int m_position;
    Bid m_bid;
};

// Removes one bid with its marks ("Remove bid B2").
class RemoveBidCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveBidCommand)
public:
    RemoveBidCommand(TenderDocument* document, int position, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TenderDocument* m_document;
    int m_position;
    Bid m_removed;
};

// Changes one field of a bid ("Change price of B2"); consecutive changes of
// the same field of the same bid merge, so typing is one step.
class SetBidFieldCommand : public ChangeValue<place::BidField>
{
    Q_DECLARE_TR_FUNCTIONS(SetBidFieldCommand)
public:
    SetBidFieldCommand(TenderDocument* document, int bid, BidField field, QVariant value,
                       QUndoCommand* parent = nullptr);
};

// Appends the bids read by the core's CSV importer, as one step ("Import 3
// bids from bids.csv").
class ImportBidsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportBidsCommand)
public:
    ImportBidsCommand(TenderDocument* document, std::vector<Bid> bids, const QString& fileName,
                      QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TenderDocument* m_document;
    int m_position;
    std::vector<Bid> m_bids;
};

} // namespace tulana
