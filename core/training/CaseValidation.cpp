// What refers to what in a case (docs/training.md, "Checking a pack"): every
// reference resolves, every id is unique, every question is asked once.
#include "training/TrainingJson.h"

#include "i18n/Translate.h"
#include "training/Grading.h"

#include <QSet>

#include <map>

namespace tulana::training::detail {
namespace {

QString at(const char* list, std::size_t i, const char* key = nullptr)
{
    const QString element = JsonReader::index(QString::fromLatin1(list), i);
    return key ? JsonReader::child(element, key) : element;
}

// Reports ids that are empty-syntax-wrong or repeated; `ids[i]` is at `pathOf(i)`.
template <typename PathOf>
void checkUnique(JsonReader& r, const QStringList& ids, PathOf pathOf, bool optionIds = false)
{
    std::map<QString, qsizetype> first;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString& id = ids.at(i);
        if (id.isEmpty())
            continue;
        optionIds ? checkOptionId(r, id, pathOf(i)) : checkId(r, id, pathOf(i));
        const auto [it, inserted] = first.emplace(id, i);
        if (!inserted)
            r.fail(pathOf(i), tulana::tr("the id \"%1\" is used twice (first at %2)")
                                  .arg(id, pathOf(it->second)));
    }
}

QString listed(QStringList ids)
{
    ids.sort();
    return ids.join(QStringLiteral(", "));
}

void checkChoice(JsonReader& r, const Question& q, std::size_t i)
{
    QStringList optionIds;
    for (const Option& o : q.options)
        optionIds << o.id;
    checkUnique(
        r, optionIds,
        [&](qsizetype k) {
            return JsonReader::child(
                JsonReader::index(at("questions", i, "options"), std::size_t(k)), "id");
        },
        true);
    if (q.options.size() < 2)
        r.fail(at("questions", i, "options"), tulana::tr("a choice needs at least two options"));
    const char* key = q.multiple ? "answers" : "answer";
    if (q.multiple && q.answers.isEmpty())
        r.fail(at("questions", i, key), tulana::tr("list at least one right option"));
    for (qsizetype k = 0; k < q.answers.size(); ++k) {
        const QString path = q.multiple ? JsonReader::index(at("questions", i, key), std::size_t(k))
                                        : at("questions", i, key);
        if (!q.option(q.answers.at(k)))
            r.fail(path, tulana::tr("option \"%1\" is not among the options %2")
                             .arg(q.answers.at(k), optionIds.join(QStringLiteral(", "))));
        if (q.answers.indexOf(q.answers.at(k)) < k)
            r.fail(path, tulana::tr("option \"%1\" is listed twice").arg(q.answers.at(k)));
    }
}

// The model answer should pass its own checklist, in each language it is
// written in: a trainee shown it must not find it marked wrong.
void checkModelAnswer(Problems& warnings, const Question& q, std::size_t i)
{
    for (const QString& text : {q.modelAnswer.en, q.modelAnswer.hi}) {
        if (text.isEmpty())
            continue;
        const QString path = at("questions", i, "modelAnswer");
        if (wordCount(text) < q.minimumWords)
            warnings << warning(
                path, tulana::tr("the model answer has fewer than %1 words").arg(q.minimumWords));
        for (const Concept& c : q.mustMention) {
            const bool mentioned =
                std::any_of(c.anyOf.begin(), c.anyOf.end(), [&](const QString& term) {
                    return !term.trimmed().isEmpty() &&
                           text.contains(term.trimmed(), Qt::CaseInsensitive);
                });
            if (!mentioned)
                warnings << warning(
                    path, tulana::tr("the model answer does not mention \"%1\" (none of its terms)")
                              .arg(c.name.en));
        }
    }
}

void checkQuestion(JsonReader& r, Problems& warnings, const TrainingCase& c, const Question& q,
                   std::size_t i, const References& references)
{
    QStringList goalIds;
    for (const Goal& g : c.goals)
        goalIds << g.id;
    if (!q.goal.isEmpty() && !c.goal(q.goal))
        r.fail(at("questions", i, "goal"),
               tulana::tr("no goal has the id \"%1\" (goals: %2)").arg(q.goal, listed(goalIds)));
    if (q.sources.isEmpty() && !q.id.isEmpty())
        r.fail(at("questions", i, "sources"),
               tulana::tr("cite at least one source for the explanation"));
    for (qsizetype k = 0; k < q.sources.size(); ++k)
        if (!references.sources.count(q.sources.at(k)))
            r.fail(JsonReader::index(at("questions", i, "sources"), std::size_t(k)),
                   tulana::tr("\"%1\" is not a source of sources.json").arg(q.sources.at(k)));
    if (!(q.points > 0))
        r.fail(at("questions", i, "points"), tulana::tr("points must be greater than zero"));

    switch (q.kind) {
    case QuestionKind::Choice:
        checkChoice(r, q, i);
        break;
    case QuestionKind::Consideration:
        for (const QString& a : q.answers)
            if (!references.considerations.contains(a))
                r.fail(at("questions", i, "answer"),
                       tulana::tr("\"%1\" is not a consideration of Table 3 (%2)")
                           .arg(a, references.considerations.join(QStringLiteral(", "))));
        break;
    case QuestionKind::Number:
        if (!(q.tolerance >= 0))
            r.fail(at("questions", i, "tolerance"),
                   tulana::tr("the tolerance must be zero or more"));
        break;
    case QuestionKind::Justification:
        checkModelAnswer(warnings, q, i);
        if (q.mustMention.empty() && q.minimumWords <= 0)
            r.fail(at("questions", i, "mustMention"),
                   tulana::tr("give the concepts to mention, or a minimum number of words"));
        if (q.minimumWords < 0)
            r.fail(at("questions", i, "minimumWords"), tulana::tr("must be zero or more"));
        break;
    }
}

} // namespace

void checkCaseReferences(JsonReader& r, Problems& warnings, const TrainingCase& c,
                         const References& references)
{
    if (!c.id.isEmpty())
        checkId(r, c.id, QStringLiteral("id"));
    if (c.minutes < 0)
        r.fail(QStringLiteral("minutes"), tulana::tr("must be zero or more"));

    QStringList goalIds, stepIds, questionIds;
    for (const Goal& g : c.goals)
        goalIds << g.id;
    for (const Step& s : c.steps)
        stepIds << s.id;
    for (const Question& q : c.questions)
        questionIds << q.id;
    checkUnique(r, goalIds, [](qsizetype i) { return at("goals", std::size_t(i), "id"); });
    checkUnique(r, stepIds, [](qsizetype i) { return at("steps", std::size_t(i), "id"); });
    checkUnique(r, questionIds, [](qsizetype i) { return at("questions", std::size_t(i), "id"); });
    if (c.goals.empty() && !c.id.isEmpty())
        r.fail(QStringLiteral("goals"), tulana::tr("a case needs at least one learning goal"));
    if (c.steps.empty() && !c.id.isEmpty())
        r.fail(QStringLiteral("steps"), tulana::tr("a case needs at least one step"));

    // Steps: anchors and the questions they ask, each asked exactly once.
    std::map<QString, QString> askedAt; // question id -> path of the first step asking it
    for (std::size_t s = 0; s < c.steps.size(); ++s) {
        const Step& step = c.steps[s];
        if (!step.anchor.isEmpty() && !references.anchors.count(step.anchor))
            r.fail(at("steps", s, "anchor"),
                   tulana::tr("\"%1\" is not an anchor of anchors.json").arg(step.anchor));
        for (qsizetype k = 0; k < step.questions.size(); ++k) {
            const QString& id = step.questions.at(k);
            const QString path = JsonReader::index(at("steps", s, "questions"), std::size_t(k));
            if (!c.question(id)) {
                r.fail(path, tulana::tr("no question has the id \"%1\"").arg(id));
                continue;
            }
            const auto [it, inserted] = askedAt.emplace(id, path);
            if (!inserted)
                r.fail(path,
                       tulana::tr("question \"%1\" is already asked at %2").arg(id, it->second));
        }
    }

    for (std::size_t i = 0; i < c.questions.size(); ++i) {
        const Question& q = c.questions[i];
        if (q.id.isEmpty())
            continue; // reported as missing; nothing can refer to it
        checkQuestion(r, warnings, c, q, i, references);
        if (!askedAt.count(q.id))
            r.fail(at("questions", i, "id"),
                   tulana::tr("question \"%1\" is asked by no step (list it in a step's "
                              "\"questions\")")
                       .arg(q.id));
    }

    for (std::size_t g = 0; g < c.goals.size(); ++g) {
        const QString& id = c.goals[g].id;
        const bool hasQuestion = std::any_of(c.questions.begin(), c.questions.end(),
                                             [&](const Question& q) { return q.goal == id; });
        if (!id.isEmpty() && !hasQuestion)
            r.fail(at("goals", g, "id"),
                   tulana::tr("no question assesses the goal \"%1\"").arg(id));
    }
}

} // namespace tulana::training::detail
