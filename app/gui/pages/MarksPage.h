#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace tulana {

class MarksModel;
class MessageBar;
class TenderDocument;

// The marks sheets: pick an evaluator (or the committee average) and enter
// their marks, criteria down and bids across, with the technical score the
// marks give in the last row.
class MarksPage : public QWidget
{
    Q_OBJECT
public:
    explicit MarksPage(TenderDocument* document, QWidget* parent = nullptr);

    MarksModel* model() const { return m_model; }

private:
    void fillEvaluators();
    void updateHint();
    void updateEvidence();

    TenderDocument* m_document;
    MarksModel* m_model;
    QComboBox* m_evaluator;
    QTableView* m_table;
    MessageBar* m_hint;
    MessageBar* m_message;
    QLabel* m_evidence; // certifications offered, beside the criteria they may bear on
};

} // namespace tulana
