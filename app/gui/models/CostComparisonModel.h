#pragma once

#include "report/CostComparison.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace tulana {

class TenderDocument;

// The bids' cost lines side by side: one column per bid, one row per kind
// of cost that some bid has (the sum of its lines of that kind: a year's
// amount for recurring kinds), then the totals: the quoted price, the
// lifecycle cost undiscounted and its net present value, and the lock-in
// indicator. Read-only; refresh() reads the document again (the Costs page
// calls it when shown, not on every edit while hidden).
class CostComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum TotalRow
    {
        QuotedPriceRow,
        UndiscountedRow,
        NpvRow,
        LockInRow,
        TotalRowCount
    };

    explicit CostComparisonModel(TenderDocument* document, QObject* parent = nullptr);

    void refresh();
    const cost::CostComparison& comparison() const { return m_comparison; }
    // The kinds shown, in the data file's order; the totals follow them.
    const QStringList& kinds() const { return m_kinds; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant kindCell(int kind, int bid, int role) const;
    QVariant totalCell(int row, int bid, int role) const;

    TenderDocument* m_document;
    cost::CostComparison m_comparison;
    QStringList m_kinds;
    QStringList m_bidIds;
};

} // namespace tulana
