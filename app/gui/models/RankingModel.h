#pragma once

#include "scoring/Derivation.h"

#include <QAbstractTableModel>

#include <vector>

namespace tulana {

class TenderDocument;

// The evaluation of a TenderDocument as a ranking: ranked bids best first,
// then the bids not ranked, each with its standing or the reason it is not
// qualified. Read-only; follows every re-evaluation by moving rows (a layout
// change that keeps the selection on the same bid) and updating scores.
class RankingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RankColumn,
        BidColumn,
        BidderColumn,
        NatureColumn,
        TechnicalColumn,
        PriceColumn,
        FinancialColumn,
        CombinedColumn,
        StandingColumn,
        ColumnCount
    };

    explicit RankingModel(TenderDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Index into Tender::bids of the bid shown in `row`.
    int bidAt(int row) const;
    int rowOfBid(int bid) const;
    // How the number in a cell was obtained; not available for text columns
    // or numbers the evaluation did not produce (a price never opened).
    Derivation derivationAt(const QModelIndex& index) const;

private:
    std::vector<int> rankedOrder() const;
    void reorder();
    QVariant displayData(int bid, int column) const;

    TenderDocument* m_document;
    std::vector<int> m_order; // bid index per row
};

} // namespace tulana
