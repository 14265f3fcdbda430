#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QHorizontalStackedBarSeries;
class QLabel;
class QPalette;
class QValueAxis;

namespace tulana {

struct BidResult;
struct Evaluation;
struct Tender;

// The ranked bids as horizontal bars, best at the top. Under QCBS each bar
// stacks the technical contribution (St × Tw) and the financial one
// (Sf × Fw) and ends with the combined score; under L1, QBS and FBS the bar
// is the figure that decides the rank. Bids that are not ranked are listed
// under the chart with their reason (their prices stay unopened).
//
// Qt Charts is deprecated from Qt 6.10: this class and PriceScatterChart are
// the only code that uses it, so that they can be replaced together.
class ScoreBarChart : public QWidget
{
    Q_OBJECT
public:
    explicit ScoreBarChart(QWidget* parent = nullptr);
    ~ScoreBarChart() override;

    // Cheap enough to call on every edit: the chart, series and axes are
    // reused, only their values change.
    void setEvaluation(const Tender& tender, const Evaluation& evaluation);

    // More ranked bids than this are summarised: only the best are drawn.
    static constexpr int kMaxBars = 10;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void placeValueLabels();
    void showTip(bool status, int index, QBarSet* set);

    QChartView* m_view;
    QChart* m_chart;
    QHorizontalStackedBarSeries* m_series;
    QBarSet* m_first;  // technical contribution, or the deciding score
    QBarSet* m_second; // financial contribution (QCBS only)
    QBarCategoryAxis* m_categories;
    QValueAxis* m_values;
    QLabel* m_note;

    // One text per bar, placed after its end; reused between updates.
    QList<QGraphicsSimpleTextItem*> m_valueLabels;
    std::vector<double> m_barEnds;
    QStringList m_tips;       // per bar: what the hovered bar stands for
    QStringList m_secondTips; // per bar, for the financial part
};

// Shared by the two chart widgets. The chart's colours follow the widget's
// palette, so that it reads in a dark theme too.
void applyChartPalette(QChart* chart, const QPalette& palette);
bool isDarkPalette(const QPalette& palette);
// "B4 (technical score 58.58 is below the minimum of 70)" for a few bids;
// for many, counted by standing with a few ids each, so that a 10,000-bid
// tender gives a short note.
QString summariseBids(const Tender& tender, const Evaluation& evaluation,
                      const std::function<bool(const BidResult&)>& include);

} // namespace tulana
