#pragma once

#include "widgets/SensitivityChart.h"

#include <QList>

class QGraphicsSimpleTextItem;

namespace tulana {

// The winner as the technical weight runs from 0 to 100%: one band per
// segment in the winning bid's colour, labelled with its id; the announced
// weight marked; the weights the rulebook does not allow hatched.
class WeightSegmentsChart : public SensitivityChart
{
    Q_OBJECT
public:
    explicit WeightSegmentsChart(QWidget* parent = nullptr);

    void setResult(const SensitivityResult& result) override;

private:
    void placeLabels();

    struct Label
    {
        double from = 0;
        double to = 0;
        QGraphicsSimpleTextItem* item = nullptr;
    };
    QList<Label> m_labels;
};

} // namespace tulana
