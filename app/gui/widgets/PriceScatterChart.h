#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace tulana {

struct Evaluation;
struct Tender;

// Technical score against evaluated price, one point per bid whose financial
// proposal is opened, with the qualifying line at the minimum technical
// score. Bids whose prices stay closed (two-envelope rule: not technically
// qualified, or every bid but the winner under QBS) are only counted in the
// note under the chart, never placed at a price.
//
// Qt Charts is deprecated from Qt 6.10: this class and ScoreBarChart are the
// only code that uses it, so that they can be replaced together.
class PriceScatterChart : public QWidget
{
    Q_OBJECT
public:
    explicit PriceScatterChart(QWidget* parent = nullptr);
    ~PriceScatterChart() override;

    // Cheap enough to call on every edit, and for thousands of bids: the
    // series are refilled in one call each, and only a few points are labelled.
    void setEvaluation(const Tender& tender, const Evaluation& evaluation);

    // Above this many points only the winner is labelled with its bid id.
    static constexpr int kMaxLabels = 40;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Label
    {
        QPointF value;
        QString text;
    };
    void applyPalette();
    void placeLabels();

    QChartView* m_view;
    QChart* m_chart;
    QScatterSeries* m_bids;       // opened and ranked
    QScatterSeries* m_winner;     // drawn over the others, as a star
    QScatterSeries* m_overBudget; // FBS: opened, but above the budget
    QLineSeries* m_minimumLine;
    QLineSeries* m_budgetLine;
    QValueAxis* m_price;
    QValueAxis* m_technical;
    QLabel* m_note;

    QList<Label> m_labels;
    QList<QGraphicsSimpleTextItem*> m_labelItems; // reused between updates
};

// How amounts are shown on a chart: rupees in lakh (or crore for very large
// amounts, rupees for small ones), other currencies in thousands or millions.
struct AmountScale
{
    double divisor = 1;
    QString unit; // "₹ lakh", "USD million"...
};
AmountScale amountScale(double largest, const QString& currency);
// "172.28" for ₹1,72,28,000 in lakh: two decimals, as read off the axis.
QString formatScaled(double amount, const AmountScale& scale);

} // namespace tulana
