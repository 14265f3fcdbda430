#include "widgets/WeightSegmentsChart.h"

#include "document/SensitivityRunner.h"
#include "report/SensitivityReport.h"
#include "util/SensitivityText.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

namespace tulana {
namespace {

// The band's height on the category axis, whose one category spans -0.5..0.5.
constexpr double kHalfBand = 0.4;

QAreaSeries* hatched(double from, double to, const QString& name)
{
    // The area does not own its two lines, and built from them it would be
    // the upper line's child: made first, it is their parent, so they go
    // with it when the chart is redrawn (ASan's leak check found them left
    // behind).
    auto* area = new QAreaSeries;
    auto* upper = new QLineSeries(area);
    auto* lower = new QLineSeries(area);
    upper->append(from, kHalfBand);
    upper->append(to, kHalfBand);
    lower->append(from, -kHalfBand);
    lower->append(to, -kHalfBand);
    area->setUpperSeries(upper);
    area->setLowerSeries(lower);
    area->setName(name);
    area->setBrush(QBrush(QColor(60, 60, 60, 170), Qt::BDiagPattern));
    area->setPen(Qt::NoPen);
    return area;
}

} // namespace

WeightSegmentsChart::WeightSegmentsChart(QWidget* parent)
    : SensitivityChart(parent)
{
    setObjectName(QStringLiteral("technicalWeightChart"));
    setAccessibleName(tr("Winner by technical weight"));
    // A low band: the legend (two marks) beside it, not under it.
    chart()->legend()->setAlignment(Qt::AlignRight);
    connect(chart(), &QChart::plotAreaChanged, this, &WeightSegmentsChart::placeLabels);
}

void WeightSegmentsChart::setResult(const SensitivityResult& result)
{
    for (const Label& label : std::as_const(m_labels))
        delete label.item;
    m_labels.clear();
    clearChart();
    const sensitivity::TechnicalWeight& w = result.report.technicalWeight;

    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setTickCount(11);
    x->setLabelFormat(QStringLiteral("%.0f%%"));
    auto* y = new QBarCategoryAxis;
    y->append(tr("Winner"));
    y->setVisible(false); // one band: the sentence above names it
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);

    auto* bands = new QHorizontalStackedBarSeries;
    bands->setBarWidth(2 * kHalfBand);
    for (const sensitivity::Segment& s : w.segments) {
        const QString name = sensitivity_words::winnerName(result.tender, s.winner);
        auto* set = new QBarSet(name);
        set->append(std::max(0.0, s.to - s.from));
        set->setColor(bidColour(s.winner));
        set->setBorderColor(palette().color(QPalette::Base));
        bands->append(set);
        auto* text = new QGraphicsSimpleTextItem(name, chart());
        text->setBrush(Qt::white);
        text->setZValue(100); // above the bands
        // Named within the weights the rulebook allows, where it can be read.
        const double from = std::max(s.from, w.allowed.from);
        const double to = std::min(s.to, w.allowed.to);
        m_labels.append(from < to ? Label{from, to, text} : Label{s.from, s.to, text});
    }
    attach(bands, x, y);
    // The bands carry their bids' ids: the legend is for the marks.
    for (QLegendMarker* m : chart()->legend()->markers(bands))
        m->setVisible(false);

    const QString outside = tr("not allowed by the rulebook");
    if (w.allowed.from > 0)
        attach(hatched(0, w.allowed.from, outside), x, y);
    if (w.allowed.to < 100) {
        QAreaSeries* upper = hatched(w.allowed.to, 100, outside);
        attach(upper, x, y);
        if (w.allowed.from > 0) // named once in the legend
            for (QLegendMarker* m : chart()->legend()->markers(upper))
                m->setVisible(false);
    }
    auto* announced = new QLineSeries;
    announced->setName(tr("announced: %1").arg(sensitivity_words::percent(w.announced)));
    announced->append(w.announced, -0.5);
    announced->append(w.announced, 0.5);
    QPen pen(palette().color(QPalette::Text));
    pen.setWidth(3);
    announced->setPen(pen);
    attach(announced, x, y);
    finishChart();
    placeLabels();
}

// Each band's id in its middle, where it fits.
void WeightSegmentsChart::placeLabels()
{
    const QList<QAbstractSeries*> series = chart()->series();
    if (series.isEmpty())
        return;
    for (const Label& label : std::as_const(m_labels)) {
        const QPointF left = chart()->mapToPosition(QPointF(label.from, 0), series.first());
        const QPointF right = chart()->mapToPosition(QPointF(label.to, 0), series.first());
        const QRectF box = label.item->boundingRect();
        label.item->setVisible(right.x() - left.x() > box.width() + 6);
        label.item->setPos((left.x() + right.x() - box.width()) / 2, left.y() - box.height() / 2);
    }
}

} // namespace tulana
