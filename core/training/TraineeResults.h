#pragma once

#include "diagnostics/Problem.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace tulana::training {

inline constexpr const char* kResultsFormat = "tulana-training-results";
inline constexpr int kResultsFormatVersion = 1;

// The results file a trainer collects (docs/training.md, "The results file").

struct Trainee
{
    QString name;
    QString email;           // optional: becomes the xAPI actor's mbox
    QString account;         // optional: an id on a learning platform (iGOT...)
    QString accountHomePage; // the platform's address, for the xAPI account
};

struct QuestionResult
{
    QString questionId;
    QString goal;
    QString kind; // toKey(QuestionKind)
    QString prompt;
    QString response; // the first answer, as one line
    bool correct = false;
    double points = 0;
    double max = 0;
    int attempts = 0;
    int hintsUsed = 0;
    QDateTime answeredAt;
};

struct GoalResult
{
    QString goalId;
    QString text;
    double points = 0;
    double max = 0;
};

struct CaseResult
{
    QString caseId;
    QString title;
    QDateTime started;
    QDateTime finished; // invalid while the case is not complete
    bool completed = false;
    double points = 0;
    double max = 0;
    std::vector<GoalResult> goals;
    std::vector<QuestionResult> answers;

    double scaled() const { return max > 0 ? points / max : 0; }
};

struct TraineeResults
{
    Trainee trainee;
    QString language; // "en", "hi"
    QString packId;
    QString packTitle;
    // What the pack announced, kept with the results so that a certificate's
    // pass/not passed and its identifier can be checked from this file alone.
    QString packVersion;
    QString issuer;                   // in English, as the pack names it
    std::optional<double> passMark;   // percent of packPoints; none announced: empty
    std::optional<double> packPoints; // the points of every case of the pack
    std::vector<CaseResult> cases;

    // Adds the case's result, replacing an earlier one of the same case.
    void record(const CaseResult& result);
    std::vector<const CaseResult*> completedCases() const;
};

QByteArray writeResults(const TraineeResults& results);

struct ResultsLoad
{
    std::optional<TraineeResults> results;
    Problems problems; // with JSON paths
};
ResultsLoad readResults(const QByteArray& json);

} // namespace tulana::training
