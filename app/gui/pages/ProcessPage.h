#pragma once

#include "process/Acts.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableView;

namespace tulana {

class MessageBar;
class ProcessLogModel;
class TenderDocument;

// The evaluation as a recorded process (docs/process.md): whether the log
// verified when the tender was opened, the stage, what each act has fixed
// and why it cannot be edited, the log's entries in plain words, and the
// checkpoint to keep outside the file; and the acts that can be done next,
// each through its dialog (recording/ActDialogs.h). For a tender that does
// not record its process the page says so, and what that means, and offers
// to announce its rules.
class ProcessPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProcessPage(TenderDocument* document, QWidget* parent = nullptr);

    ProcessLogModel* logModel() const { return m_logModel; }
    // The button that starts `act`'s dialog (hidden when the act is out of
    // order, disabled when the tender is not ready for it).
    QPushButton* actButton(process::Act act) const;

private:
    void update();
    void updateActs();
    void startAct(process::Act act);
    void newKey();
    void updateVerification();
    void updateLocks();

    TenderDocument* m_document;
    ProcessLogModel* m_logModel;
    MessageBar* m_verification;
    QLabel* m_stage;
    QWidget* m_recorded;          // what only a recorded process has to show
    std::vector<QLabel*> m_locks; // one per part, in process::Part's order
    QTableView* m_log;
    QLabel* m_checkpoint;
    QWidget* m_next;
    QLabel* m_notYet;
    std::vector<QPushButton*> m_actButtons; // one per act, in process::allActs() order
    MessageBar* m_correcting;
    QWidget* m_correctingButtons;
};

} // namespace tulana
