#pragma once

#include "committee/EvaluatorSheet.h"

#include <QAbstractTableModel>

namespace tulana {

// One bid's marks on a member's evaluator sheet (committee/EvaluatorSheet.h):
// a row per criterion with its maximum, the member's mark and their note.
// Marks and notes can be edited only once the member has declared no
// conflict of interest with the bid; a bid they declared a conflict with is
// not marked at all.
class SheetMarksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CriterionColumn,
        MaximumColumn,
        MarksColumn,
        NoteColumn,
        ColumnCount
    };

    explicit SheetMarksModel(committee::EvaluatorSheet* sheet, QObject* parent = nullptr);

    // Which bid's marks the rows show (an index into the sheet's bids).
    void showBid(int bid);
    int bid() const { return m_bid; }
    // The declaration of the bid shown changed: which cells can be edited.
    void declarationChanged();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void sheetEdited();

private:
    bool markable() const;
    const committee::SheetMark* markAt(int row) const;

    committee::EvaluatorSheet* m_sheet;
    int m_bid = -1;
};

} // namespace tulana
