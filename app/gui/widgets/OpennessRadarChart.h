#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QCategoryAxis;
class QChart;
class QChartView;
class QValueAxis;

namespace tulana {

// A radar (polar) chart of openness dimensions, one closed line per bid:
// the four outcomes of Table 1 and how much of the code, data and weights
// is released openly (openness::opennessDimensions()), each from 0 to 100%.
//
// Qt Charts is deprecated from Qt 6.10: like ScoreBarChart and
// PriceScatterChart, this class keeps its use in one place.
class OpennessRadarChart : public QWidget
{
    Q_OBJECT
public:
    struct Profile
    {
        QString label;              // "B1"
        std::vector<double> shares; // 0..1, one per axis
    };

    explicit OpennessRadarChart(QWidget* parent = nullptr);
    ~OpennessRadarChart() override;

    // Replaces the axes' names and the bids' profiles.
    void setProfiles(const QStringList& axes, const std::vector<Profile>& profiles);

    QChart* chart() const { return m_chart; }

    static constexpr int kMinimumWidth = 500;
    static constexpr int kMinimumHeight = 440;

private:
    QChartView* m_view;
    QChart* m_chart;
    QCategoryAxis* m_angular;
    QValueAxis* m_radial;
};

} // namespace tulana
