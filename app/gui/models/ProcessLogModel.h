#pragma once

#include <QAbstractTableModel>

namespace tulana {

class TenderDocument;

// The recorded process's log (core/tender/Process.h) in plain words, one
// entry a row: its number, time (UTC), who acted (the committee member's
// name, or the officer), the act, the summary said when it was done and
// the reason of a corrigendum or an unlock. Read-only: the log is only
// ever appended to by an act, never edited. Empty for a tender that does
// not record its process.
class ProcessLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        TimeColumn,
        ActorColumn,
        ActColumn,
        SummaryColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit ProcessLogModel(TenderDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Who an actor id stands for: the member's name, or "Officer".
    QString actorName(const QString& actor) const;

private:
    QVariant displayData(int row, int column) const;

    TenderDocument* m_document;
};

} // namespace tulana
