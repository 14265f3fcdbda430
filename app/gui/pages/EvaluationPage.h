#pragma once

#include <QWidget>

class QTableView;

namespace tulana {

// What to do first, while nothing has been entered.
QString startHint();

class DerivationPanel;
class MessageBar;
class PriceScatterChart;
class RankingModel;
class ScoreBarChart;
class TenderDocument;

// The evaluation, live: the award (or why there is none), the ranking, the
// two charts and the "why" panel with the derivation of the selected number
// and the warnings (rank reversal, tie-break) the core raises.
class EvaluationPage : public QWidget
{
    Q_OBJECT
public:
    explicit EvaluationPage(TenderDocument* document, QWidget* parent = nullptr);

    RankingModel* model() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void update();
    void updateBanner();
    void showCurrentDerivation();
    void fitColumns();

    TenderDocument* m_document;
    RankingModel* m_model;
    MessageBar* m_banner;
    QTableView* m_table;
    ScoreBarChart* m_bars;
    PriceScatterChart* m_scatter;
    DerivationPanel* m_why;
    // The charts are redrawn only where they can be seen: typing on another
    // page of a 10,000-bid tender should not pay for them at every key.
    bool m_chartsStale = false;
};

} // namespace tulana
