#include "MemoTextDocument.h"
#include "memo/MemoRender.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

#include <algorithm>

namespace tulana {

QImage renderChart(const MemoChart& c, const MemoStyle& style, int widthPx)
{
    // The geometry of core/memo's SVG, scaled: every format draws the same chart.
    const ChartLayout l = chartLayout(c);
    const double unit = widthPx / l.width;
    QImage image(widthPx, std::max(1, int(l.height * unit)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(unit, unit);
    QFont font = style.font(10);
    font.setPixelSize(12);
    p.setFont(font);
    const QFontMetricsF metrics(font);

    p.setPen(QPen(Qt::black, 1));
    p.drawLine(QPointF(l.labelWidth, 0), QPointF(l.labelWidth, l.barsBottom));
    for (std::size_t i = 0; i < c.bars.size(); ++i) {
        const MemoChart::Bar& bar = c.bars[i];
        const double y = l.barTop(i);
        const double end = l.x(bar.value);
        const double baseline = y + l.barHeight - 5;
        p.setPen(Qt::black);
        p.drawText(QPointF(l.labelWidth - 6 - metrics.horizontalAdvance(bar.label), baseline),
                   bar.label);
        p.fillRect(QRectF(l.labelWidth, y, end - l.labelWidth, l.barHeight),
                   QColor(chartColour(bar.category)));
        p.drawText(QPointF(end + 4, baseline), QString::number(bar.value, 'f', c.decimals));
    }
    if (c.hasReference) {
        const double rx = l.x(c.reference);
        const QColor red(0x8b, 0, 0);
        p.setPen(QPen(red, 1, Qt::DashLine));
        p.drawLine(QPointF(rx, l.top - 4), QPointF(rx, l.barsBottom));
        p.setPen(red);
        p.drawText(
            QPointF(rx - metrics.horizontalAdvance(c.referenceLabel) / 2, l.referenceTextY + 4),
            c.referenceLabel);
    }
    p.setPen(Qt::black);
    for (std::size_t i = 0; i < c.legend.size(); ++i) {
        const double x = l.labelWidth + double(i) * l.legendStep;
        p.fillRect(QRectF(x, l.legendY, 11, 11), QColor(chartColour(c.legend[i].category)));
        p.drawText(QPointF(x + 16, l.legendY + 10), c.legend[i].label);
    }
    return image;
}

} // namespace tulana
