#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace tulana {

class ConsiderationsModel;
class LeaningChart;
class MessageBar;
class TenderDocument;

// Table 3 for this tender: the six considerations side by side with the
// officer's context (answer and note) and the leaning each answer gives;
// the brief's text for open source and proprietary under the table for the
// selected row, or in two more columns on demand; the citation under them; the count of leanings as
// a chart, and the overall recommendation in plain words, following every edit.
class ConsiderationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConsiderationsPage(TenderDocument* document, QWidget* parent = nullptr);

    ConsiderationsModel* model() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updatePurpose();
    void updateRecommendation();
    void fitRows();
    void setTable3InTable(bool shown);
    void updateTable3Detail();

    TenderDocument* m_document;
    ConsiderationsModel* m_model;
    QLineEdit* m_purpose;
    QTableView* m_table;
    QLabel* m_citation;
    MessageBar* m_headline;
    QTextBrowser* m_reasons;
    LeaningChart* m_chart;
    QCheckBox* m_showTable3;
    QTextBrowser* m_table3Detail; // the selected row's Table 3 text, when not in the table
};

} // namespace tulana
