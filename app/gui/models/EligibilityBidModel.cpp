#include "models/EligibilityBidModel.h"

#include "document/TenderDocument.h"

namespace tulana {

EligibilityBidModel::EligibilityBidModel(TenderDocument* document, int columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_columns(columns)
{
    connect(document, &TenderDocument::tenderReset, this, [this] { setBid(-1); });
    connect(document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        if (change.is(TenderChange::What::BidEligibility) && change.concernsBid(m_bid))
            refresh();
    });
    // Bids come and go: the index this model shows may no longer be its bid.
    connect(document, &TenderDocument::bidsAboutToBeRemoved, this, [this](int first, int last) {
        if (m_bid >= first && m_bid <= last)
            setBid(-1);
        else if (m_bid > last)
            m_bid -= last - first + 1;
    });
    connect(document, &TenderDocument::bidsInserted, this, [this](int first, int last) {
        if (m_bid >= first)
            m_bid += last - first + 1;
    });
}

void EligibilityBidModel::setBid(int bid)
{
    beginResetModel();
    m_bid = bid >= 0 && std::size_t(bid) < m_document->tender().bids.size() ? bid : -1;
    m_rows = currentRows();
    endResetModel();
}

void EligibilityBidModel::refresh()
{
    const int rows = currentRows();
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, m_columns - 1));
    }
}

int EligibilityBidModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EligibilityBidModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

} // namespace tulana
