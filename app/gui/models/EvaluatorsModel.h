#pragma once

#include <QAbstractTableModel>

namespace tulana {

class TenderDocument;

// The evaluation committee of a TenderDocument, in the order of the marks.
class EvaluatorsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        NameColumn,
        DesignationColumn,
        ColumnCount
    };

    explicit EvaluatorsModel(TenderDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void editRejected(const QString& message);

private:
    TenderDocument* m_document;
};

} // namespace tulana
