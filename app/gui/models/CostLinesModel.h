#pragma once

#include "commands/CostCommands.h"
#include "document/TenderChange.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <optional>

namespace tulana {

class TenderDocument;

// The cost lines of one bid (docs/scoring.md, "Lifecycle cost"), one row
// per line: its kind, when it falls, the years it gives, the amount and a
// note. Edits become undo commands; a value the line cannot take (a
// negative amount, a year that is not a whole number) is refused with
// editRejected(). What the validator finds wrong (a year beyond the
// horizon) is marked on the line, with the message as a tool tip.
class CostLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        TimingColumn,
        FromYearColumn,
        ToYearColumn,
        AmountColumn,
        NoteColumn,
        ColumnCount
    };

    explicit CostLinesModel(TenderDocument* document, QObject* parent = nullptr);

    // The bid shown (an index into the tender's bids; -1: none).
    int bid() const { return m_bid; }
    void setBid(int bid);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static CostLineField fieldOf(int column);

signals:
    void editRejected(const QString& message);

private:
    const std::vector<cost::CostLine>* lines() const;
    QStringList problemsOf(int line) const;
    bool checkValue(int column, const QVariant& value, QVariant* checked);
    void linesAboutToChange(const TenderChange& change);
    void linesChanged(const TenderChange& change);

    TenderDocument* m_document;
    int m_bid = -1;
    int m_rows = 0;
    std::optional<TenderChange::Rows::Kind> m_moving; // between linesAboutToChange and linesChanged
    QIcon m_warning;
};

} // namespace tulana
