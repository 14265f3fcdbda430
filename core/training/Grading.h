#pragma once

#include "training/TrainingCase.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tulana::training {

// What a trainee answered. Which field counts depends on the question's kind:
// choice and consideration use `choices` (option ids / a Table 3 id), number
// uses `number`, justification uses `text`.
struct Answer
{
    QStringList choices;
    std::optional<double> number;
    QString text;

    static Answer choice(const QStringList& optionIds) { return {optionIds, std::nullopt, {}}; }
    static Answer consideration(const QString& id) { return {{id}, std::nullopt, {}}; }
    static Answer value(double number) { return {{}, number, {}}; }
    static Answer written(const QString& text) { return {{}, std::nullopt, text}; }

    bool isEmpty() const { return choices.isEmpty() && !number && text.trimmed().isEmpty(); }
    // The answer as one line, for the results file and xAPI "response".
    QString toResponse() const;
    friend bool operator==(const Answer&, const Answer&) = default;
};

struct Feedback
{
    bool correct = false;
    double points = 0;
    double maxPoints = 0;
    QString verdict;      // one sentence: right, or what was wrong
    QString expectedText; // the right answer in words
    QString explanation;  // the question's explanation, in the current language
    QStringList sources;  // the source keys the explanation cites
    QStringList found;    // justification: the concepts mentioned
    QStringList missed;   // justification: the concepts not mentioned
};

// The expected figure of a number question: typed in the case, or computed
// by the engine from `caseTender` (answerFrom). Empty with `error` set when
// it cannot be computed (an unknown bid, a bid that is not ranked...).
std::optional<double> expectedNumber(const Question& question, const Tender& caseTender,
                                     QString* error = nullptr);

// Grades one answer (docs/training.md, "How answers are graded"):
// choice and consideration: right or wrong, all points or none;
// number: right within the tolerance; justification: at least minimumWords
// words, and each concept of mustMention found earns its share of the points
// (a checklist, not understanding: the model answer is shown to compare).
Feedback grade(const Question& question, const Answer& answer, const Tender& caseTender);

// Words in a text (runs of letters or digits, in any script).
int wordCount(const QString& text);

} // namespace tulana::training
