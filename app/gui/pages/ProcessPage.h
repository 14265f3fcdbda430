#pragma once

#include <QWidget>

#include <vector>

class QLabel;
class QTableView;

namespace tulana {

class MessageBar;
class ProcessLogModel;
class TenderDocument;

// The evaluation as a recorded process (docs/process.md): whether the log
// verified when the tender was opened, the stage, what each act has fixed
// and why it cannot be edited, the log's entries in plain words, and the
// checkpoint to keep outside the file. For a tender that does not record
// its process the page says so, and what that means, and shows no more.
class ProcessPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProcessPage(TenderDocument* document, QWidget* parent = nullptr);

    ProcessLogModel* logModel() const { return m_logModel; }

private:
    void update();
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
};

} // namespace tulana
