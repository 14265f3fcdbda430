#pragma once

#include "training/Grading.h"
#include "training/TrainingCase.h"

#include <QGroupBox>

#include <functional>
#include <map>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tulana::training {

class TrainingSession;

// One question of the current step, inside the training panel: the prompt,
// the input its kind needs (choice: radio or check buttons; consideration:
// the six Table 3 considerations by name; number: a field read like the
// app's amount fields, with the unit; justification: a text box with a
// word count), "Check answer", "Show hint", and the feedback once checked:
// right or wrong, the points, the explanation, the sources by title and,
// for a justification, the concepts missed.
class QuestionCard : public QGroupBox
{
    Q_OBJECT
public:
    QuestionCard(TrainingSession* session, const Question& question,
                 const std::map<QString, Source>& sources, QWidget* parent = nullptr);

    QString questionId() const { return m_question.id; }
    // What the inputs hold now; nullopt (and the reason in `why`) when the
    // trainee has not answered or a number cannot be read.
    std::optional<Answer> currentAnswer(QString* why) const;
    // Checks the answer through the session and shows the feedback.
    void check();
    void showHint();
    QString feedbackText() const;

signals:
    // After an answer was graded (the session's scores changed).
    void answered(const QString& questionId);

private:
    QWidget* makeInput();
    QWidget* makeButtons(bool radio, const std::vector<std::pair<QString, QString>>& options);
    void showFeedback(const Feedback& feedback);
    void restore();
    void updateWordCount();

    TrainingSession* m_session;
    // Copies: the card outlives nothing it was made from, whatever the
    // order the panel and the session are torn down in.
    Question m_question;
    std::map<QString, Source> m_sources;

    QButtonGroup* m_buttons = nullptr;
    QLineEdit* m_number = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_wordCount = nullptr;
    QPushButton* m_check;
    QPushButton* m_hint;
    QLabel* m_hints;
    QLabel* m_feedback;
};

} // namespace tulana::training
