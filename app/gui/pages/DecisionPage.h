#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace tulana {

class JustificationEditor;
class MessageBar;
class PassedOverModel;
class TenderDocument;

// The officer's decision: the bid selected (by default the evaluation's
// winner) and the date; what the selection departs from, with the
// open-source bids passed over and by how much; the justification; and
// Finalise, which is refused, naming what is missing, while a departure
// lacks its justification. A finalised decision is read-only until it is
// reopened (an undoable step); any later edit of what it was finalised on
// withdraws the finalisation (document/DecisionSeal.h).
class DecisionPage : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionPage(TenderDocument* document, QWidget* parent = nullptr);

    PassedOverModel* passedOverModel() const { return m_passedOverModel; }
    JustificationEditor* justificationEditor() const { return m_justification; }

    // Buttons for the memo's actions (owned by the window), beside Finalise.
    void addMemoActions(const QList<QAction*>& actions);

    // Finalises the decision, or refuses in a message box that lists what
    // is missing. True when finalised.
    bool finalise();
    void reopen();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void update();
    void updateStatus();
    void fillBids();
    void selectBid();
    void commitDate();

    TenderDocument* m_document;
    PassedOverModel* m_passedOverModel;
    MessageBar* m_status;
    QComboBox* m_bid;
    QLabel* m_bidHint;
    QDateEdit* m_date;
    QLabel* m_departure;
    QTableView* m_passedOver;
    QLabel* m_gapNote = nullptr;
    JustificationEditor* m_justification;
    QLabel* m_missing;
    QPushButton* m_finalise;
    QPushButton* m_reopen;
    QHBoxLayout* m_actions;
    bool m_stale = false;
};

} // namespace tulana
