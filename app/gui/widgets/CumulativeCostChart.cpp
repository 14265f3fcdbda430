#include "widgets/CumulativeCostChart.h"

#include "widgets/ScoreBarChart.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace tulana {
namespace {

// Large amounts read better in lakh (Indian rupees) or millions.
struct Scale
{
    double divisor = 1;
    QString unit;
};

Scale scaleFor(double maximum, const QString& currency)
{
    if (currency == QLatin1String("INR") && maximum >= 1e7)
        return {1e5, CumulativeCostChart::tr("%1 lakh").arg(currency)};
    if (maximum >= 1e7)
        return {1e6, CumulativeCostChart::tr("%1 million").arg(currency)};
    return {1, currency};
}

Qt::PenStyle styleOf(const QString& nature)
{
    if (nature == QLatin1String("proprietary"))
        return Qt::DashLine;
    if (nature == QLatin1String("mixed"))
        return Qt::DotLine;
    return Qt::SolidLine;
}

} // namespace

CumulativeCostChart::CumulativeCostChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_years(new QValueAxis)
    , m_amounts(new QValueAxis)
{
    setObjectName(QStringLiteral("cumulativeCostChart"));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setBackgroundRoundness(0);
    m_years->setTitleText(tr("Year"));
    m_years->setLabelFormat(QStringLiteral("%d"));
    m_amounts->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_years, Qt::AlignBottom);
    m_chart->addAxis(m_amounts, Qt::AlignLeft);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 260);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    applyChartPalette(m_chart, palette());
}

CumulativeCostChart::~CumulativeCostChart() = default;

void CumulativeCostChart::setLines(const std::vector<Line>& lines, const QString& currency,
                                   bool discounted)
{
    m_chart->removeAllSeries();
    double maximum = 0;
    std::size_t years = 1;
    for (const Line& l : lines) {
        years = std::max(years, l.values.size());
        for (double v : l.values)
            maximum = std::max(maximum, v);
    }
    const Scale scale = scaleFor(maximum, currency);
    // No cost lines: an empty plot with axes from 0 to 1 would only puzzle.
    m_years->setVisible(!lines.empty());
    m_amounts->setVisible(!lines.empty());
    if (lines.empty())
        m_chart->setTitle(tr("Cumulative cost: no bid has cost lines yet"));
    else
        m_chart->setTitle(discounted ? tr("Cumulative cost, discounted (net present value)")
                                     : tr("Cumulative cost, undiscounted"));
    // Small amounts (a scale of a few units) need a decimal to tell ticks apart.
    m_amounts->setLabelFormat(maximum / scale.divisor >= 10 ? QStringLiteral("%.0f")
                                                            : QStringLiteral("%.1f"));
    m_amounts->setTitleText(scale.unit);
    m_years->setRange(0, double(years - 1));
    m_years->setTickCount(int(std::min<std::size_t>(years, 11)));
    m_amounts->setRange(0, maximum > 0 ? maximum / scale.divisor * 1.05 : 1);
    m_amounts->applyNiceNumbers();
    for (const Line& l : lines) {
        auto* series = new QLineSeries;
        series->setName(l.label);
        for (std::size_t t = 0; t < l.values.size(); ++t)
            series->append(double(t), l.values[t] / scale.divisor);
        m_chart->addSeries(series);
        series->attachAxis(m_years);
        series->attachAxis(m_amounts);
        QPen pen = series->pen();
        pen.setWidthF(2.5);
        pen.setStyle(styleOf(l.nature));
        series->setPen(pen);
        series->setPointsVisible(true);
    }
    applyChartPalette(m_chart, palette());
}

void CumulativeCostChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyChartPalette(m_chart, palette());
}

} // namespace tulana
