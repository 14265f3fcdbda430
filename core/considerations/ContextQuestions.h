#pragma once

#include "considerations/Table3.h"
#include "diagnostics/Problem.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace tulana {

// Which way one consideration points for this tender.
enum class Leaning
{
    FavoursOpen,
    FavoursProprietary,
    Neutral
};

QString toKey(Leaning leaning); // "open", "proprietary", "neutral" (as in the data file)
std::optional<Leaning> leaningFromKey(const QString& key);
QString displayName(Leaning leaning); // "favours open source"...

// One possible answer to a context question, with the leaning it gives the
// consideration and the Table 3 cell that supports that leaning.
struct ContextOption
{
    QString id;
    QString label;
    Leaning leaning = Leaning::Neutral;
    Side supportSide = Side::Open;
    CellPart supportPart = CellPart::Text;
    QString rationale; // one line: why this answer leans this way
};

struct ContextQuestion
{
    QString consideration; // id of a Table 3 row
    QString question;
    QString help;
    std::vector<ContextOption> options;

    const ContextOption* option(const QString& id) const;
    QStringList optionIds() const;
};

// The questions of resources/considerations/context-questions.json, one per
// consideration of Table 3, in the table's order (docs/considerations.md).
struct ContextQuestions
{
    std::vector<ContextQuestion> questions;
    const ContextQuestion* question(const QString& consideration) const;
};

struct ContextQuestionsLoad
{
    std::optional<ContextQuestions> questions;
    Problems problems;
};

// Reads the question file and checks it against `table`: every consideration
// asked about once, in the table's order, and every supporting cell not blank.
// `language` "hi" takes the questions' and answers' texts from their "hi"
// objects where there are.
ContextQuestionsLoad readContextQuestions(const QByteArray& json, const Table3& table,
                                          const QString& language = QStringLiteral("en"));

// The shipped questions, checked against the shipped Table 3, loaded once.
const ContextQuestions& contextQuestions();

} // namespace tulana
