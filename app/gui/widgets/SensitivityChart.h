#pragma once

#include <QChartView>
#include <QColor>

class QAbstractAxis;
class QAbstractSeries;

namespace tulana {

struct SensitivityResult;

// The common ground of the Sensitivity page's three charts: a chart view
// redrawn whole from each analysis (a few series),
// with the palette's colours so that it reads in a dark theme, and a colour
// per bid shared by the charts that name bids.
class SensitivityChart : public QChartView
{
    Q_OBJECT
public:
    explicit SensitivityChart(QWidget* parent = nullptr);

    virtual void setResult(const SensitivityResult& result) = 0;

    // One colour per bid index; what is not one bid is grey.
    static QColor bidColour(int bid);

protected:
    void clearChart();
    void attach(QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y);
    void finishChart();
    void changeEvent(QEvent* event) override;
};

} // namespace tulana
