#include "pages/TenderPage.h"

#include "commands/TenderCommands.h"
#include "document/TenderDocument.h"
#include "pages/CommitteeEditor.h"
#include "pages/EvaluationPage.h"
#include "pages/FieldHints.h"
#include "rulebook/Rulebook.h"
#include "training/Anchors.h"
#include "util/Format.h"
#include "util/LineEditText.h"
#include "util/MessageBar.h"
#include "util/SpinSlider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace tulana {
namespace {

QComboBox* comboBox(const char* objectName, const QString& accessibleName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(objectName));
    combo->setAccessibleName(accessibleName);
    // Long choices (rulebooks, price formulas) would otherwise set the
    // page's minimum width and push the second column off screen.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    return combo;
}

QLineEdit* lineEdit(const char* objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    return edit;
}

void selectData(QComboBox* combo, const QVariant& data)
{
    const QSignalBlocker block(combo);
    int at = combo->findData(data);
    if (at < 0 && data.typeId() == QMetaType::QString) {
        // A value from a file that is not in the list (a rare currency).
        combo->addItem(data.toString(), data);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(at);
}

} // namespace

TenderPage::TenderPage(TenderDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_hints(new FieldHints(this))
    , m_start(new MessageBar(this))
{
    setObjectName(QStringLiteral("tenderPage"));
    training::setAnchor(this, QStringLiteral("page.tender"));
    m_start->setObjectName(QStringLiteral("startHint"));

    // Two columns, read (and tabbed through) left then right: what the
    // tender is and how it is decided; then what it announces and who marks.
    auto* content = new QWidget;
    auto* left = new QVBoxLayout;
    left->addWidget(makeParticulars());
    left->addWidget(makeMethod());
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(makeOptions());
    auto* committee = new QGroupBox(tr("Evaluation committee"), content);
    auto* committeeLayout = new QVBoxLayout(committee);
    committeeLayout->addWidget(new CommitteeEditor(document, committee));
    right->addWidget(committee, 1);
    auto* columns = new QHBoxLayout(content);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("tenderScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_start);
    layout->addWidget(scroll);

    connect(document, &TenderDocument::tenderReset, this, &TenderPage::refresh);
    connect(document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        if (change.is(TenderChange::What::TenderField) || change.is(TenderChange::What::Weights))
            refresh();
    });
    refresh();
}

MessageBar* TenderPage::addHint(QFormLayout* form, const QStringList& paths)
{
    auto* bar = new MessageBar(form->parentWidget());
    bar->setObjectName(QStringLiteral("hint_") + paths.first().section(QLatin1Char('.'), -1));
    form->addRow(QString(), bar);
    m_hints->add(bar, paths);
    return bar;
}

QWidget* TenderPage::makeParticulars()
{
    auto* box = new QGroupBox(tr("Particulars"));
    auto* form = new QFormLayout(box);
    m_reference = lineEdit("referenceEdit", tr("Reference number"), box);
    m_reference->setPlaceholderText(tr("e.g. DIT/AI/2026/014"));
    m_title = lineEdit("titleEdit", tr("Title"), box);
    m_entity = lineEdit("procuringEntityEdit", tr("Procuring entity"), box);
    m_category = lineEdit("categoryEdit", tr("Category"), box);
    m_category->setPlaceholderText(tr("e.g. AI system: conversational assistant"));
    m_currency = comboBox("currencyCombo", tr("Currency"), box);
    for (const char* code : {"INR", "USD", "EUR", "GBP", "JPY"})
        m_currency->addItem(QLatin1String(code), QLatin1String(code));

    form->addRow(tr("&Reference:"), m_reference);
    addHint(form, {QStringLiteral("tender.reference")});
    form->addRow(tr("&Title:"), m_title);
    addHint(form, {QStringLiteral("tender.title")});
    form->addRow(tr("Procuring &entity:"), m_entity);
    form->addRow(tr("Cate&gory:"), m_category);
    form->addRow(tr("C&urrency:"), m_currency);

    const auto bindText = [this](QLineEdit* edit, TenderField field) {
        connect(edit, &QLineEdit::textEdited, this,
                [this, field](const QString& text) { setField(field, text); });
    };
    bindText(m_reference, TenderField::Reference);
    bindText(m_title, TenderField::Title);
    bindText(m_entity, TenderField::ProcuringEntity);
    bindText(m_category, TenderField::Category);
    connect(m_currency, &QComboBox::activated, this,
            [this] { setField(TenderField::Currency, m_currency->currentData()); });
    return box;
}

QWidget* TenderPage::makeMethod()
{
    auto* box = new QGroupBox(tr("Selection method"));
    // The weights are rows of this box: a step about them frames the box.
    training::setAnchor(box, QStringLiteral("tender.weights"));
    auto* form = new QFormLayout(box);
    m_method = comboBox("methodCombo", tr("Selection method"), box);
    for (SelectionMethod m :
         {SelectionMethod::Qcbs, SelectionMethod::Lcs, SelectionMethod::Qbs, SelectionMethod::Fbs})
        m_method->addItem(displayName(m), int(m));
    m_rulebook = comboBox("rulebookCombo", tr("Rulebook"), box);
    m_rulebook->addItem(tr("None"), QString());
    for (const Rulebook& book : builtInRulebooks()) {
        m_rulebook->addItem(book.name, book.id);
        m_rulebook->setItemData(m_rulebook->count() - 1, book.scope, Qt::ToolTipRole);
    }

    m_technicalWeight = new SpinSlider(box);
    m_technicalWeight->setNames(QStringLiteral("technicalWeight"), tr("Technical weight"));
    m_technicalWeight->setSuffix(tr(" %"));
    m_financialWeight = new QDoubleSpinBox(box);
    m_financialWeight->setObjectName(QStringLiteral("financialWeightSpin"));
    m_financialWeight->setAccessibleName(tr("Financial weight"));
    m_financialWeight->setRange(0, 100);
    m_financialWeight->setDecimals(1);
    m_financialWeight->setSuffix(tr(" %"));
    m_financialWeight->setAlignment(Qt::AlignRight);
    m_financialWeight->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_financialWeight->setMinimumWidth(90);
    m_minimum = new SpinSlider(box);
    m_minimum->setNames(QStringLiteral("minimumTechnical"), tr("Minimum technical score"));
    m_budget = lineEdit("budgetEdit", tr("Budget"), box);
    m_budget->setPlaceholderText(tr("the fixed budget, e.g. 1,50,00,000"));
    m_budgetMessage = new MessageBar(box);
    m_budgetMessage->setObjectName(QStringLiteral("budgetMessage"));
    // A change of the tender, or an undo, makes an old complaint stale.
    m_budgetMessage->clearWhenChanged(m_document->undoStack());

    form->addRow(tr("&Method:"), m_method);
    addHint(form, {QStringLiteral("tender.method")});
    form->addRow(tr("Rule&book:"), m_rulebook);
    addHint(form, {QStringLiteral("tender.rulebook")});
    form->addRow(tr("&Technical weight:"), m_technicalWeight);
    form->addRow(tr("&Financial weight:"), m_financialWeight);
    addHint(form,
            {QStringLiteral("tender.technicalWeight"), QStringLiteral("tender.financialWeight")});
    form->addRow(tr("Mi&nimum technical score:"), m_minimum);
    addHint(form, {QStringLiteral("tender.minimumTechnicalScore")});
    form->addRow(tr("B&udget:"), m_budget);
    form->addRow(QString(), m_budgetMessage);
    addHint(form, {QStringLiteral("tender.budget")});

    connect(m_method, &QComboBox::activated, this,
            [this] { setField(TenderField::Method, m_method->currentData()); });
    connect(m_rulebook, &QComboBox::activated, this,
            [this] { setField(TenderField::Rulebook, m_rulebook->currentData()); });
    connect(m_technicalWeight, &SpinSlider::valueEdited, this, &TenderPage::setWeights);
    connect(m_financialWeight, &QDoubleSpinBox::valueChanged, this,
            [this](double financial) { setWeights(100.0 - financial); });
    connect(m_minimum, &SpinSlider::valueEdited, this,
            [this](double v) { setField(TenderField::MinimumTechnicalScore, v); });
    connect(m_budget, &QLineEdit::editingFinished, this, &TenderPage::commitBudget);
    return box;
}

QWidget* TenderPage::makeOptions()
{
    auto* box = new QGroupBox(tr("Evaluation options announced in the tender"));
    auto* form = new QFormLayout(box);
    m_technicalBasis = comboBox("technicalBasisCombo", tr("Technical score used"), box);
    m_technicalBasis->addItem(tr("As marked"), int(TechnicalScoreBasis::Marks));
    m_technicalBasis->addItem(tr("Normalised to the highest (Tn = 100 × T / Tmax)"),
                              int(TechnicalScoreBasis::NormalisedToHighest));
    m_priceFormula = comboBox("priceFormulaCombo", tr("Price formula"), box);
    for (PriceFormula f : {PriceFormula::LowestOverPrice, PriceFormula::LinearInterpolation})
        m_priceFormula->addItem(displayName(f), int(f));
    m_decimals = new QSpinBox(box);
    m_decimals->setObjectName(QStringLiteral("decimalsSpin"));
    m_decimals->setAccessibleName(tr("Decimals"));
    m_decimals->setRange(0, 6);
    m_decimals->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_rounding = comboBox("roundingCombo", tr("Rounding"), box);
    m_rounding->addItem(tr("Round each score as computed"), int(RoundingPoint::EachScore));
    m_rounding->addItem(tr("Round only the combined score"), int(RoundingPoint::CombinedOnly));
    m_tieBreak = comboBox("tieBreakCombo", tr("Tie-break rule"), box);
    for (TieBreak t :
         {TieBreak::HigherTechnicalThenLowerPrice, TieBreak::LowerPriceThenHigherTechnical})
        m_tieBreak->addItem(displayName(t), int(t));
    m_pricesIncludeTax = new QCheckBox(tr("Evaluate prices &with taxes (price + GST)"), box);
    m_pricesIncludeTax->setObjectName(QStringLiteral("pricesIncludeTaxCheck"));

    form->addRow(tr("Technical &score used:"), m_technicalBasis);
    addHint(form, {QStringLiteral("tender.evaluation.technicalScore")});
    form->addRow(tr("&Price formula:"), m_priceFormula);
    addHint(form, {QStringLiteral("tender.evaluation.priceFormula")});
    form->addRow(tr("&Decimals:"), m_decimals);
    addHint(form, {QStringLiteral("tender.evaluation.decimals")});
    form->addRow(tr("R&ounding:"), m_rounding);
    form->addRow(tr("T&ie-break:"), m_tieBreak);
    form->addRow(tr("Tax treatment:"), m_pricesIncludeTax);

    const auto bindCombo = [this](QComboBox* combo, TenderField field) {
        connect(combo, &QComboBox::activated, this,
                [this, combo, field] { setField(field, combo->currentData()); });
    };
    bindCombo(m_technicalBasis, TenderField::TechnicalBasis);
    bindCombo(m_priceFormula, TenderField::PriceFormula);
    bindCombo(m_rounding, TenderField::Rounding);
    bindCombo(m_tieBreak, TenderField::TieBreak);
    connect(m_decimals, &QSpinBox::valueChanged, this,
            [this](int v) { setField(TenderField::Decimals, v); });
    connect(m_pricesIncludeTax, &QCheckBox::toggled, this,
            [this](bool on) { setField(TenderField::PricesIncludeTax, on); });
    return box;
}

void TenderPage::setField(TenderField field, const QVariant& value)
{
    m_document->push(new SetTenderFieldCommand(m_document, field, value));
}

void TenderPage::setWeights(double technical)
{
    const Tender& t = m_document->tender();
    const double financial = 100.0 - technical;
    if (technical == t.technicalWeight && financial == t.financialWeight)
        return;
    m_document->push(new SetQcbsWeightsCommand(m_document, technical, financial));
}

void TenderPage::commitBudget()
{
    const QString text = m_budget->text().trimmed();
    QVariant value;
    if (!text.isEmpty()) {
        double amount = 0;
        const QString why = parseAmount(text, &amount);
        if (!why.isEmpty() || amount <= 0) {
            m_budgetMessage->showMessage(MessageBar::Kind::Error,
                                         why.isEmpty()
                                             ? tr("The budget must be greater than zero.")
                                             : tr("The budget was not changed: %1.").arg(why));
            return;
        }
        value = amount;
    }
    m_budgetMessage->clearMessage();
    const std::optional<double>& budget = m_document->tender().budget;
    if (budget ? (value.isValid() && value.toDouble() == *budget) : !value.isValid())
        return;
    setField(TenderField::Budget, value);
}

void TenderPage::refresh()
{
    const Tender& t = m_document->tender();
    showText(m_reference, t.reference);
    showText(m_title, t.title);
    showText(m_entity, t.procuringEntity);
    showText(m_category, t.category);
    selectData(m_currency, t.currency);
    selectData(m_method, int(t.method));
    selectData(m_rulebook, t.rulebook);

    const bool qcbs = t.method == SelectionMethod::Qcbs;
    m_technicalWeight->setValue(t.technicalWeight);
    {
        const QSignalBlocker block(m_financialWeight);
        m_financialWeight->setValue(t.financialWeight);
    }
    m_technicalWeight->setEnabled(qcbs);
    m_financialWeight->setEnabled(qcbs);
    m_minimum->setValue(t.minimumTechnicalScore);
    if (!m_budget->hasFocus())
        showText(m_budget, t.budget ? formatMoney(*t.budget, t.currency) : QString());
    m_budget->setEnabled(t.method == SelectionMethod::Fbs);

    selectData(m_technicalBasis, int(t.options.technicalBasis));
    selectData(m_priceFormula, int(t.options.priceFormula));
    selectData(m_rounding, int(t.options.roundingPoint));
    selectData(m_tieBreak, int(t.options.tieBreak));
    {
        const QSignalBlocker block(m_decimals);
        m_decimals->setValue(t.options.decimals);
    }
    {
        const QSignalBlocker block(m_pricesIncludeTax);
        m_pricesIncludeTax->setChecked(t.options.pricesIncludeTax);
    }
    m_priceFormula->setEnabled(qcbs);
    m_technicalBasis->setEnabled(qcbs);
    refreshHints();
}

void TenderPage::refreshHints()
{
    // A blank tender is not wrong yet: it only needs starting.
    if (m_document->isBlank()) {
        m_start->showMessage(MessageBar::Kind::Information, startHint());
        m_hints->update(m_document->tender(), {});
        return;
    }
    m_start->clearMessage();
    Problems tenderLevel;
    for (const Problem& p : m_document->problems())
        if (p.where.startsWith(QLatin1String("tender")))
            tenderLevel << p;
    m_hints->update(m_document->tender(), tenderLevel);
}

} // namespace tulana
