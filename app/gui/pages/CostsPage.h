#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

namespace tulana {

class CostComparisonModel;
class CostLinesModel;
class CumulativeCostChart;
class TenderDocument;
class UpdateWhenShown;

// Lifecycle cost (docs/scoring.md, "Lifecycle cost"): the tender's terms
// (which price the financial score uses, the horizon, the discount rate:
// changing the basis re-ranks at once), each bid's cost lines with its
// lock-in indicator, and a comparison of all bids: the cost lines side by
// side with the totals, and a chart of the cumulative cost year by year.
class CostsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CostsPage(TenderDocument* document, QWidget* parent = nullptr);

    CostLinesModel* linesModel() const { return m_lines; }
    CostComparisonModel* comparisonModel() const { return m_comparison; }
    CumulativeCostChart* chart() const { return m_chart; }

    // Shows bid `bid` (an index into the tender's bids).
    void showBid(int bid);
    // Adds a line of `kind` to the bid shown, and starts editing its amount.
    void addLine(const QString& kind);
    // Removes the selected line of the bid shown.
    void removeSelectedLine();

private:
    QWidget* createTermsEditor();
    QWidget* createBidView();
    QWidget* createComparison();
    void fillBidSelector();
    void updateTerms();
    void updateBidLockIn();
    void updateComparison();
    void pushTerms();

    TenderDocument* m_document;
    CostLinesModel* m_lines;
    CostComparisonModel* m_comparison;
    UpdateWhenShown* m_comparisonUpdate = nullptr;
    QComboBox* m_basis = nullptr;
    QSpinBox* m_horizon = nullptr;
    QDoubleSpinBox* m_rate = nullptr;
    QLabel* m_verdict = nullptr;
    QComboBox* m_bidSelector = nullptr;
    QToolButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_bidLockIn = nullptr;
    QTableView* m_comparisonTable = nullptr;
    QCheckBox* m_discounted = nullptr;
    CumulativeCostChart* m_chart = nullptr;
    QLabel* m_lockIns = nullptr;
    bool m_updating = false;
};

} // namespace tulana
