#include "widgets/OpennessRadarChart.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QLineSeries>
#include <QPolarChart>
#include <QVBoxLayout>
#include <QValueAxis>

namespace tulana {

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

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(360, 320);
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
        m_angular->append(axes.at(i), i);
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
