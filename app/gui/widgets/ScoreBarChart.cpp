#include "ScoreBarChart.h"
#include "PriceScatterChart.h"

#include "scoring/Evaluation.h"
#include "support/Money.h"
#include "tender/Tender.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace tulana {
namespace {

// Category labels name the bid and its bidder briefly; the table beside the
// chart has the full names.
QString categoryLabel(const Bid& bid, bool winner)
{
    constexpr int kNameLength = 22;
    QString name = bid.bidder.simplified();
    if (name.size() > kNameLength)
        name = name.left(kNameLength - 1).trimmed() + QChar(0x2026);
    QString label = winner ? QStringLiteral("\u2605 ") + bid.id : bid.id;
    if (!name.isEmpty())
        label += QStringLiteral("  ") + name;
    return label;
}

// QBarCategoryAxis drops a repeated category, and ids may repeat while a
// tender is being edited: keep every bar by making its label unique.
QString uniqueLabel(QString label, const QStringList& taken)
{
    while (taken.contains(label))
        label += QChar(0x200B); // zero-width space: looks the same
    return label;
}

QString standingText(const Evaluation& ev, Standing s)
{
    switch (s) {
    case Standing::Qualified:
        return ev.method == SelectionMethod::Qbs ? ScoreBarChart::tr("not opened under QBS")
                                                 : ScoreBarChart::tr("qualified");
    case Standing::BelowMinimumTechnical:
        return ScoreBarChart::tr("below the minimum technical score");
    case Standing::BelowCriterionMinimum:
        return ScoreBarChart::tr("below a criterion's minimum marks");
    case Standing::OverBudget:
        return ScoreBarChart::tr("over budget");
    case Standing::NonResponsive:
        return ScoreBarChart::tr("non-responsive");
    case Standing::Withdrawn:
        return ScoreBarChart::tr("withdrawn");
    case Standing::Ineligible:
        return ScoreBarChart::tr("not eligible");
    case Standing::Incomplete:
        return ScoreBarChart::tr("cannot be scored yet");
    }
    return {};
}

} // namespace

QString summariseBids(const Tender& t, const Evaluation& ev,
                      const std::function<bool(const BidResult&)>& include)
{
    constexpr int kWithReasons = 3; // up to this many bids, each with its reason
    constexpr int kIdsPerGroup = 4;
    std::vector<const BidResult*> bids;
    for (const BidResult& r : ev.results)
        if (include(r))
            bids.push_back(&r);
    QStringList parts;
    if (bids.size() <= std::size_t(kWithReasons)) {
        for (const BidResult* r : bids) {
            const QString& id = t.bids[std::size_t(r->bid)].id;
            const QString reason = r->why.isEmpty() ? standingText(ev, r->standing) : r->reason();
            parts << ScoreBarChart::tr("%1 (%2)").arg(id, reason);
        }
        return parts.join(QStringLiteral("; "));
    }
    std::vector<Standing> order;
    for (const BidResult* r : bids)
        if (std::find(order.begin(), order.end(), r->standing) == order.end())
            order.push_back(r->standing);
    for (Standing s : order) {
        QStringList ids;
        int count = 0;
        for (const BidResult* r : bids) {
            if (r->standing != s)
                continue;
            if (++count <= kIdsPerGroup)
                ids << t.bids[std::size_t(r->bid)].id;
        }
        if (count > kIdsPerGroup)
            ids << QString(QChar(0x2026));
        parts << ScoreBarChart::tr("%1 %2 (%3)")
                     .arg(QString::number(count), standingText(ev, s),
                          ids.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

void applyChartPalette(QChart* chart, const QPalette& p)
{
    const QColor text = p.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15f);
    QColor line = text;
    line.setAlphaF(0.45f);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(line);
        axis->setShadesVisible(false);
    }
}

ScoreBarChart::ScoreBarChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_series(new QHorizontalStackedBarSeries)
    , m_first(new QBarSet(QString()))
    , m_second(new QBarSet(QString()))
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis)
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("scoreBarChart"));
    // Redrawn on every edit: an animation would replay each time.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    // Named for tests and tools that look the chart up.
    m_series->setObjectName(QStringLiteral("scoreBars"));
    m_first->setObjectName(QStringLiteral("firstBarSet"));
    m_second->setObjectName(QStringLiteral("financialBarSet"));
    m_series->append(m_first);
    m_series->append(m_second);
    m_series->setBarWidth(0.6);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_categories, Qt::AlignLeft);
    m_chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_categories->setGridLineVisible(false);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = m_chart->titleFont();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 220);
    m_view->setAccessibleName(tr("Score chart"));

    m_note->setWordWrap(true);
    m_note->setContentsMargins(8, 4, 8, 4);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName(QStringLiteral("scoreBarChartNote"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    connect(m_chart, &QChart::plotAreaChanged, this, &ScoreBarChart::placeValueLabels);
    connect(m_series, &QAbstractBarSeries::hovered, this, &ScoreBarChart::showTip);
    applyPalette();
}

ScoreBarChart::~ScoreBarChart() = default;

void ScoreBarChart::setEvaluation(const Tender& t, const Evaluation& ev)
{
    const bool qcbs = ev.method == SelectionMethod::Qcbs;
    const bool byPrice = ev.method == SelectionMethod::Lcs;
    const int shown = std::min(int(ev.ranking.size()), kMaxBars);

    double largestPrice = 0;
    if (byPrice)
        for (int i = 0; i < shown; ++i)
            largestPrice = std::max(
                largestPrice,
                ev.results[std::size_t(ev.ranking[std::size_t(i)])].evaluatedPrice.value_or(0));
    const AmountScale scale = amountScale(largestPrice, t.currency);

    // Best at the top: a horizontal bar chart draws its first category at
    // the bottom, so the ranking is laid out from the last shown bid up.
    QList<qreal> first, second;
    QStringList labels;
    m_barEnds.clear();
    m_tips.clear();
    m_secondTips.clear();
    QStringList endTexts;
    const int d = t.options.decimals;
    for (int i = shown - 1; i >= 0; --i) {
        const int b = ev.ranking[std::size_t(i)];
        const BidResult& r = ev.results[std::size_t(b)];
        const Bid& bid = t.bids[std::size_t(b)];
        labels << uniqueLabel(categoryLabel(bid, b == ev.winner), labels);
        if (qcbs) {
            const double tech = r.technicalForCombination * t.technicalWeight / 100.0;
            const double fin = r.financial.value_or(0) * t.financialWeight / 100.0;
            first << tech;
            second << fin;
            m_barEnds.push_back(r.combined.value_or(tech + fin));
            endTexts << QString::number(r.combined.value_or(tech + fin), 'f', d);
            m_tips << tr("%1: technical %2 × %3% = %4")
                          .arg(bid.id, QString::number(r.technicalForCombination, 'f', d),
                               QString::number(t.technicalWeight), QString::number(tech, 'g', 8));
            m_secondTips << tr("%1: financial %2 × %3% = %4")
                                .arg(bid.id, QString::number(r.financial.value_or(0), 'f', d),
                                     QString::number(t.financialWeight),
                                     QString::number(fin, 'g', 8));
        } else if (byPrice) {
            const double price = r.evaluatedPrice.value_or(0);
            first << price / scale.divisor;
            second << 0;
            m_barEnds.push_back(price / scale.divisor);
            endTexts << formatScaled(price, scale);
            m_tips << tr("%1: evaluated price %2").arg(bid.id, formatAmount(price, t.currency));
            m_secondTips << QString();
        } else {
            first << r.technical;
            second << 0;
            m_barEnds.push_back(r.technical);
            endTexts << QString::number(r.technical, 'f', d);
            m_tips
                << tr("%1: technical score %2").arg(bid.id, QString::number(r.technical, 'f', d));
            m_secondTips << QString();
        }
    }

    // Values first, then categories: the axis then lays out once per update.
    m_first->remove(0, m_first->count());
    m_second->remove(0, m_second->count());
    m_first->append(first);
    m_second->append(second);
    m_categories->clear();
    m_categories->append(labels);

    switch (ev.method) {
    case SelectionMethod::Qcbs:
        m_chart->setTitle(
            tr("Combined score: technical %1% + financial %2%")
                .arg(QString::number(t.technicalWeight), QString::number(t.financialWeight)));
        m_first->setLabel(tr("Technical (St × %1%)").arg(QString::number(t.technicalWeight)));
        m_second->setLabel(tr("Financial (Sf × %1%)").arg(QString::number(t.financialWeight)));
        break;
    case SelectionMethod::Lcs:
        m_chart->setTitle(tr("Evaluated price: the lowest wins (L1)"));
        m_first->setLabel(tr("Evaluated price"));
        break;
    case SelectionMethod::Qbs:
        m_chart->setTitle(tr("Technical score: the highest wins (QBS)"));
        m_first->setLabel(tr("Technical score"));
        break;
    case SelectionMethod::Fbs:
        m_chart->setTitle(tr("Technical score: the highest within the budget wins (FBS)"));
        m_first->setLabel(tr("Technical score"));
        break;
    }
    const auto markers = m_chart->legend()->markers(m_series);
    if (markers.size() == 2)
        markers.at(1)->setVisible(qcbs);
    m_chart->legend()->setVisible(qcbs);

    if (byPrice) {
        m_values->setTitleText(tr("Evaluated price (%1)").arg(scale.unit));
        m_values->setRange(0, std::max(largestPrice / scale.divisor * 1.12, 1.0));
        m_values->applyNiceNumbers();
    } else {
        m_values->setTitleText(tr("Points out of 100"));
        m_values->setRange(0, 100);
        m_values->setTickCount(6);
    }
    m_categories->setTitleText(shown > 0 ? tr("Ranked bids, best first") : QString());

    while (m_valueLabels.size() < endTexts.size()) {
        auto* item = new QGraphicsSimpleTextItem(m_chart);
        item->setBrush(palette().color(QPalette::Text));
        m_valueLabels << item;
    }
    for (int i = 0; i < m_valueLabels.size(); ++i) {
        m_valueLabels[i]->setVisible(i < endTexts.size());
        if (i < endTexts.size())
            m_valueLabels[i]->setText(endTexts[i]);
    }
    placeValueLabels();

    QStringList notes;
    if (!ev.evaluated) {
        notes << tr("Not evaluated: %1")
                     .arg(ev.noAwardReason.isEmpty() ? tr("the tender is not complete")
                                                     : ev.noAwardReason);
    } else {
        if (ev.hasWinner())
            notes << tr("\u2605 marks the winner, %1.").arg(t.bids[std::size_t(ev.winner)].id);
        else if (!ev.noAwardReason.isEmpty())
            notes << tr("No award: %1.").arg(ev.noAwardReason);
        if (int(ev.ranking.size()) > shown)
            notes << tr("Showing the %1 best-ranked of %2 ranked bids.")
                         .arg(shown)
                         .arg(ev.ranking.size());
        if (!ev.tieBreakNote.isEmpty())
            notes << ev.tieBreakNote + QLatin1Char('.');
        const QString unranked =
            summariseBids(t, ev, [](const BidResult& r) { return r.rank == 0; });
        if (!unranked.isEmpty())
            notes << tr("Not ranked: %1.").arg(unranked);
    }
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
    // Enough height for every category label: below about 26 pixels a bar
    // the axis elides them all to "…".
    m_view->setMinimumHeight(std::max(220, 140 + 28 * shown));
    m_view->setAccessibleDescription(m_chart->title() + QLatin1Char('\n') + m_note->text());
}

void ScoreBarChart::placeValueLabels()
{
    for (std::size_t i = 0; i < m_barEnds.size() && int(i) < m_valueLabels.size(); ++i) {
        QGraphicsSimpleTextItem* item = m_valueLabels[int(i)];
        const QPointF end = m_chart->mapToPosition(QPointF(m_barEnds[i], qreal(i)), m_series);
        item->setPos(end.x() + 4, end.y() - item->boundingRect().height() / 2);
    }
}

void ScoreBarChart::showTip(bool status, int index, QBarSet* set)
{
    if (!status || index < 0) {
        QToolTip::hideText();
        return;
    }
    const QStringList& tips = set == m_second ? m_secondTips : m_tips;
    if (index < tips.size() && !tips[index].isEmpty())
        QToolTip::showText(QCursor::pos(), tips[index], m_view);
}

void ScoreBarChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ScoreBarChart::applyPalette()
{
    const QPalette p = palette();
    applyChartPalette(m_chart, p);
    const bool dark = isDarkPalette(p);
    // Two hues that keep their contrast on a light and on a dark background.
    const QColor technical = dark ? QColor(0x6f, 0xa8, 0xdc) : QColor(0x2f, 0x6d, 0xb5);
    const QColor financial = dark ? QColor(0xf2, 0xa6, 0x4b) : QColor(0xe0, 0x84, 0x1b);
    m_first->setColor(technical);
    m_second->setColor(financial);
    m_first->setBorderColor(p.color(QPalette::Base));
    m_second->setBorderColor(p.color(QPalette::Base));
    for (QGraphicsSimpleTextItem* item : std::as_const(m_valueLabels))
        item->setBrush(p.color(QPalette::Text));
}

} // namespace tulana
