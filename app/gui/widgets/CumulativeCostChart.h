#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QChart;
class QChartView;
class QValueAxis;

namespace tulana {

// A line chart of each bid's cumulative cost, year by year over the
// tender's horizon (docs/scoring.md, "Lifecycle cost"): where two lines
// cross, the bid cheaper at the start stops being the cheaper one. The line
// style tells the bid's nature (solid: open source, dashed: proprietary,
// dotted: mixed), so the chart reads without colour.
//
// Qt Charts is deprecated from Qt 6.10: like the other charts, this class
// keeps its use in one place.
class CumulativeCostChart : public QWidget
{
    Q_OBJECT
public:
    struct Line
    {
        QString label;              // "B1"
        QString nature;             // "open-source", "proprietary", "mixed"
        std::vector<double> values; // cumulative cost at the end of years 0..H
    };

    explicit CumulativeCostChart(QWidget* parent = nullptr);
    ~CumulativeCostChart() override;

    // Replaces the lines; `discounted` says which cumulative cost they are.
    void setLines(const std::vector<Line>& lines, const QString& currency, bool discounted);

    QChart* chart() const { return m_chart; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QChartView* m_view;
    QChart* m_chart;
    QValueAxis* m_years;
    QValueAxis* m_amounts;
};

} // namespace tulana
