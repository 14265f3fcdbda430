#pragma once

#include "document/DocumentTypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace tulana {

class FieldHints;
class MessageBar;
class SpinSlider;
class TenderDocument;

// The tender's particulars, its selection method and weights, and the
// evaluation options it announces, each field with the rulebook's limits
// (and any breach) shown beneath it, and the evaluation committee.
//
// Every change is an undo command; the fields are refreshed from the
// document, so undo, redo and opening a file all show up here.
class TenderPage : public QWidget
{
    Q_OBJECT
public:
    explicit TenderPage(TenderDocument* document, QWidget* parent = nullptr);

private:
    QWidget* makeParticulars();
    QWidget* makeMethod();
    QWidget* makeOptions();
    MessageBar* addHint(QFormLayout* form, const QStringList& paths);
    void setField(TenderField field, const QVariant& value);
    void setWeights(double technical);
    void commitBudget();

    void refresh();
    void refreshHints();

    TenderDocument* m_document;
    FieldHints* m_hints;
    MessageBar* m_start;

    QLineEdit* m_reference;
    QLineEdit* m_title;
    QLineEdit* m_entity;
    QLineEdit* m_category;
    QComboBox* m_currency;

    QComboBox* m_method;
    QComboBox* m_rulebook;
    SpinSlider* m_technicalWeight;
    QDoubleSpinBox* m_financialWeight;
    SpinSlider* m_minimum;
    QLineEdit* m_budget;
    MessageBar* m_budgetMessage;

    QComboBox* m_technicalBasis;
    QComboBox* m_priceFormula;
    QSpinBox* m_decimals;
    QComboBox* m_rounding;
    QComboBox* m_tieBreak;
    QCheckBox* m_pricesIncludeTax;
};

} // namespace tulana
