#pragma once

#include "widgets/SensitivityChart.h"

namespace tulana {

// For each criterion and group, least slack at the top: the range of its
// weight over which the winner holds (the others rescaled in proportion),
// over 0 to the points it shares, with the announced weight marked.
class TornadoChart : public SensitivityChart
{
    Q_OBJECT
public:
    explicit TornadoChart(QWidget* parent = nullptr);

    void setResult(const SensitivityResult& result) override;

    // More criteria than this: only the riskiest are drawn.
    static constexpr int kMaxBars = 7;
};

} // namespace tulana
