#include "widgets/AcceptabilityChart.h"

#include "document/SensitivityRunner.h"
#include "report/SensitivityReport.h"
#include "util/SensitivityText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <numeric>

namespace tulana {

AcceptabilityChart::AcceptabilityChart(QWidget* parent)
    : SensitivityChart(parent)
{
    setObjectName(QStringLiteral("acceptabilityChart"));
    setAccessibleName(tr("Rank acceptability"));
    // Beside the bars, so that their names keep the height they need.
    chart()->legend()->setAlignment(Qt::AlignRight);
}

void AcceptabilityChart::setResult(const SensitivityResult& result)
{
    clearChart();
    if (!result.report.acceptability)
        return;
    std::vector<sensitivity::BidAcceptability> bids = result.report.acceptability->bids;
    // Most often first at the top; among those never first, the better
    // mean rank.
    auto first = [](const sensitivity::BidAcceptability& b) {
        return b.ranks.empty() ? 0.0 : b.ranks.front();
    };
    auto meanRank = [](const sensitivity::BidAcceptability& b) {
        double mean = 0;
        for (std::size_t r = 0; r < b.ranks.size(); ++r)
            mean += double(r + 1) * b.ranks[r];
        return mean + double(b.ranks.size() + 1) * b.notQualified;
    };
    std::stable_sort(bids.begin(), bids.end(), [&](const auto& a, const auto& b) {
        if (first(a) != first(b))
            return first(a) > first(b);
        return meanRank(a) < meanRank(b);
    });
    const int shown = std::min(int(bids.size()), kMaxBars);

    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%.0f%%"));
    auto* y = new QBarCategoryAxis;
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);

    QList<QBarSet*> sets;
    for (int r = 0; r < kRanksApart; ++r)
        sets << new QBarSet(tr("rank %1").arg(r + 1));
    sets << new QBarSet(tr("rank %1 or lower").arg(kRanksApart + 1));
    sets << new QBarSet(tr("not qualified"));
    // From dark (first) to light, apart enough to tell; then grey.
    const std::array<QColor, kRanksApart + 2> colours{QColor(8, 69, 148),    QColor(49, 130, 189),
                                                      QColor(107, 174, 214), QColor(189, 215, 238),
                                                      QColor(225, 225, 225), QColor(150, 150, 150)};
    for (int i = 0; i < sets.size(); ++i)
        sets[i]->setColor(colours[std::size_t(i)]);

    QStringList names;
    for (int i = shown - 1; i >= 0; --i) { // the best at the top
        const sensitivity::BidAcceptability& b = bids[std::size_t(i)];
        names << sensitivity_words::winnerName(result.tender, b.bid);
        for (int r = 0; r < kRanksApart; ++r)
            sets[r]->append(r < int(b.ranks.size()) ? 100 * b.ranks[std::size_t(r)] : 0.0);
        double rest = 0;
        for (std::size_t r = kRanksApart; r < b.ranks.size(); ++r)
            rest += b.ranks[r];
        sets[kRanksApart]->append(100 * rest);
        sets.last()->append(100 * b.notQualified);
    }
    y->append(names);
    auto* bars = new QHorizontalStackedBarSeries;
    bars->setBarWidth(0.7);
    for (QBarSet* set : std::as_const(sets))
        bars->append(set);
    attach(bars, x, y);
    // Below about 26 pixels a bar the axis elides every name.
    setMinimumHeight(std::max(160, 50 + 28 * shown));
    finishChart();
}

} // namespace tulana
