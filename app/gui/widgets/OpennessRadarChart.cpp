#include "widgets/OpennessRadarChart.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QLineSeries>
#include <QPolarChart>
#include <QVBoxLayout>

#include <QValueAxis>
#include <cstdlib>

namespace tulana {
namespace {

// A polar chart keeps the widest angular label's width free on both sides
// of the circle: one long name ("Innovation and Customisability") shrank
// the plot of a 450-pixel-wide radar to a 30-pixel blob. Long names are set
// on two lines (axis labels are rich text), halving what they take.
QString twoLines(const QString& label)
{
    constexpr int kLongLabel = 14; // characters
    if (label.size() <= kLongLabel)
        return label.toHtmlEscaped();
    int split = -1;
    for (int i = 0; i < label.size(); ++i)
        if (label.at(i) == u' ' &&
            (split < 0 || std::abs(i - label.size() / 2) < std::abs(split - label.size() / 2)))
            split = i;
    if (split < 0)
        return label.toHtmlEscaped();
    return label.left(split).toHtmlEscaped() + QStringLiteral("<br>") +
           label.mid(split + 1).toHtmlEscaped();
}

} // namespace

OpennessRadarChart::OpennessRadarChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QPolarChart)
    , m_angular(new QCategoryAxis)
    , m_radial(new QValueAxis)
{
    setObjectName(QStringLiteral("opennessRadarChart"));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setTitle(tr("Openness of each offered system"));
    m_angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_angular->setRange(0, 1);
    m_radial->setRange(0, 100);
    m_radial->setTickCount(5);
    m_radial->setLabelFormat(QStringLiteral("%d%"));
    auto* polar = static_cast<QPolarChart*>(m_chart);
    polar->addAxis(m_angular, QPolarChart::PolarOrientationAngular);
    polar->addAxis(m_radial, QPolarChart::PolarOrientationRadial);

    // Every pixel of margin is taken from the circle's diameter.
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    // Below this the rings and the bids' lines can no longer be told apart
    // (about 260 pixels across with two-line labels); a splitter or a dock
    // beside it must leave it this much (tst_training measures it at 1280×800
    // with the training panel docked).
    m_view->setMinimumSize(kMinimumWidth, kMinimumHeight);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

OpennessRadarChart::~OpennessRadarChart() = default;

void OpennessRadarChart::setProfiles(const QStringList& axes, const std::vector<Profile>& profiles)
{
    m_chart->removeAllSeries();
    for (const QString& label : m_angular->categoriesLabels())
        m_angular->remove(label);
    const int n = int(axes.size());
    m_angular->setRange(0, std::max(1, n));
    // A category ends at its value: axis i is labelled at angle i.
    for (int i = 0; i < n; ++i)
        m_angular->append(twoLines(axes.at(i)), i);
    for (const Profile& p : profiles) {
        auto* series = new QLineSeries;
        series->setName(p.label);
        for (int i = 0; i < n && std::size_t(i) < p.shares.size(); ++i)
            series->append(i, 100.0 * p.shares[std::size_t(i)]);
        if (n > 0 && !p.shares.empty())
            series->append(n, 100.0 * p.shares.front()); // close the line
        m_chart->addSeries(series);
        series->attachAxis(m_angular);
        series->attachAxis(m_radial);
    }
}

} // namespace tulana
