// How answers are graded (docs/training.md, "How answers are graded").
#include "training/Grading.h"

#include "considerations/Table3.h"
#include "i18n/Language.h"
#include "i18n/Translate.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace tulana::training {
namespace {

Feedback start(const Question& q)
{
    Feedback f;
    f.maxPoints = q.points;
    f.explanation = q.explanation.text();
    f.sources = q.sources;
    return f;
}

void finish(Feedback& f, bool correct)
{
    f.correct = correct;
    f.points = correct ? f.maxPoints : 0;
    f.verdict = correct ? tulana::tr("Correct.")
                        : tulana::tr("Not quite: the expected answer is %1.").arg(f.expectedText);
}

QString optionTexts(const Question& q, const QStringList& ids)
{
    QStringList texts;
    for (const QString& id : ids)
        if (const Option* o = q.option(id))
            texts << o->text.text();
    return texts.join(QStringLiteral("; "));
}

void gradeChoice(const Question& q, const Answer& a, Feedback& f)
{
    f.expectedText = optionTexts(q, q.answers);
    QStringList given = a.choices;
    QStringList expected = q.answers;
    given.removeDuplicates();
    given.sort();
    expected.sort();
    finish(f, q.multiple ? given == expected : (given.size() == 1 && expected.contains(given[0])));
    if (!f.correct && q.multiple && !given.isEmpty())
        f.verdict =
            tulana::tr("Not quite: pick all of these and only these: %1.").arg(f.expectedText);
}

void gradeConsideration(const Question& q, const Answer& a, Feedback& f)
{
    const QString expected = q.answers.value(0);
    const Table3Row* row = table3().row(expected);
    f.expectedText = row ? row->name : expected;
    finish(f, a.choices.size() == 1 && a.choices[0] == expected);
}

int decimalsFor(double tolerance)
{
    if (!(tolerance > 0))
        return 2;
    return std::clamp(int(std::ceil(-std::log10(tolerance))), 0, 4);
}

void gradeNumber(const Question& q, const Answer& a, const Tender& tender, Feedback& f)
{
    QString why;
    const std::optional<double> expected = expectedNumber(q, tender, &why);
    if (!expected) {
        f.verdict = tulana::tr("This question cannot be graded: %1").arg(why);
        return;
    }
    const QLocale locale = i18n::textLocale();
    f.expectedText = locale.toString(*expected, 'f', decimalsFor(q.tolerance));
    if (!q.unit.isEmpty())
        f.expectedText += QLatin1Char(' ') + q.unit;
    if (q.tolerance > 0)
        f.expectedText += QLatin1Char(' ') + tulana::tr("(± %1)").arg(locale.toString(q.tolerance));
    // A hair of slack for the binary representation of decimals.
    const double slack = 1e-9 * std::max(1.0, std::abs(*expected));
    finish(f, a.number && std::isfinite(*a.number) &&
                  std::abs(*a.number - *expected) <= q.tolerance + slack);
}

void gradeJustification(const Question& q, const Answer& a, Feedback& f)
{
    f.expectedText = q.modelAnswer.text();
    for (const Concept& c : q.mustMention) {
        const bool mentioned =
            std::any_of(c.anyOf.begin(), c.anyOf.end(), [&](const QString& term) {
                return !term.trimmed().isEmpty() &&
                       a.text.contains(term.trimmed(), Qt::CaseInsensitive);
            });
        (mentioned ? f.found : f.missed) << c.name.text();
    }
    const int words = wordCount(a.text);
    if (words < q.minimumWords) {
        f.correct = false;
        f.points = 0;
        f.verdict = tulana::tr("Too short: %n word(s); write at least %1.", nullptr, words)
                        .arg(q.minimumWords);
        return;
    }
    const auto total = q.mustMention.size();
    f.points = total == 0 ? f.maxPoints : f.maxPoints * double(f.found.size()) / double(total);
    f.correct = f.missed.isEmpty();
    f.verdict = f.correct
                    ? tulana::tr("Your justification mentions every point the checklist looks for.")
                    : tulana::tr("Your justification does not mention: %1.")
                          .arg(f.missed.join(QStringLiteral("; ")));
}

} // namespace

QString Answer::toResponse() const
{
    if (!choices.isEmpty())
        return choices.join(QStringLiteral("[,]")); // xAPI's separator for choice responses
    if (number)
        return QString::number(*number, 'g', 15);
    return text;
}

int wordCount(const QString& text)
{
    // Letters with their combining marks (Devanagari vowel signs) and digits.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{M}\\p{N}]+"));
    int count = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

Feedback grade(const Question& question, const Answer& answer, const Tender& caseTender)
{
    Feedback f = start(question);
    switch (question.kind) {
    case QuestionKind::Choice:
        gradeChoice(question, answer, f);
        break;
    case QuestionKind::Consideration:
        gradeConsideration(question, answer, f);
        break;
    case QuestionKind::Number:
        gradeNumber(question, answer, caseTender, f);
        break;
    case QuestionKind::Justification:
        gradeJustification(question, answer, f);
        break;
    }
    if (answer.isEmpty()) {
        f.correct = false;
        f.points = 0;
        f.verdict = tulana::tr("No answer given.");
    }
    return f;
}

} // namespace tulana::training
