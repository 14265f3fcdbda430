#pragma once

#include <QString>

namespace tulana::openness {

// A term explained in plain words for officers who are not licence experts
// (resources/openness/explanations.json): "mof", "mof.class-2",
// "outcome.transparency", "osaid.not-met", "flag.only-weights",
// "state.released", "licence.use-restricted", "marks"...
struct Explanation
{
    QString title;
    QString text;
    QString source; // may be empty
    bool isEmpty() const { return text.isEmpty(); }
};

// Empty for a key the file does not have.
Explanation explanationOf(const QString& key);

} // namespace tulana::openness
