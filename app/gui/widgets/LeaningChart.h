#pragma once

#include <QStringList>
#include <QWidget>

#include <array>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace tulana {

struct Recommendation;

// How many considerations of Table 3 favour open source, are neutral,
// favour proprietary or are not answered yet: one horizontal bar each, in
// the leaning's colour, the count and the words in the axis label so that
// the colour is never the only cue. Hovering a bar names its considerations.
//
// Qt Charts is deprecated from Qt 6.10: like ScoreBarChart and
// PriceScatterChart, this class is the only code of its chart.
class LeaningChart : public QWidget
{
    Q_OBJECT
public:
    explicit LeaningChart(QWidget* parent = nullptr);
    ~LeaningChart() override;

    void setRecommendation(const Recommendation& recommendation);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Bar
    {
        OpenBar,
        NeutralBar,
        ProprietaryBar,
        UnansweredBar,
        BarCount
    };
    void applyPalette();
    void showTip(bool status, int index);

    QChartView* m_view;
    QChart* m_chart;
    QHorizontalStackedBarSeries* m_series;
    std::array<QBarSet*, BarCount> m_sets{};
    QBarCategoryAxis* m_categories;
    QValueAxis* m_values;
    std::array<QStringList, BarCount> m_names; // the considerations behind each bar
};

} // namespace tulana
