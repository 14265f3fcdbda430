#pragma once

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

class RegistryModel;

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

    // Reads the records again (after an addition elsewhere, say).
    void refresh();

signals:
    // The record's tender file, to open in the app.
    void openTenderRequested(const QString& path);

private:
    registry::RegistryFilter currentFilter() const;
    void fillFilterChoices();
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
    QWidget* m_charts;
    QGridLayout* m_chartGrid;
    QLabel* m_count;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace tulana
