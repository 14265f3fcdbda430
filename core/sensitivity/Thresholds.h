#pragma once

#include "sensitivity/Model.h"
#include "sensitivity/Sensitivity.h"

#include <optional>
#include <vector>

// The exact thresholds, each over the Model. Internal to core/sensitivity.
namespace tulana::sensitivity {

// WeightThresholds.cpp
TechnicalWeight technicalWeightThresholds(const Model& model, const Range& allowed,
                                          double announcedPercent, int winner);
// The winners as the weight of the leaves `leaves` (together `weight`
// points of `total`) goes from 0 to `total`, the others rescaled.
std::vector<Segment> criterionWeightSegments(const Model& model, const std::vector<int>& leaves,
                                             double weight, double total);

// PriceThresholds.cpp: for each qualified contender, the evaluated price P
// such that it wins exactly when its price is below P, the others' prices
// unchanged (+∞: at any price; 0 or less: at no price); NaN for the others.
std::vector<double> priceThresholds(const Model& model);

// TechnicalThresholds.cpp: the technical score above which the qualified
// contender `index` would win, the others unchanged; +∞ when no score would.
double technicalThreshold(const Model& model, std::size_t index);
// The fewest extra average marks that add `points` to the contender's
// technical score, criterion by criterion; empty when its criteria cannot.
// `byValue` is byMarkValue(model).
std::vector<int> byMarkValue(const Model& model);
std::vector<ExtraMarks> cheapestMarks(const Model& model, const std::vector<int>& byValue,
                                      std::size_t index, double points);

} // namespace tulana::sensitivity
