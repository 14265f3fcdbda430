#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace tulana {

class OpennessComparisonModel;
class OpennessComponentsModel;
class OpennessRadarChart;
class TenderDocument;

// The openness of the offered AI systems (docs/openness.md): the tender's
// openness sub-criterion (on/off, basis, maximum marks: switching it on
// re-ranks at once), and for each bid its component checklist, an
// "Import record…" button for Model Openness Tool and Open Source AI Index
// files, and the assessment explained in plain words; a comparison of all
// bids as a radar chart and a table of classes and flags.
class OpennessPage : public QWidget
{
    Q_OBJECT
public:
    explicit OpennessPage(TenderDocument* document, QWidget* parent = nullptr);

    OpennessComponentsModel* componentsModel() const { return m_components; }
    OpennessComparisonModel* comparisonModel() const { return m_comparison; }
    OpennessRadarChart* radarChart() const { return m_radar; }

    // Shows bid `bid` (an index into the tender's bids).
    void showBid(int bid);
    // Asks for a YAML record and imports it into the bid shown.
    void importRecord();
    // Imports `path` into the bid shown; false (with the located problems
    // shown in a ProblemsDialog) when the record cannot be read.
    bool importRecordFile(const QString& path);

private:
    QWidget* createSchemeEditor();
    QWidget* createBidView();
    QWidget* createComparison();
    void fillBidSelector();
    void updateScheme();
    void updateAssessment();
    void updateComparison();
    void pushScheme(bool on, int basisIndex, double maxMarks);
    void setClaim(int index);
    void clearRecord();

    TenderDocument* m_document;
    OpennessComponentsModel* m_components;
    OpennessComparisonModel* m_comparison;
    QCheckBox* m_on = nullptr;
    QComboBox* m_basis = nullptr;
    QDoubleSpinBox* m_maxMarks = nullptr;
    QLabel* m_schemeNote = nullptr;
    QComboBox* m_bidSelector = nullptr;
    QComboBox* m_claim = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_clear = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_explanation = nullptr;
    OpennessRadarChart* m_radar = nullptr;
    QTableView* m_comparisonTable = nullptr;
    bool m_updating = false;
};

} // namespace tulana
