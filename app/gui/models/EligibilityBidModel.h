#pragma once

#include <QAbstractTableModel>

namespace tulana {

class TenderDocument;

// The base of the tables about one bid's eligibility (its findings, its
// certifications): which bid is shown, kept right while bids are inserted
// or removed, and the row count refreshed when the bid's eligibility
// changes. Subclasses say how many rows and columns the bid has.
class EligibilityBidModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    int bid() const { return m_bid; }
    void setBid(int bid); // -1: none (no rows)

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    EligibilityBidModel(TenderDocument* document, int columns, QObject* parent);

    // A reset when the number of rows changed, else every cell changed.
    void refresh();
    virtual int currentRows() const = 0;

    TenderDocument* m_document;
    int m_bid = -1;
    int m_rows = 0;

private:
    int m_columns;
};

} // namespace tulana
