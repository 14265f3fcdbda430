#include "widgets/TornadoChart.h"

#include "document/SensitivityRunner.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tulana {
namespace {

QString shortName(const sensitivity::CriterionWeight& c)
{
    constexpr int kLength = 28;
    QString name = (c.name.isEmpty() ? c.id : c.name).simplified();
    if (name.size() > kLength)
        name = name.left(kLength - 1).trimmed() + QChar(0x2026);
    return name;
}

} // namespace

TornadoChart::TornadoChart(QWidget* parent)
    : SensitivityChart(parent)
{
    setObjectName(QStringLiteral("tornadoChart"));
    setAccessibleName(tr("Criterion weights over which the winner holds"));
}

void TornadoChart::setResult(const SensitivityResult& result)
{
    clearChart();
    const std::vector<sensitivity::CriterionWeight>& criteria = result.report.criteria;
    const int shown = std::min(int(criteria.size()), kMaxBars);
    // The axis runs from 0 to the total the weights share, or, where every
    // range ends well short of it, to the next ten past the longest, so
    // that ranges of a few points are not drawn a few pixels wide.
    double total = 0;
    double reach = 0;
    for (int i = 0; i < shown; ++i) {
        const sensitivity::CriterionWeight& c = criteria[std::size_t(i)];
        total = std::max(total, c.total);
        reach = std::max({reach, c.holds.to, c.weight});
    }
    if (total <= 0)
        total = 100;
    auto* x = new QValueAxis;
    x->setRange(0, reach > 0 ? std::min(total, 10 * std::ceil(reach * 1.1 / 10)) : total);
    x->setLabelFormat(QStringLiteral("%.0f"));
    auto* y = new QBarCategoryAxis;
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);

    // Stacked: an invisible bar up to the range's start, then the range.
    auto* offset = new QBarSet(QString());
    offset->setColor(Qt::transparent);
    offset->setBorderColor(Qt::transparent);
    auto* holds = new QBarSet(tr("the winner holds"));
    holds->setColor(bidColour(result.report.winner));
    auto* announced = new QScatterSeries;
    announced->setName(tr("announced weight"));
    announced->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    announced->setMarkerSize(9);
    announced->setColor(palette().color(QPalette::Text));
    announced->setBorderColor(palette().color(QPalette::Base));
    // The category axis counts from the bottom: the riskiest goes last.
    QStringList names;
    for (int i = shown - 1; i >= 0; --i) {
        const sensitivity::CriterionWeight& c = criteria[std::size_t(i)];
        QString name = shortName(c);
        while (names.contains(name))
            name += QChar(0x200B); // the axis drops a repeated category
        names << name;
        const double from = std::max(0.0, c.holds.from);
        offset->append(from);
        holds->append(std::max(0.0, c.holds.to - from));
        announced->append(c.weight, double(names.size() - 1));
    }
    y->append(names);
    auto* bars = new QHorizontalStackedBarSeries;
    bars->setBarWidth(0.6);
    bars->append(offset);
    bars->append(holds);
    attach(bars, x, y);
    attach(announced, x, y);
    // The page's caption says what the bars and marks are.
    chart()->legend()->setVisible(false);
    // Enough height for every name: below about 26 pixels a bar the axis
    // elides them all to "…".
    setMinimumHeight(std::max(160, 50 + 28 * shown));
    finishChart();
}

} // namespace tulana
