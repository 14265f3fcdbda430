#pragma once

#include "registry/RegistryStore.h"

#include <QAbstractTableModel>

#include <vector>

namespace tulana {

// The registry's records as the Registry window lists them, one row each.
// It holds what the store returned for the window's search and filters;
// sorting is the store's (a header click asks for the rows again), so a
// registry of 100,000 records is never sorted in the window.
class RegistryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Reference,
        Title,
        Entity,
        Decided,
        System,
        Nature,
        MofClass,
        Departs,
        LifecycleCost,
        Status,
        ColumnCount
    };

    explicit RegistryModel(QObject* parent = nullptr);

    void setRows(std::vector<registry::RegistryRow> rows);
    const std::vector<registry::RegistryRow>& rows() const { return m_rows; }
    const registry::RegistryRow* rowAt(int row) const;
    // The store's order for a column.
    static registry::SortColumn sortColumn(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<registry::RegistryRow> m_rows;
};

} // namespace tulana
