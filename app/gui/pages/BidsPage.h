#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace tulana {

class BidsModel;
class MessageBar;
class TenderDocument;

// The bids: a table with proper editors (a list for nature and status, an
// amount field with the currency for price and tax), adding and removing
// bids, and importing them from a CSV file through the core's importer.
class BidsPage : public QWidget
{
    Q_OBJECT
public:
    explicit BidsPage(TenderDocument* document, QWidget* parent = nullptr);

    BidsModel* model() const { return m_model; }

    void addBid();
    void removeCurrent();
    // Asks for a CSV file and imports it.
    void importBids();
    // Imports a CSV file; located problems are shown in a dialog and, when
    // any is an error, nothing is imported. Returns whether bids were added.
    bool importBidsFile(const QString& path);
    // Asks where, and writes a CSV with the columns this tender's import
    // expects (bidCsvTemplate), for the officer to fill in a spreadsheet.
    void saveTemplate();
    bool saveTemplateFile(const QString& path);

private:
    void updateButtons();

    TenderDocument* m_document;
    BidsModel* m_model;
    QTableView* m_table;
    MessageBar* m_message;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_import;
};

} // namespace tulana
