#pragma once

#include "diagnostics/Problem.h"
#include "tender/Tender.h"

#include <QWizard>

#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSlider;
class QSpinBox;
class QTreeWidget;

namespace tulana {

struct Rulebook;

// Sets up a new tender in four short pages: its particulars and committee,
// the selection method with its weights and the rulebook it follows, the
// evaluation options announced in the tender document, and the technical
// criteria to start from (a template for a kind of AI system, or one
// criterion to fill in). The rulebook's limits are shown live, and Finish is
// refused while one of its errors is breached.
class NewTenderWizard : public QWizard
{
    Q_OBJECT
public:
    explicit NewTenderWizard(QWidget* parent = nullptr);
    ~NewTenderWizard() override;

    // The tender as set up, with the chosen template's criteria (or one
    // starter criterion) and the committee typed (or three evaluators), so
    // that it is valid and can be edited at once.
    Tender tender() const;

    bool validateCurrentPage() override;

private:
    class Page;
    Page* makeParticularsPage();
    Page* makeMethodPage();
    Page* makeOptionsPage();
    Page* makeCriteriaPage();
    std::vector<Criterion> chosenCriteria() const;
    void showCriteriaPreview();
    QLabel* explanation(const QString& text);

    Tender settings() const; // the fields only, without the starter content
    const Rulebook* selectedRulebook() const;
    Problems ruleProblems() const;
    bool breachesRulebook() const;
    bool methodIsComplete() const;
    void updateMethodFields();
    void updateChecks();

    QLineEdit* m_reference;
    QLineEdit* m_title;
    QLineEdit* m_entity;
    QComboBox* m_category;
    QComboBox* m_currency;
    QPlainTextEdit* m_committee; // one member per line: "Name, designation"

    QComboBox* m_method;
    QLabel* m_methodExplanation;
    QComboBox* m_rulebook;
    QSpinBox* m_technicalWeight;
    QSlider* m_technicalSlider;
    QLabel* m_financialWeight;
    QDoubleSpinBox* m_minimumTechnical;
    QDoubleSpinBox* m_budget;
    QLabel* m_budgetInWords;
    QLabel* m_methodLimits;

    QComboBox* m_technicalBasis;
    QComboBox* m_priceFormula;
    QCheckBox* m_pricesIncludeTax;
    QSpinBox* m_decimals;
    QComboBox* m_rounding;
    QComboBox* m_tieBreak;
    QLabel* m_optionsLimits;

    // A button's id is its template's index in builtInCriteriaTemplates(); negative: start empty.
    QButtonGroup* m_templates = nullptr;
    QTreeWidget* m_criteriaPreview = nullptr;
    QLabel* m_templateAbout = nullptr;

    Page* m_particularsPage;
    Page* m_methodPage;
    Page* m_optionsPage;
    Page* m_criteriaPage = nullptr;
};

} // namespace tulana
