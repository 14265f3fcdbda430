#include "widgets/LeaningChart.h"

#include "decision/Recommendation.h"
#include "util/LeaningStyle.h"
#include "widgets/ScoreBarChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace tulana {

LeaningChart::LeaningChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_series(new QHorizontalStackedBarSeries)
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    setObjectName(QStringLiteral("leaningChart"));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->hide(); // the axis labels name the bars
    m_chart->setTitle(tr("Leanings of the considerations"));
    QFont titleFont = m_chart->titleFont();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_series->setObjectName(QStringLiteral("leaningBars"));
    // One set per leaning, each with a value only in its own row: that gives
    // each bar its own colour.
    const char* names[BarCount] = {"openBarSet", "neutralBarSet", "proprietaryBarSet",
                                   "unansweredBarSet"};
    for (int i = 0; i < BarCount; ++i) {
        m_sets[std::size_t(i)] = new QBarSet(QString());
        m_sets[std::size_t(i)]->setObjectName(QLatin1String(names[i]));
        m_series->append(m_sets[std::size_t(i)]);
        connect(m_sets[std::size_t(i)], &QBarSet::hovered, this,
                [this, i](bool status, int) { showTip(status, i); });
    }
    m_series->setBarWidth(0.65);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_categories, Qt::AlignLeft);
    m_chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_categories->setGridLineVisible(false);
    m_values->setLabelFormat(QStringLiteral("%d"));

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(260, 170);
    m_view->setAccessibleName(tr("Leanings chart"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    applyPalette();
}

LeaningChart::~LeaningChart() = default;

void LeaningChart::setRecommendation(const Recommendation& r)
{
    for (QStringList& names : m_names)
        names.clear();
    for (const ConsiderationAssessment& a : r.considerations) {
        const Bar bar = !a.answered                                ? UnansweredBar
                        : a.leaning == Leaning::FavoursOpen        ? OpenBar
                        : a.leaning == Leaning::FavoursProprietary ? ProprietaryBar
                                                                   : NeutralBar;
        m_names[bar] << a.name;
    }
    const QString labels[BarCount] = {
        tr("Favour open source: %1").arg(r.favoursOpen),
        tr("Neutral: %1").arg(r.neutral),
        tr("Favour proprietary: %1").arg(r.favoursProprietary),
        tr("Not answered: %1").arg(r.unanswered),
    };
    // A horizontal bar chart draws its first category at the bottom: the
    // rows are laid out from the last up, so "open source" is on top.
    QStringList categories;
    for (int row = BarCount - 1; row >= 0; --row)
        categories << labels[row];
    for (int i = 0; i < BarCount; ++i) {
        QList<qreal> values;
        for (int row = BarCount - 1; row >= 0; --row)
            values << (row == i ? qreal(m_names[std::size_t(i)].size()) : 0.0);
        QBarSet* set = m_sets[std::size_t(i)];
        set->remove(0, set->count());
        set->append(values);
    }
    m_categories->setCategories(categories);
    const int total = std::max(1, int(r.considerations.size()));
    m_values->setRange(0, total);
    m_values->setTickCount(total + 1);
    m_view->setAccessibleDescription(
        QStringList(labels, labels + BarCount).join(QStringLiteral("; ")));
}

void LeaningChart::showTip(bool status, int bar)
{
    if (!status || m_names[std::size_t(bar)].isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), m_names[std::size_t(bar)].join(QLatin1Char('\n')), this);
}

void LeaningChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void LeaningChart::applyPalette()
{
    const QPalette& p = palette();
    applyChartPalette(m_chart, p);
    const Leaning leanings[] = {Leaning::FavoursOpen, Leaning::Neutral,
                                Leaning::FavoursProprietary};
    for (int i = 0; i < BarCount; ++i) {
        const QColor colour =
            i == UnansweredBar ? unansweredColour(p) : leaningColour(leanings[i], p);
        m_sets[std::size_t(i)]->setColor(colour);
        m_sets[std::size_t(i)]->setBorderColor(colour);
    }
}

} // namespace tulana
