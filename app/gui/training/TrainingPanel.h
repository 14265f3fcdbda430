#pragma once

#include "training/TrainingCase.h"

#include <QWidget>

#include <map>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace tulana::training {

class QuestionCard;
class TrainingSession;

// The side panel of training mode (in a dock beside the pages): the case's
// title and goals, the current step's text, its questions (QuestionCard),
// Back and Next, and the progress: step, questions answered, score so far.
class TrainingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingPanel(QWidget* parent = nullptr);

    // Shows `session` from its current step; nullptr: nothing to show. The
    // session must outlive the panel's use of it (until the next call).
    void setSession(TrainingSession* session, const std::map<QString, Source>& sources);
    TrainingSession* session() const { return m_session; }

    QList<QuestionCard*> questionCards() const;
    QString progressText() const;

    void goNext();
    void goBack();

signals:
    // The step shown changed; `anchor` is where it points (may be empty).
    void stepShown(const QString& anchor);
    void answered();
    void finishRequested();

private:
    void showStep();
    void updateProgress();

    TrainingSession* m_session = nullptr;
    std::map<QString, Source> m_sources;

    QLabel* m_title;
    QLabel* m_goals;
    QLabel* m_progress;
    QLabel* m_stepTitle;
    QLabel* m_stepText;
    QScrollArea* m_scroll;
    QWidget* m_questions;
    QVBoxLayout* m_questionsLayout;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_finish;
};

} // namespace tulana::training
