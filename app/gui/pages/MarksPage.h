#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTableView;

namespace tulana {

class DisagreementModel;
class MarksModel;
class MessageBar;
class TenderDocument;

// The marks sheets: pick an evaluator (or the committee average) and enter
// their marks, criteria down and bids across, with the technical score the
// marks give in the last row. Below, the members' disagreement: a heat map of
// each criterion's spread on each bid (its band in words and colour) and the
// findings: marks unlike the others', notably lenient or severe members,
// whether one member decides the award and whether moderation changed it.
class MarksPage : public QWidget
{
    Q_OBJECT
public:
    explicit MarksPage(TenderDocument* document, QWidget* parent = nullptr);

    MarksModel* model() const { return m_model; }
    DisagreementModel* disagreement() const { return m_disagreement; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillEvaluators();
    void updateHint();
    void updateEvidence();
    QWidget* makeDisagreementPanel();
    // Worked out only while the page shows: leave-one-member-out evaluates
    // the tender once per member.
    void updateDisagreement();

    TenderDocument* m_document;
    MarksModel* m_model;
    QComboBox* m_evaluator;
    QTableView* m_table;
    MessageBar* m_hint;
    MessageBar* m_message;
    QLabel* m_evidence; // certifications offered, beside the criteria they may bear on
    DisagreementModel* m_disagreement;
    QTableView* m_heatMap;
    QListWidget* m_findings;
    bool m_disagreementStale = true;
};

} // namespace tulana
