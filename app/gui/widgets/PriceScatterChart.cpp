#include "PriceScatterChart.h"
#include "ScoreBarChart.h"

#include "report/EvaluationReport.h"
#include "scoring/Evaluation.h"
#include "tender/Tender.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace tulana {
namespace {

constexpr double kLakh = 1e5;
constexpr double kCrore = 1e7;

void showMarker(QChart* chart, QAbstractSeries* series, bool visible)
{
    for (QLegendMarker* marker : chart->legend()->markers(series))
        marker->setVisible(visible);
}

} // namespace

AmountScale amountScale(double largest, const QString& currency)
{
    const double v = std::abs(largest);
    if (currency == QLatin1String("INR")) {
        const QString rupee = QStringLiteral("\u20B9");
        // Lakh up to ₹100 crore keeps axis labels at five digits or fewer;
        // beyond that officers speak in crore.
        if (v >= 100 * kCrore)
            return {kCrore, PriceScatterChart::tr("%1 crore").arg(rupee)};
        if (v >= kLakh)
            return {kLakh, PriceScatterChart::tr("%1 lakh").arg(rupee)};
        return {1, rupee};
    }
    if (v >= 1e7)
        return {1e6, PriceScatterChart::tr("%1 million").arg(currency)};
    if (v >= 1e4)
        return {1e3, PriceScatterChart::tr("%1 thousand").arg(currency)};
    return {1, currency};
}

QString formatScaled(double amount, const AmountScale& scale)
{
    return QString::number(amount / scale.divisor, 'f', 2);
}

PriceScatterChart::PriceScatterChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_bids(new QScatterSeries)
    , m_winner(new QScatterSeries)
    , m_overBudget(new QScatterSeries)
    , m_minimumLine(new QLineSeries)
    , m_budgetLine(new QLineSeries)
    , m_price(new QValueAxis)
    , m_technical(new QValueAxis)
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("priceScatterChart"));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setTitle(tr("Technical score against evaluated price"));
    QFont titleFont = m_chart->titleFont();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);

    // Named for tests and tools that look the chart up.
    m_bids->setObjectName(QStringLiteral("rankedBids"));
    m_winner->setObjectName(QStringLiteral("winner"));
    m_overBudget->setObjectName(QStringLiteral("overBudget"));
    m_minimumLine->setObjectName(QStringLiteral("minimumTechnicalLine"));
    m_budgetLine->setObjectName(QStringLiteral("budgetLine"));
    m_bids->setName(tr("Ranked bids"));
    m_bids->setMarkerSize(11);
    m_overBudget->setName(tr("Over budget"));
    m_overBudget->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_overBudget->setMarkerSize(10);
    m_winner->setName(tr("Winner"));
    m_winner->setMarkerShape(QScatterSeries::MarkerShapeStar);
    m_winner->setMarkerSize(20);
    m_budgetLine->setName(tr("Budget"));
    // Lines first, so that the points are drawn over them.
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{
             m_minimumLine, m_budgetLine, m_overBudget, m_bids, m_winner}) {
        m_chart->addSeries(s);
    }
    m_chart->addAxis(m_price, Qt::AlignBottom);
    m_chart->addAxis(m_technical, Qt::AlignLeft);
    for (QAbstractSeries* s : m_chart->series()) {
        s->attachAxis(m_price);
        s->attachAxis(m_technical);
    }
    m_technical->setTitleText(tr("Technical score (T)"));
    m_technical->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 240);
    m_view->setAccessibleName(tr("Price and technical score chart"));

    m_note->setWordWrap(true);
    m_note->setContentsMargins(8, 4, 8, 4);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName(QStringLiteral("priceScatterChartNote"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    connect(m_chart, &QChart::plotAreaChanged, this, &PriceScatterChart::placeLabels);
    applyPalette();
}

PriceScatterChart::~PriceScatterChart() = default;

void PriceScatterChart::setEvaluation(const Tender& t, const Evaluation& ev)
{
    double largest = 0;
    for (const BidResult& r : ev.results)
        if (r.evaluatedPrice)
            largest = std::max(largest, *r.evaluatedPrice);
    if (t.method == SelectionMethod::Fbs && t.budget)
        largest = std::max(largest, *t.budget);
    const AmountScale scale = amountScale(largest, t.currency);

    QList<QPointF> ranked, over, winner;
    m_labels.clear();
    double lowX = std::numeric_limits<double>::infinity(), highX = -lowX;
    double lowY = t.minimumTechnicalScore;
    for (const BidResult& r : ev.results) {
        if (!r.evaluatedPrice || !r.technicallyScored)
            continue;
        const QPointF p(*r.evaluatedPrice / scale.divisor, r.technical);
        if (r.bid == ev.winner)
            winner << p;
        else if (r.standing == Standing::OverBudget)
            over << p;
        else
            ranked << p;
        m_labels << Label{p, t.bids[std::size_t(r.bid)].id};
        lowX = std::min(lowX, p.x());
        highX = std::max(highX, p.x());
        lowY = std::min(lowY, p.y());
    }
    const int points = int(m_labels.size());
    if (points > kMaxLabels) { // thousands of ids would be unreadable: keep the winner's
        m_labels.erase(std::remove_if(m_labels.begin(), m_labels.end(),
                                      [&](const Label& l) {
                                          return winner.isEmpty() || l.value != winner.front();
                                      }),
                       m_labels.end());
    }
    // Hundreds of points: smaller markers without outlines stay legible.
    // Set before the points, and only on a change: each restyles every marker.
    const bool crowded = points > 200;
    if (crowded != (m_bids->markerSize() < 11)) {
        m_bids->setMarkerSize(crowded ? 6 : 11);
        m_bids->setPen(crowded ? QPen(Qt::NoPen) : QPen(palette().color(QPalette::Base)));
    }
    m_bids->replace(ranked);
    m_overBudget->replace(over);
    m_winner->replace(winner);

    const bool fbs = t.method == SelectionMethod::Fbs && t.budget;
    if (fbs) {
        lowX = std::min(lowX, *t.budget / scale.divisor);
        highX = std::max(highX, *t.budget / scale.divisor);
    }
    if (!std::isfinite(lowX)) { // nothing opened yet
        lowX = 0;
        highX = 100;
    }
    const double pad = highX > lowX ? (highX - lowX) * 0.08 : std::max(highX * 0.1, 1.0);
    m_price->setRange(std::max(0.0, lowX - pad), highX + pad);
    m_price->applyNiceNumbers();
    // As many decimals as the tick spacing needs, so no two labels read alike.
    const double step = (m_price->max() - m_price->min()) / std::max(1, m_price->tickCount() - 1);
    m_price->setLabelFormat(step >= 1     ? QStringLiteral("%.0f")
                            : step >= 0.1 ? QStringLiteral("%.1f")
                                          : QStringLiteral("%.2f"));
    m_price->setTitleText(tr("Evaluated price (%1)").arg(scale.unit));
    const double floorY = std::max(0.0, std::floor((lowY - 5) / 10) * 10);
    m_technical->setRange(floorY, 100);
    m_technical->setTickCount(int((100 - floorY) / 10) + 1);

    m_minimumLine->setName(
        tr("Minimum technical score (%1)").arg(QString::number(t.minimumTechnicalScore)));
    m_minimumLine->replace({QPointF(m_price->min(), t.minimumTechnicalScore),
                            QPointF(m_price->max(), t.minimumTechnicalScore)});
    if (fbs)
        m_budgetLine->replace(
            {QPointF(*t.budget / scale.divisor, floorY), QPointF(*t.budget / scale.divisor, 100)});
    else
        m_budgetLine->clear();
    showMarker(m_chart, m_budgetLine, fbs);
    showMarker(m_chart, m_overBudget, t.method == SelectionMethod::Fbs);
    showMarker(m_chart, m_winner, !winner.isEmpty());
    showMarker(m_chart, m_bids, !ranked.isEmpty());

    while (m_labelItems.size() < m_labels.size()) {
        auto* item = new QGraphicsSimpleTextItem(m_chart);
        item->setBrush(palette().color(QPalette::Text));
        m_labelItems << item;
    }
    for (int i = 0; i < m_labelItems.size(); ++i) {
        m_labelItems[i]->setVisible(i < m_labels.size());
        if (i < m_labels.size())
            m_labelItems[i]->setText(m_labels[i].text);
    }
    placeLabels();

    QStringList notes;
    if (!ev.evaluated)
        notes << tr("Not evaluated: %1")
                     .arg(ev.noAwardReason.isEmpty() ? tr("the tender is not complete")
                                                     : ev.noAwardReason);
    if (ev.hasWinner())
        notes << tr("\u2605 is the winner, %1.").arg(t.bids[std::size_t(ev.winner)].id);
    if (points > kMaxLabels)
        notes << tr("%1 bids plotted; only the winner is labelled.").arg(points);
    const QString closed =
        summariseBids(t, ev, [](const BidResult& r) { return !r.evaluatedPrice.has_value(); });
    if (!closed.isEmpty() && ev.evaluated)
        notes << tr("Not plotted, as their prices are not opened (two-envelope rule): %1.")
                     .arg(closed);
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
    m_view->setAccessibleDescription(m_note->text());
}

void PriceScatterChart::placeLabels()
{
    for (int i = 0; i < m_labels.size() && i < m_labelItems.size(); ++i) {
        QGraphicsSimpleTextItem* item = m_labelItems[i];
        const QPointF at = m_chart->mapToPosition(m_labels[i].value, m_bids);
        item->setPos(at.x() + 8, at.y() - item->boundingRect().height() - 2);
    }
}

void PriceScatterChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void PriceScatterChart::applyPalette()
{
    const QPalette p = palette();
    applyChartPalette(m_chart, p);
    const bool dark = isDarkPalette(p);
    const QColor base = p.color(QPalette::Base);
    const QColor bid = dark ? QColor(0x6f, 0xa8, 0xdc) : QColor(0x2f, 0x6d, 0xb5);
    const QColor star = dark ? QColor(0xf5, 0xc5, 0x18) : QColor(0xe0, 0x9b, 0x00);
    const QColor minimum = dark ? QColor(0xf0, 0x70, 0x6a) : QColor(0xc6, 0x28, 0x28);
    QColor muted = p.color(QPalette::Text);
    muted.setAlphaF(0.55f);

    m_bids->setColor(bid);
    if (m_bids->pen().style() != Qt::NoPen)
        m_bids->setBorderColor(base);
    m_winner->setColor(star);
    m_winner->setBorderColor(dark ? star.lighter(130) : star.darker(140));
    m_overBudget->setColor(muted);
    m_overBudget->setBorderColor(base);
    m_minimumLine->setPen(QPen(minimum, 1.5, Qt::DashLine));
    m_budgetLine->setPen(QPen(muted, 1.5, Qt::DotLine));
    for (QGraphicsSimpleTextItem* item : std::as_const(m_labelItems))
        item->setBrush(p.color(QPalette::Text));
}

} // namespace tulana
