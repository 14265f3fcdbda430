#pragma once

#include <QAbstractTableModel>

namespace tulana {

class TenderDocument;

// The tender's pass/fail eligibility criteria, one row each, with the
// alternatives each allows as check boxes. Edits go through
// SetEligibilityCriteriaCommand.
class EligibilityCriteriaModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        NameColumn,
        KindColumn,
        RequirementColumn,
        PilotColumn, // a pilot deployment is accepted in its place
        AuditColumn, // a third-party audit is accepted in its place
        ColumnCount
    };

    explicit EligibilityCriteriaModel(TenderDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Adds a criterion at the end with a fresh id ("E4"); returns its row.
    int addCriterion();
    void removeCriterion(int row);

signals:
    void editRejected(const QString& message);

private:
    void refresh();

    TenderDocument* m_document;
    int m_rows = 0;
};

} // namespace tulana
