#pragma once

#include "RegistryModel.h"
#include "registry/RegistryStore.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTabWidget;

namespace tulana {

// The registry of AI procurements in a window of its own: a search box and
// filters (entity, year, nature, departure, MOF class, status), the records
// sorted by any column, a record's tender opened in the app, and the charts a
// state IT department asks for (docs/registry.md). The registry is the one
// the settings name (the user's SQLite file by default).
class RegistryWindow : public QWidget
{
    Q_OBJECT
public:
    // Opens `connection`; the window says why when it cannot.
    explicit RegistryWindow(const registry::Connection& connection, QWidget* parent = nullptr);
    ~RegistryWindow() override;

    RegistryModel* model() const { return m_model; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* filter(const QString& name) const; // "entity", "year", "nature"...
    QTabWidget* tabs() const { return m_tabs; }

    // Reads the records again (after an addition elsewhere, say): the
    // first page, and how many match.
    void refresh();
    // Rows read a page at a time (500 unless a test says otherwise).
    void setPageSize(int rows);

signals:
    // The record's tender file, to open in the app.
    void openTenderRequested(const QString& path);

private:
    registry::RegistryFilter currentFilter() const;
    void fillFilterChoices();
    // The rows of the shown search from `offset`, a page of them.
    std::optional<RegistryModel::Page> fetchPage(int offset);
    void updateCount();
    // The charts are of every record that matches, read when the Charts
    // tab shows (not a page's worth, and not on every keystroke).
    void updateCharts();
    void openSelectedTender();

    std::unique_ptr<registry::RegistryStore> m_store;
    RegistryModel* m_model;
    QLabel* m_message;
    QLineEdit* m_search;
    QComboBox* m_entity;
    QComboBox* m_year;
    QComboBox* m_nature;
    QComboBox* m_departure;
    QComboBox* m_mofClass;
    QComboBox* m_status;
    QTableView* m_table;
    QPushButton* m_openTender;
    QTabWidget* m_tabs;
    QWidget* m_chartsTab;
    QLabel* m_chartNote;
    QWidget* m_charts;
    QGridLayout* m_chartGrid;
    QLabel* m_count;
    registry::RegistryFilter m_shown; // the search and filters of the rows shown
    int m_matching = 0;               // how many match (capped for a search)
    int m_pageSize = 500;
    bool m_chartsStale = true;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace tulana
