#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QSplitter;
class QTableView;

namespace tulana {

class AcceptabilityChart;
class MessageBar;
class PriceToWinModel;
class SensitivityRunner;
class TenderDocument;
class TornadoChart;
class WeightSegmentsChart;

// How robust the award is, worked out again after every edit in a worker
// thread (SensitivityRunner): the winner as the technical weight varies,
// the criterion weights over which it holds (a tornado), what each bid would
// need to win on price or marks, the rank acceptability of the bids over
// ranges of weights, and the winner without each member of the committee.
class SensitivityPage : public QWidget
{
    Q_OBJECT
    // True while an analysis is due or running (the screenshot tool waits).
    Q_PROPERTY(bool busy READ busy)
public:
    explicit SensitivityPage(TenderDocument* document, QWidget* parent = nullptr);

    SensitivityRunner* runner() const { return m_runner; }
    PriceToWinModel* model() const { return m_model; }
    bool busy() const;

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildWeights();
    QWidget* buildTornado();
    QWidget* buildAcceptability();
    void showResult(); // the runner's latest result
    void applyOptions();
    void fitSplitters();
    void showAcceptabilityNote();

    SensitivityRunner* m_runner;
    PriceToWinModel* m_model;
    MessageBar* m_banner;
    QWidget* m_content;
    QLabel* m_weightSentence;
    WeightSegmentsChart* m_weightChart;
    QLabel* m_tornadoCaption;
    TornadoChart* m_tornado;
    QTableView* m_table;
    QSpinBox* m_draws;
    QDoubleSpinBox* m_weightRange;
    QSpinBox* m_seed;
    QLabel* m_working;
    AcceptabilityChart* m_acceptability;
    QLabel* m_acceptabilityNote;
    QLabel* m_members;
    QSplitter* m_main = nullptr;
    QSplitter* m_charts = nullptr;
    QSplitter* m_bottom = nullptr;
    bool m_sized = false;
};

} // namespace tulana
