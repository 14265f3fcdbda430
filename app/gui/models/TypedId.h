#pragma once

#include <QString>

#include <functional>

namespace tulana {

// An id typed into one of the tables that name things by id (bids,
// criteria, eligibility criteria, evaluators). One rule for all four: the
// id is trimmed, then refused, in the order a user puts things right, when
// it is empty, when it holds a control character (the core's rule and
// words, idControlCharacterProblem) or when another row has it. Each table
// words the first and last refusals for what it lists, in its own
// translation context: `empty` ("Every bid needs an id.") and `taken`
// ("The id “%1” is used by another bid.", %1 the id).
struct TypedIdWords
{
    QString empty;
    QString taken;
};

// Trims *id; returns the sentence to show, or an empty string for an id to
// keep. `takenElsewhere` says whether another row than the edited one has
// the trimmed id.
QString typedIdProblem(QString* id, const TypedIdWords& words,
                       const std::function<bool(const QString&)>& takenElsewhere);

} // namespace tulana
