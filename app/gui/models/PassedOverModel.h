#pragma once

#include "decision/Departure.h"

#include <QAbstractTableModel>

namespace tulana {

class TenderDocument;

// The open-source bids the document's decision passes over (core
// detectDeparture()), best ranked first, with the gaps: each the selected
// bid's figure minus the open bid's, so a positive score gap means the
// selected bid scored higher, a positive price gap that it costs more.
// Read-only; follows every edit.
class PassedOverModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        BidColumn,
        BidderColumn,
        RankColumn,
        ScoreGapColumn,
        TechnicalGapColumn,
        PriceGapColumn,
        PriceGapPercentColumn,
        ColumnCount
    };

    explicit PassedOverModel(TenderDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Departure& departure() const { return m_departure; }

private:
    void refresh();
    QVariant displayData(const PassedOverBid& p, int column) const;
    QVariant number(const PassedOverBid& p, int column) const;

    TenderDocument* m_document;
    Departure m_departure;
};

} // namespace tulana
