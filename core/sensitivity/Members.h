#pragma once

#include "sensitivity/Model.h"
#include "sensitivity/Sensitivity.h"

// Internal to core/sensitivity.
namespace tulana::sensitivity {

// `draws` committees of the same size drawn with replacement from its
// members; the share each bid wins. `model` is built with the bids a
// criterion's minimum sets aside (a redrawn committee may lift them).
Shares memberBootstrap(const Tender& tender, const Model& model, int draws, std::uint64_t seed);

} // namespace tulana::sensitivity
