#pragma once

#include "registry/RegistryStore.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace tulana {

// The registry's records as the Registry window lists them, one row each.
// It holds what the store returned for the window's search and filters, a
// page at a time: the view asks for the next page (canFetchMore, fetchMore)
// as it scrolls to the end. Sorting is the store's (a header click asks for
// the rows again), so a registry of 100,000 records is never read whole or
// sorted in the window.
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

    // The rows from `offset` on, and whether any follow them; nothing when
    // the registry cannot be read.
    struct Page
    {
        std::vector<registry::RegistryRow> rows;
        bool more = false;
    };
    using PageFetcher = std::function<std::optional<Page>(int offset)>;

    explicit RegistryModel(QObject* parent = nullptr);

    // The first page; `fetch` gives the following ones.
    void setRows(std::vector<registry::RegistryRow> rows, bool more = false,
                 PageFetcher fetch = {});
    const std::vector<registry::RegistryRow>& rows() const { return m_rows; }
    const registry::RegistryRow* rowAt(int row) const;
    // The store's order for a column.
    static registry::SortColumn sortColumn(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void pageFetched();

private:
    std::vector<registry::RegistryRow> m_rows;
    bool m_more = false;
    PageFetcher m_fetch;
};

} // namespace tulana
