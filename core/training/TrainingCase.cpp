#include "training/TrainingCase.h"

#include "i18n/Language.h"

#include <algorithm>
#include <array>
#include <utility>

namespace tulana::training {
namespace {

constexpr std::array<std::pair<QuestionKind, const char*>, 4> kKinds{{
    {QuestionKind::Choice, "choice"},
    {QuestionKind::Consideration, "consideration"},
    {QuestionKind::Number, "number"},
    {QuestionKind::Justification, "justification"},
}};

constexpr std::array<std::pair<EngineValue, const char*>, 9> kValues{{
    {EngineValue::Combined, "combined"},
    {EngineValue::Technical, "technical"},
    {EngineValue::Financial, "financial"},
    {EngineValue::EvaluatedPrice, "evaluatedPrice"},
    {EngineValue::LifecycleCost, "lifecycleCost"},
    {EngineValue::Rank, "rank"},
    {EngineValue::PriceToWin, "priceToWin"},
    {EngineValue::PriceCutToWin, "priceCutToWin"},
    {EngineValue::TechnicalWeightToWin, "technicalWeightToWin"},
}};

template <typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [v, key] : table)
        if (v == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromKey(const std::array<std::pair<E, const char*>, N>& table, const QString& key)
{
    for (const auto& [v, k] : table)
        if (key == QLatin1String(k))
            return v;
    return std::nullopt;
}

template <typename T> const T* findById(const std::vector<T>& items, const QString& id)
{
    const auto it =
        std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

QString Translated::text() const
{
    return in(i18n::currentLanguage());
}

QString Translated::in(const QString& language) const
{
    if (language == QLatin1String("hi") && !hi.isEmpty())
        return hi;
    return en;
}

QString toKey(QuestionKind kind)
{
    return keyOf(kKinds, kind);
}

std::optional<QuestionKind> questionKindFromKey(const QString& key)
{
    return fromKey(kKinds, key);
}

QString toKey(EngineValue value)
{
    return keyOf(kValues, value);
}

std::optional<EngineValue> engineValueFromKey(const QString& key)
{
    return fromKey(kValues, key);
}

const Option* Question::option(const QString& optionId) const
{
    return findById(options, optionId);
}

const Goal* TrainingCase::goal(const QString& goalId) const
{
    return findById(goals, goalId);
}

const Question* TrainingCase::question(const QString& questionId) const
{
    return findById(questions, questionId);
}

int TrainingCase::stepOf(const QString& questionId) const
{
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (steps[i].questions.contains(questionId))
            return int(i);
    return -1;
}

double TrainingCase::maxPoints() const
{
    double sum = 0;
    for (const Question& q : questions)
        sum += q.points;
    return sum;
}

const TrainingCase* TrainingPack::trainingCase(const QString& caseId) const
{
    return findById(cases, caseId);
}

double TrainingPack::maxPoints() const
{
    double total = 0;
    for (const TrainingCase& c : cases)
        total += c.maxPoints();
    return total;
}

} // namespace tulana::training
