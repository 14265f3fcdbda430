#pragma once

#include "training/Grading.h"
#include "training/TraineeResults.h"
#include "training/TrainingCase.h"

#include <QDateTime>

#include <map>

namespace tulana::training {

struct Score
{
    double points = 0;
    double max = 0;
    double scaled() const { return max > 0 ? points / max : 0; } // 0..1
};

// One question as the trainee has dealt with it so far.
struct AnswerRecord
{
    Answer answer;     // the first answer: the one that is scored
    Feedback feedback; // of the first answer
    Answer lastAnswer; // the latest attempt (equal to `answer` after one)
    Feedback lastFeedback;
    QDateTime firstAnsweredAt;
    int attempts = 0;
};

// One trainee working through one case. The first answer to a question is
// the one scored; the trainee may try again to see the feedback (attempts
// are counted). Hints are counted and never cost points. The tender is a
// copy the trainee may change freely; the case file is never written.
class TrainingSession
{
public:
    explicit TrainingSession(TrainingCase trainingCase, QDateTime started = {});

    const TrainingCase& trainingCase() const { return m_case; }
    Tender& tender() { return m_tender; }
    const Tender& tender() const { return m_tender; }

    int stepCount() const { return int(m_case.steps.size()); }
    int currentStep() const { return m_step; }
    const Step* step() const;
    bool next();     // false at the last step
    bool previous(); // false at the first
    void goToStep(int index);

    // Grades against the case's tender as loaded (not the trainee's copy, so
    // what-if edits do not move the expected answers). Unknown ids give a
    // Feedback with maxPoints 0 and are not recorded.
    Feedback answer(const QString& questionId, const Answer& answer, QDateTime at = {});
    // The next hint of the question (empty when all are shown); counted.
    QString takeHint(const QString& questionId);
    int hintsUsed(const QString& questionId) const;

    const AnswerRecord* record(const QString& questionId) const;
    bool isAnswered(const QString& questionId) const { return record(questionId) != nullptr; }
    int answeredCount() const { return int(m_records.size()); }
    bool isComplete() const; // every question answered

    Score score() const; // the case
    Score goalScore(const QString& goalId) const;

    QDateTime started() const { return m_started; }
    QDateTime finished() const { return m_finished; } // when the last question was answered

    // The case's entry for the results file.
    CaseResult result() const;

private:
    TrainingCase m_case;
    Tender m_original;
    Tender m_tender;
    int m_step = 0;
    std::map<QString, AnswerRecord> m_records;
    std::map<QString, int> m_hints;
    QDateTime m_started;
    QDateTime m_finished;
};

} // namespace tulana::training
