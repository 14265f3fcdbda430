#pragma once

#include "tender/Tender.h"

#include <cstdint>

namespace tulana {

struct GeneratorSpec
{
    int bids = 5;
    int criteria = 8; // marked criteria, grouped five to a group
    int evaluators = 3;
    std::uint64_t seed = 1;
};

// A synthetic but plausible tender for benchmarks, demos and tests: bidders
// of varying quality whose evaluators broadly agree, prices that rise with
// quality, about one bid in twenty non-responsive and some below the
// technical minimum. The same spec always gives the same tender.
Tender generateTender(const GeneratorSpec& spec);

} // namespace tulana
