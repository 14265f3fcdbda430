#include "widgets/SensitivityChart.h"

#include "widgets/ScoreBarChart.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>

#include <array>

namespace tulana {

SensitivityChart::SensitivityChart(QWidget* parent)
    : QChartView(parent)
{
    // The view's own chart, set up: a chart passed to setChart() would leave
    // the view's first one unowned, and leaked (ASan's leak check found one
    // per chart view).
    QChart* c = chart();
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->setBackgroundRoundness(0);
    c->legend()->setAlignment(Qt::AlignBottom);
    setRenderHint(QPainter::Antialiasing);
}

QColor SensitivityChart::bidColour(int bid)
{
    // Distinct hues that keep apart for the common kinds of colour blindness
    // (Okabe and Ito's palette), then repeated lighter.
    static const std::array<QColor, 8> hues{
        QColor(0, 114, 178),  QColor(230, 159, 0), QColor(0, 158, 115),  QColor(204, 121, 167),
        QColor(86, 180, 233), QColor(213, 94, 0),  QColor(240, 228, 66), QColor(120, 94, 240)};
    if (bid < 0)
        return QColor(150, 150, 150);
    const QColor base = hues[std::size_t(bid) % hues.size()];
    return bid < int(hues.size()) ? base : base.lighter(100 + 25 * (bid / int(hues.size()) % 3));
}

void SensitivityChart::clearChart()
{
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
}

void SensitivityChart::attach(QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart()->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

void SensitivityChart::finishChart()
{
    applyChartPalette(chart(), palette());
}

void SensitivityChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyChartPalette(chart(), palette());
}

} // namespace tulana
