#pragma once

#include "widgets/SensitivityChart.h"

namespace tulana {

// Rank acceptability (SMAA-2): for each bid, the share of the draws of the
// weights in which it ranks first, second... or falls below the minimum, as
// one stacked bar; the bids most often first at the top.
class AcceptabilityChart : public SensitivityChart
{
    Q_OBJECT
public:
    explicit AcceptabilityChart(QWidget* parent = nullptr);

    void setResult(const SensitivityResult& result) override;

    // More bids than this: only those most often first are drawn.
    static constexpr int kMaxBars = 6;
    // Ranks after this one are drawn together.
    static constexpr int kRanksApart = 4;
};

} // namespace tulana
