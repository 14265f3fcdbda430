#pragma once

#include "considerations/ContextQuestions.h"

#include <QColor>

class QPalette;

namespace tulana {

// The colour of a leaning, shared by the Considerations table and its
// chart, chosen for the palette (light or dark). Never shown alone: the
// leaning's words are always beside it.
QColor leaningColour(Leaning leaning, const QPalette& palette);
QColor unansweredColour(const QPalette& palette);
// A pale version for a cell's background, readable under the palette's text.
QColor leaningTint(Leaning leaning, const QPalette& palette);

} // namespace tulana
