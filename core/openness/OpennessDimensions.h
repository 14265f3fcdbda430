#pragma once

#include "OpennessAssessment.h"

#include <QString>

#include <vector>

namespace tulana::openness {

// One axis of a comparison of offered systems (the radar chart of the
// Openness page): a share from 0 (nothing) to 1 (fully open).
struct OpennessDimension
{
    QString id;   // "transparency", ..., "code", "data", "weights"
    QString name; // "Transparency", "Code released openly"
    double share = 0;
};

// The four outcomes of Table 1 (their shares: rows enabled count 1, partly
// 0.5), then how much of the code, the data and the weights is released
// under open terms, in the spirit of the Columbia Convening's framework
// (seed 003): each component of that kind counts 1 when released under an
// open licence, half when partly released or released under other terms,
// and nothing otherwise; components not applicable do not count.
std::vector<OpennessDimension> opennessDimensions(const OpennessAssessment& assessment);

} // namespace tulana::openness
