#include "MemoRender.h"

#include <QStringList>

#include <algorithm>

namespace tulana {

QString chartColour(const QString& category)
{
    // Muted tones that stay distinct in greyscale print: dark green, slate
    // blue, ochre.
    if (category == QLatin1String("open-source"))
        return QStringLiteral("#2f6f3e");
    if (category == QLatin1String("proprietary"))
        return QStringLiteral("#3a5a8c");
    return QStringLiteral("#b07d2b");
}

double ChartLayout::x(double value) const
{
    return labelWidth + (maximum > 0 ? plotWidth * std::clamp(value / maximum, 0.0, 1.0) : 0.0);
}

ChartLayout chartLayout(const MemoChart& c)
{
    ChartLayout l;
    l.maximum = c.maximum;
    l.barsBottom = l.barTop(c.bars.size());
    double y = l.barsBottom;
    if (c.hasReference) {
        l.referenceTextY = y + 10;
        y += 18;
    }
    l.legendY = y + 6;
    l.height = c.legend.empty() ? y + 4 : l.legendY + 20;
    return l;
}

QString chartToSvg(const MemoChart& c)
{
    const ChartLayout l = chartLayout(c);
    const auto n = [](double v) { return QString::number(v, 'f', 1); };
    QStringList svg;
    svg << QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                          "viewBox=\"0 0 %1 %2\" font-family=\"Noto Serif, DejaVu Serif, serif\" "
                          "font-size=\"12\" role=\"img\" aria-label=\"%3\">")
               .arg(n(l.width), n(l.height), c.caption.toHtmlEscaped());
    svg << QStringLiteral("<line x1=\"%1\" y1=\"0\" x2=\"%1\" y2=\"%2\" stroke=\"#000\"/>")
               .arg(n(l.labelWidth), n(l.barsBottom));
    for (std::size_t i = 0; i < c.bars.size(); ++i) {
        const MemoChart::Bar& bar = c.bars[i];
        const double y = l.barTop(i);
        const double end = l.x(bar.value);
        const double baseline = y + l.barHeight - 5;
        svg << QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>")
                   .arg(n(l.labelWidth - 6), n(baseline), bar.label.toHtmlEscaped())
            << QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>")
                   .arg(n(l.labelWidth), n(y), n(end - l.labelWidth), n(l.barHeight),
                        chartColour(bar.category))
            << QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>")
                   .arg(n(end + 4), n(baseline), QString::number(bar.value, 'f', c.decimals));
    }
    if (c.hasReference) {
        const double rx = l.x(c.reference);
        svg << QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#8b0000\" "
                              "stroke-dasharray=\"4 3\"/>")
                   .arg(n(rx), n(l.top - 4), n(l.barsBottom))
            << QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#8b0000\">"
                              "%3</text>")
                   .arg(n(rx), n(l.referenceTextY + 4), c.referenceLabel.toHtmlEscaped());
    }
    for (std::size_t i = 0; i < c.legend.size(); ++i) {
        const double x = l.labelWidth + double(i) * l.legendStep;
        svg << QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"11\" height=\"11\" fill=\"%3\"/>")
                   .arg(n(x), n(l.legendY), chartColour(c.legend[i].category))
            << QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>")
                   .arg(n(x + 16), n(l.legendY + 10), c.legend[i].label.toHtmlEscaped());
    }
    svg << QStringLiteral("</svg>");
    return svg.join(QString());
}

} // namespace tulana
