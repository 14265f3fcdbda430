#pragma once

#include "MemoStyle.h"

#include <QFont>
#include <QStringView>

#include <utility>
#include <vector>

class QTextDocument;

namespace tulana {

// Devanagari set at the same point size as Latin text looks smaller beside
// it: its letters hang from a headline lower than Latin capitals. A Hindi
// memo mixes the two in every paragraph (bidder names, "QCBS", INR), so
// Devanagari is set larger, by the factor that puts the headline of the
// memo's Devanagari face at the cap height of its Latin face. The factor is
// measured from the fonts installed (Noto Serif and Noto Serif Devanagari
// give 714 / 623 = 1.15), not assumed.
double devanagariScale(const MemoStyle& style);

// The font for Devanagari in text set in `around`: `scale` times larger,
// and shaped.
QFont devanagariFont(const QFont& around, double scale);

// The runs of Devanagari in a text, as (start, length): letters, signs and
// dandas, with the joiners inside a word.
std::vector<std::pair<qsizetype, qsizetype>> devanagariRuns(QStringView text);

// Every run of Devanagari in the document set `scale` times the size of the
// text around it, and shaped.
void enlargeDevanagari(QTextDocument& document, double scale);

} // namespace tulana
