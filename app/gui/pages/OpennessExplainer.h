#pragma once

#include "openness/OpennessAssessment.h"

#include <QString>

namespace tulana {

// The assessment of one bid's record as a short HTML page for an officer who
// is not a licence expert: the class with per-class progress, the outcomes,
// the OSI definition and the flags, each followed by what it means in plain
// words (resources/openness/explanations.json).
QString assessmentAsHtml(const openness::OpennessAssessment& assessment);

} // namespace tulana
