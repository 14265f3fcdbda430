#pragma once

#include "document/DocumentTypes.h"
#include "document/TenderChange.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace tulana {

struct Bid;
class TenderDocument;

// The bids of a TenderDocument, one row per bid in the tender's order.
// Edits become undo commands; an edit the tender cannot take (a price that
// is not a positive amount, a duplicate id) is refused with editRejected()
// and changes nothing.
class BidsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        BidderColumn,
        SystemColumn,
        NatureColumn,
        PriceColumn,
        TaxColumn,
        StatusColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit BidsModel(TenderDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Bid* bidAt(int row) const;
    static BidField fieldOf(int column);
    static int columnOf(BidField field);

signals:
    void editRejected(const QString& message);

private:
    void onChanged(const TenderChange& change);
    QVariant displayData(const Bid& bid, int column) const;
    QVariant editData(const Bid& bid, int column) const;
    bool checkValue(const Bid& bid, int column, const QVariant& value, QVariant* checked);

    TenderDocument* m_document;
    QIcon m_warning;
};

} // namespace tulana
