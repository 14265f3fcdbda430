#include "training/TrainingSession.h"

#include "i18n/Translate.h"

#include <algorithm>

namespace tulana::training {

TrainingSession::TrainingSession(TrainingCase trainingCase, QDateTime started)
    : m_case(std::move(trainingCase))
    , m_original(m_case.tender.value_or(Tender{}))
    , m_tender(m_original)
    , m_started(started.isValid() ? started : QDateTime::currentDateTimeUtc())
{}

const Step* TrainingSession::step() const
{
    if (m_step < 0 || m_step >= stepCount())
        return nullptr;
    return &m_case.steps[std::size_t(m_step)];
}

bool TrainingSession::next()
{
    if (m_step + 1 >= stepCount())
        return false;
    ++m_step;
    return true;
}

bool TrainingSession::previous()
{
    if (m_step <= 0)
        return false;
    --m_step;
    return true;
}

void TrainingSession::goToStep(int index)
{
    if (index >= 0 && index < stepCount())
        m_step = index;
}

Feedback TrainingSession::answer(const QString& questionId, const Answer& given, QDateTime at)
{
    const Question* question = m_case.question(questionId);
    if (!question) {
        Feedback unknown;
        unknown.verdict = tulana::tr("This case has no question \"%1\".").arg(questionId);
        return unknown;
    }
    if (!at.isValid())
        at = QDateTime::currentDateTimeUtc();
    const Feedback feedback = grade(*question, given, m_original);
    AnswerRecord& record = m_records[questionId];
    if (record.attempts == 0) {
        record.answer = given;
        record.feedback = feedback;
        record.firstAnsweredAt = at;
    }
    ++record.attempts;
    record.lastAnswer = given;
    record.lastFeedback = feedback;
    if (!m_finished.isValid() && isComplete())
        m_finished = at;
    return feedback;
}

QString TrainingSession::takeHint(const QString& questionId)
{
    const Question* question = m_case.question(questionId);
    if (!question)
        return {};
    int& used = m_hints[questionId];
    if (used >= int(question->hints.size()))
        return {};
    return question->hints[std::size_t(used++)].text();
}

int TrainingSession::hintsUsed(const QString& questionId) const
{
    const auto it = m_hints.find(questionId);
    return it == m_hints.end() ? 0 : it->second;
}

const AnswerRecord* TrainingSession::record(const QString& questionId) const
{
    const auto it = m_records.find(questionId);
    return it == m_records.end() ? nullptr : &it->second;
}

bool TrainingSession::isComplete() const
{
    return !m_case.questions.empty() &&
           std::all_of(m_case.questions.begin(), m_case.questions.end(),
                       [&](const Question& q) { return m_records.count(q.id) > 0; });
}

Score TrainingSession::score() const
{
    Score s;
    for (const Question& q : m_case.questions) {
        s.max += q.points;
        if (const AnswerRecord* r = record(q.id))
            s.points += r->feedback.points;
    }
    return s;
}

Score TrainingSession::goalScore(const QString& goalId) const
{
    Score s;
    for (const Question& q : m_case.questions) {
        if (q.goal != goalId)
            continue;
        s.max += q.points;
        if (const AnswerRecord* r = record(q.id))
            s.points += r->feedback.points;
    }
    return s;
}

CaseResult TrainingSession::result() const
{
    CaseResult result;
    result.caseId = m_case.id;
    result.title = m_case.title.text();
    result.started = m_started;
    result.finished = m_finished;
    result.completed = isComplete();
    const Score total = score();
    result.points = total.points;
    result.max = total.max;
    for (const Goal& goal : m_case.goals) {
        const Score s = goalScore(goal.id);
        result.goals.push_back({goal.id, goal.text.text(), s.points, s.max});
    }
    for (const Question& q : m_case.questions) {
        const AnswerRecord* r = record(q.id);
        if (!r)
            continue;
        QuestionResult answer;
        answer.questionId = q.id;
        answer.goal = q.goal;
        answer.kind = toKey(q.kind);
        answer.prompt = q.prompt.text();
        answer.response = r->answer.toResponse();
        answer.correct = r->feedback.correct;
        answer.points = r->feedback.points;
        answer.max = r->feedback.maxPoints;
        answer.attempts = r->attempts;
        answer.hintsUsed = hintsUsed(q.id);
        answer.answeredAt = r->firstAnsweredAt;
        result.answers.push_back(answer);
    }
    return result;
}

} // namespace tulana::training
