#pragma once

#include <QString>

namespace tulana {

// A figure as Tulana's messages, workings and sheets write it: up to 12
// significant digits, no trailing zeros, the text QString::number(v, 'g', 12)
// gives (7.5, 1234567.25, 0.333333333333, 1e+20). One rule, so that a mark
// reads the same in a refusal, a derivation, a memo's annex and a sheet.
QString numberText(double v);

} // namespace tulana
