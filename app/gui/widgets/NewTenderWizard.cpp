#include "NewTenderWizard.h"

#include "rulebook/Rulebook.h"
#include "support/Money.h"
#include "tender/CriteriaTemplate.h"
#include "validation/TenderValidator.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace tulana {

// A page whose completeness the wizard decides: Next and Finish follow it.
class NewTenderWizard::Page : public QWizardPage
{
public:
    std::function<bool()> complete;

    bool isComplete() const override { return !complete || complete(); }
    void refresh() { emit completeChanged(); }
};

namespace {

template <typename E> void addItem(QComboBox* combo, const QString& text, E value)
{
    combo->addItem(text, QVariant::fromValue(int(value)));
}

template <typename E> E valueOf(const QComboBox* combo)
{
    return E(combo->currentData().toInt());
}

template <typename T> T* named(T* widget, const char* objectName)
{
    widget->setObjectName(QLatin1String(objectName));
    return widget;
}

// The limits can run to several lines: they scroll rather than push the
// wizard's buttons off a small screen.
QScrollArea* scrolled(QLabel* label)
{
    auto* area = new QScrollArea;
    area->setWidget(label);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setMinimumHeight(110);
    area->viewport()->setAutoFillBackground(false);
    label->setAutoFillBackground(false);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return area;
}

QString methodExplanation(SelectionMethod m)
{
    switch (m) {
    case SelectionMethod::Qcbs:
        return NewTenderWizard::tr("Technical and financial scores are combined by their weights; "
                                   "the highest combined score wins.");
    case SelectionMethod::Lcs:
        return NewTenderWizard::tr(
            "The lowest evaluated price among technically qualified bids wins.");
    case SelectionMethod::Qbs:
        return NewTenderWizard::tr("The highest technical score wins; only the winner's "
                                   "financial proposal is opened.");
    case SelectionMethod::Fbs:
        return NewTenderWizard::tr("The highest technical score among qualified bids whose "
                                   "evaluated price is within the budget wins.");
    }
    return {};
}

// The rulebook's limits for the method and how the settings stand against
// them; `listRules` false gives only the verdict (the options page is full).
QString limitsHtml(const Rulebook* book, SelectionMethod method, const Problems& problems,
                   const QPalette& palette, bool listRules)
{
    if (!book)
        return NewTenderWizard::tr("No rulebook: only the general checks apply.").toHtmlEscaped();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QString red = dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b71c1c");
    const QString amber = dark ? QStringLiteral("#ffd180") : QStringLiteral("#8a5a00");
    const QString green = dark ? QStringLiteral("#a5d6a7") : QStringLiteral("#1b5e20");

    QString html = QStringLiteral("<p style=\"margin:0\"><b>%1</b></p>")
                       .arg(NewTenderWizard::tr("Limits of %1:").arg(book->name).toHtmlEscaped());
    int applicable = 0;
    for (const Rule& rule : book->rules) {
        if (!listRules)
            break;
        if (!rule.methods.isEmpty() && !rule.methods.contains(toKey(method)))
            continue;
        ++applicable;
        html += QStringLiteral("<p style=\"margin:0 0 0 12px\">\u2022 %1 <i>(%2)</i></p>")
                    .arg(rule.text.toHtmlEscaped(), rule.source.toHtmlEscaped());
    }
    if (applicable == 0 && listRules)
        html += QStringLiteral("<p style=\"margin:0 0 0 12px\">%1</p>")
                    .arg(NewTenderWizard::tr("none for this method").toHtmlEscaped());
    if (problems.isEmpty()) {
        html += QStringLiteral("<p style=\"margin-top:6px; color:%1\">\u2714 %2</p>")
                    .arg(green, NewTenderWizard::tr("Within these limits.").toHtmlEscaped());
        return html;
    }
    for (const Problem& p : problems) {
        const QString what = p.isError()
                                 ? NewTenderWizard::tr("\u2716 Not allowed: %1").arg(p.message)
                                 : NewTenderWizard::tr("\u26A0 Departs from the rule (allowed, "
                                                       "and printed with the result): %1")
                                       .arg(p.message);
        html += QStringLiteral("<p style=\"margin-top:6px; color:%1\">%2</p>")
                    .arg(p.isError() ? red : amber, what.toHtmlEscaped());
    }
    return html;
}

} // namespace

NewTenderWizard::NewTenderWizard(QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("newTenderWizard"));
    setWindowTitle(tr("New tender"));
    setOption(QWizard::NoBackButtonOnStartPage);
    m_particularsPage = makeParticularsPage();
    m_methodPage = makeMethodPage();
    m_optionsPage = makeOptionsPage();
    m_criteriaPage = makeCriteriaPage();
    addPage(m_particularsPage);
    addPage(m_methodPage);
    addPage(m_optionsPage);
    addPage(m_criteriaPage);
    updateMethodFields();
    resize(760, 600);
}

NewTenderWizard::~NewTenderWizard() = default;

QLabel* NewTenderWizard::explanation(const QString& text)
{
    // One line each: a wrapped label in a form row gets the height of two
    // lines (its size hint assumes a narrow width) and leaves gaps.
    auto* label = new QLabel(text);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    return label;
}

NewTenderWizard::Page* NewTenderWizard::makeParticularsPage()
{
    auto* page = new Page;
    page->setTitle(tr("Particulars"));
    page->setSubTitle(tr("What is being procured, and by whom."));
    m_reference = named(new QLineEdit, "referenceEdit");
    m_reference->setPlaceholderText(tr("e.g. DITeG/eGov/AI/2026/014"));
    m_title = named(new QLineEdit, "titleEdit");
    m_title->setPlaceholderText(tr("e.g. Selection of an agency for a citizen-services chatbot"));
    m_entity = named(new QLineEdit, "procuringEntityEdit");
    m_category = named(new QComboBox, "categoryCombo");
    m_category->setEditable(true);
    m_category->addItems({tr("AI system: conversational assistant"),
                          tr("AI system: document digitisation and OCR"),
                          tr("AI system: decision support"), tr("AI system: speech and language"),
                          tr("AI system: computer vision")});
    m_category->setCurrentText(QString());
    m_currency = named(new QComboBox, "currencyCombo");
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("INR"), QStringLiteral("USD"), QStringLiteral("EUR"),
                          QStringLiteral("GBP")});
    m_currency->setCurrentIndex(0);
    // An ISO 4217 code: reports group rupees the Indian way by "INR".
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{3}")), m_currency));

    m_committee = named(new QPlainTextEdit, "committeeEdit");
    m_committee->setTabChangesFocus(true);
    m_committee->setPlaceholderText(tr("One member per line, e.g.\nDr. Meera Iyer, Director (IT)"));
    m_committee->setFixedHeight(m_committee->fontMetrics().lineSpacing() * 5);

    auto* form = new QFormLayout(page);
    form->addRow(tr("&Reference number:"), m_reference);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Procuring entity:"), m_entity);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("Evaluation co&mmittee:"), m_committee);
    form->addRow(explanation(tr("The reference and the title are required; all of these can be "
                                "changed later. Members left out can be added on the Marks page; "
                                "with none, three unnamed evaluators are set up.")));

    page->complete = [this] {
        return !m_reference->text().trimmed().isEmpty() && !m_title->text().trimmed().isEmpty() &&
               m_currency->currentText().size() == 3;
    };
    for (QLineEdit* edit : {m_reference, m_title})
        connect(edit, &QLineEdit::textChanged, page, &Page::refresh);
    connect(m_currency, &QComboBox::currentTextChanged, page, &Page::refresh);
    connect(m_currency, &QComboBox::currentTextChanged, this, &NewTenderWizard::updateChecks);
    return page;
}

NewTenderWizard::Page* NewTenderWizard::makeMethodPage()
{
    auto* page = new Page;
    page->setTitle(tr("Selection method"));
    page->setSubTitle(tr("How the winner is chosen, announced in the tender document."));

    m_method = named(new QComboBox, "methodCombo");
    for (SelectionMethod m :
         {SelectionMethod::Qcbs, SelectionMethod::Lcs, SelectionMethod::Qbs, SelectionMethod::Fbs})
        addItem(m_method, displayName(m), m);
    m_methodExplanation = explanation(QString());
    m_methodExplanation->setObjectName(QStringLiteral("methodExplanation"));

    m_rulebook = named(new QComboBox, "rulebookCombo");
    m_rulebook->addItem(tr("None"), QString());
    for (const Rulebook& book : builtInRulebooks())
        m_rulebook->addItem(book.name, book.id);
    // GFR 2017 is the baseline for Indian central government procurement.
    const int gfr = m_rulebook->findData(QStringLiteral("gfr-2017-rule-192"));
    m_rulebook->setCurrentIndex(std::max(gfr, 0));

    m_technicalWeight = named(new QSpinBox, "technicalWeightSpin");
    m_technicalWeight->setRange(0, 100);
    m_technicalWeight->setSuffix(QStringLiteral(" %"));
    m_technicalWeight->setValue(70);
    m_technicalSlider = named(new QSlider(Qt::Horizontal), "technicalWeightSlider");
    m_technicalSlider->setRange(0, 100);
    m_technicalSlider->setPageStep(5);
    m_technicalSlider->setValue(70);
    m_technicalSlider->setAccessibleName(tr("Technical weight"));
    m_financialWeight = named(new QLabel, "financialWeightLabel");
    auto* weights = new QHBoxLayout;
    weights->addWidget(m_technicalWeight);
    weights->addWidget(m_technicalSlider, 1);
    weights->addWidget(m_financialWeight);

    m_minimumTechnical = named(new QDoubleSpinBox, "minimumTechnicalSpin");
    m_minimumTechnical->setRange(0, 100);
    m_minimumTechnical->setDecimals(2);
    m_minimumTechnical->setValue(70);
    m_minimumTechnical->setSuffix(tr(" of 100"));

    m_budget = named(new QDoubleSpinBox, "budgetSpin");
    m_budget->setRange(0, 1e13);
    m_budget->setDecimals(2);
    m_budget->setSingleStep(100000);
    m_budget->setGroupSeparatorShown(true);
    m_budgetInWords = named(explanation(QString()), "budgetInWords");

    m_methodLimits = named(new QLabel, "rulebookLimitsLabel");
    m_methodLimits->setWordWrap(true);
    m_methodLimits->setTextFormat(Qt::RichText);
    m_methodLimits->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout(page);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(QString(), m_methodExplanation);
    form->addRow(tr("&Rulebook:"), m_rulebook);
    auto* weightLabel = new QLabel(tr("&Technical weight:"));
    weightLabel->setBuddy(m_technicalWeight);
    form->addRow(weightLabel, weights);
    form->addRow(tr("Mi&nimum technical score:"), m_minimumTechnical);
    form->addRow(QString(), explanation(tr("A bid scoring below it is not qualified and its "
                                           "financial proposal is not opened.")));
    form->addRow(tr("&Budget (FBS):"), m_budget);
    form->addRow(QString(), m_budgetInWords);
    form->addRow(scrolled(m_methodLimits));

    page->complete = [this] { return methodIsComplete() && !breachesRulebook(); };
    connect(m_technicalWeight, &QSpinBox::valueChanged, m_technicalSlider, &QSlider::setValue);
    connect(m_technicalSlider, &QSlider::valueChanged, m_technicalWeight, &QSpinBox::setValue);
    connect(m_technicalWeight, &QSpinBox::valueChanged, this, &NewTenderWizard::updateChecks);
    connect(m_minimumTechnical, &QDoubleSpinBox::valueChanged, this,
            &NewTenderWizard::updateChecks);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, &NewTenderWizard::updateChecks);
    connect(m_rulebook, &QComboBox::currentIndexChanged, this, &NewTenderWizard::updateChecks);
    connect(m_method, &QComboBox::currentIndexChanged, this, &NewTenderWizard::updateMethodFields);
    return page;
}

NewTenderWizard::Page* NewTenderWizard::makeOptionsPage()
{
    auto* page = new Page;
    page->setTitle(tr("Evaluation options"));
    page->setSubTitle(tr("Announced with the tender, before any bid is opened."));

    m_technicalBasis = named(new QComboBox, "technicalBasisCombo");
    addItem(m_technicalBasis, tr("Technical score as marked"), TechnicalScoreBasis::Marks);
    addItem(m_technicalBasis, tr("Normalised to the highest (Tn = 100 × T / Tmax)"),
            TechnicalScoreBasis::NormalisedToHighest);
    m_priceFormula = named(new QComboBox, "priceFormulaCombo");
    addItem(m_priceFormula, displayName(PriceFormula::LowestOverPrice),
            PriceFormula::LowestOverPrice);
    addItem(m_priceFormula, displayName(PriceFormula::LinearInterpolation),
            PriceFormula::LinearInterpolation);
    m_pricesIncludeTax = named(new QCheckBox(tr("Evaluated price includes GST and other taxes")),
                               "pricesIncludeTaxCheck");
    m_pricesIncludeTax->setChecked(true);
    m_decimals = named(new QSpinBox, "decimalsSpin");
    m_decimals->setRange(0, 6);
    m_decimals->setValue(2);
    m_rounding = named(new QComboBox, "roundingCombo");
    addItem(m_rounding, tr("Round each score as it is computed"), RoundingPoint::EachScore);
    addItem(m_rounding, tr("Round only the combined score"), RoundingPoint::CombinedOnly);
    m_tieBreak = named(new QComboBox, "tieBreakCombo");
    for (TieBreak t :
         {TieBreak::HigherTechnicalThenLowerPrice, TieBreak::LowerPriceThenHigherTechnical})
        addItem(m_tieBreak, displayName(t), t);
    m_optionsLimits = named(new QLabel, "optionsLimitsLabel");
    m_optionsLimits->setWordWrap(true);
    m_optionsLimits->setTextFormat(Qt::RichText);
    m_optionsLimits->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout(page);
    form->addRow(tr("Technical score &used:"), m_technicalBasis);
    form->addRow(QString(), explanation(tr("QCBS: normalising gives the best technical bid 100 "
                                           "and the others in proportion.")));
    form->addRow(tr("&Price formula:"), m_priceFormula);
    form->addRow(QString(), explanation(tr("QCBS: how the financial score Sf follows from the "
                                           "evaluated prices; the lowest gets 100.")));
    form->addRow(QString(), m_pricesIncludeTax);
    form->addRow(QString(), explanation(tr("The ultimate cost to the buyer (price + tax) is the "
                                           "usual basis; untick to compare prices before tax.")));
    form->addRow(tr("&Decimals:"), m_decimals);
    form->addRow(tr("R&ounding:"), m_rounding);
    form->addRow(QString(), explanation(tr("Scores are rounded half away from zero; ties are "
                                           "judged on the rounded scores.")));
    form->addRow(tr("&Tie-break:"), m_tieBreak);
    form->addRow(QString(), explanation(tr("Applied when two bids have the same score; if it "
                                           "cannot separate them, there is no award.")));
    form->addRow(scrolled(m_optionsLimits));

    page->complete = [this] { return !breachesRulebook(); };
    for (QComboBox* combo : {m_technicalBasis, m_priceFormula, m_rounding, m_tieBreak})
        connect(combo, &QComboBox::currentIndexChanged, this, &NewTenderWizard::updateChecks);
    connect(m_pricesIncludeTax, &QCheckBox::toggled, this, &NewTenderWizard::updateChecks);
    connect(m_decimals, &QSpinBox::valueChanged, this, &NewTenderWizard::updateChecks);
    return page;
}

NewTenderWizard::Page* NewTenderWizard::makeCriteriaPage()
{
    auto* page = new Page;
    page->setTitle(tr("Technical criteria"));
    page->setSubTitle(tr("Start from criteria for the kind of AI system being bought, or from one "
                         "criterion to fill in. Everything can be changed on the Criteria page."));
    m_templates = new QButtonGroup(page);
    auto* choices = new QVBoxLayout;
    const std::vector<CriteriaTemplate>& templates = builtInCriteriaTemplates();
    for (std::size_t i = 0; i < templates.size(); ++i) {
        auto* button = new QRadioButton(templates[i].name);
        button->setObjectName(QStringLiteral("criteriaTemplate_") + templates[i].id);
        m_templates->addButton(button, int(i));
        choices->addWidget(button);
    }
    auto* empty = named(new QRadioButton(tr("Start empty: one criterion to rename and fill in")),
                        "criteriaTemplate_empty");
    m_templates->addButton(empty, -1);
    choices->addWidget(empty);
    empty->setChecked(true);

    m_templateAbout = named(new QLabel, "criteriaTemplateAbout");
    m_templateAbout->setWordWrap(true);
    m_criteriaPreview = named(new QTreeWidget, "criteriaPreview");
    m_criteriaPreview->setHeaderLabels({tr("Criterion"), tr("Weight"), tr("Maximum marks")});
    m_criteriaPreview->setRootIsDecorated(true);
    m_criteriaPreview->setSelectionMode(QAbstractItemView::NoSelection);
    m_criteriaPreview->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(choices);
    layout->addWidget(m_templateAbout);
    layout->addWidget(m_criteriaPreview, 1);
    layout->addWidget(explanation(tr("Criteria and their weights are announced in the tender "
                                     "document before bids are opened (GFR 2017 Rule 192(i)).")));

    page->complete = [this] { return !breachesRulebook(); };
    connect(m_templates, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            showCriteriaPreview();
    });
    showCriteriaPreview();
    return page;
}

// The template's criteria, their weights scaled to the points the criteria
// share (less than 100 when openness marks take some); or the one starter
// criterion.
std::vector<Criterion> NewTenderWizard::chosenCriteria() const
{
    const std::vector<CriteriaTemplate>& templates = builtInCriteriaTemplates();
    const int chosen = m_templates->checkedId();
    if (chosen >= 0 && std::size_t(chosen) < templates.size()) {
        std::vector<Criterion> criteria = templates[std::size_t(chosen)].criteria;
        const double target = criteriaWeightTarget(settings());
        if (target != 100)
            scaleWeights(criteria, target / 100);
        return criteria;
    }
    Criterion methodology;
    methodology.id = QStringLiteral("T1.1");
    methodology.name = tr("Methodology and work plan");
    methodology.maxMarks = 10;
    methodology.weight = 100;
    Criterion approach;
    approach.id = QStringLiteral("T1");
    approach.name = tr("Technical approach");
    approach.weight = 100;
    approach.children.push_back(methodology);
    return {approach};
}

void NewTenderWizard::showCriteriaPreview()
{
    const std::vector<CriteriaTemplate>& templates = builtInCriteriaTemplates();
    const int chosen = m_templates->checkedId();
    m_templateAbout->setText(chosen >= 0 && std::size_t(chosen) < templates.size()
                                 ? templates[std::size_t(chosen)].about
                                 : tr("One group with one criterion, to rename and add to."));
    m_criteriaPreview->clear();
    const std::function<void(const Criterion&, QTreeWidgetItem*)> add =
        [&](const Criterion& c, QTreeWidgetItem* parentItem) {
            auto* item = parentItem ? new QTreeWidgetItem(parentItem)
                                    : new QTreeWidgetItem(m_criteriaPreview);
            item->setText(0, c.id + QLatin1Char(' ') + c.name);
            item->setText(1, QLocale().toString(c.weight, 'g', 4));
            item->setText(2, c.isGroup() ? QString() : QLocale().toString(c.maxMarks, 'g', 4));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(0, c.description);
            for (const Criterion& child : c.children)
                add(child, item);
        };
    for (const Criterion& c : chosenCriteria())
        add(c, nullptr);
    m_criteriaPreview->expandAll();
    m_criteriaPreview->resizeColumnToContents(1);
    m_criteriaPreview->header()->setStretchLastSection(false);
    m_criteriaPreview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
}

Tender NewTenderWizard::settings() const
{
    Tender t;
    t.reference = m_reference->text().trimmed();
    t.title = m_title->text().trimmed();
    t.procuringEntity = m_entity->text().trimmed();
    t.category = m_category->currentText().trimmed();
    const QString currency = m_currency->currentText().trimmed().toUpper();
    t.currency = currency.isEmpty() ? QStringLiteral("INR") : currency;
    t.rulebook = m_rulebook->currentData().toString();
    t.method = valueOf<SelectionMethod>(m_method);
    t.technicalWeight = m_technicalWeight->value();
    t.financialWeight = 100 - m_technicalWeight->value();
    t.minimumTechnicalScore = m_minimumTechnical->value();
    if (t.method == SelectionMethod::Fbs)
        t.budget = m_budget->value();
    t.options.technicalBasis = valueOf<TechnicalScoreBasis>(m_technicalBasis);
    t.options.priceFormula = valueOf<PriceFormula>(m_priceFormula);
    t.options.pricesIncludeTax = m_pricesIncludeTax->isChecked();
    t.options.decimals = m_decimals->value();
    t.options.roundingPoint = valueOf<RoundingPoint>(m_rounding);
    t.options.tieBreak = valueOf<TieBreak>(m_tieBreak);
    return t;
}

Tender NewTenderWizard::tender() const
{
    Tender t = settings();
    t.criteria = chosenCriteria();
    // The committee as typed: "Name, designation" per line; none typed,
    // three placeholders to rename later.
    for (const QString& line : m_committee->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const QString name = line.section(u',', 0, 0).trimmed();
        if (name.isEmpty())
            continue;
        t.evaluators.push_back({QStringLiteral("E%1").arg(t.evaluators.size() + 1), name,
                                line.section(u',', 1).trimmed()});
    }
    if (t.evaluators.empty())
        for (int i = 1; i <= 3; ++i)
            t.evaluators.push_back(
                {QStringLiteral("E%1").arg(i), tr("Evaluator %1").arg(i), QString()});
    return t;
}

const Rulebook* NewTenderWizard::selectedRulebook() const
{
    const QString id = m_rulebook->currentData().toString();
    return id.isEmpty() ? nullptr : findRulebook(id);
}

Problems NewTenderWizard::ruleProblems() const
{
    const Rulebook* book = selectedRulebook();
    return book ? checkTender(settings(), *book) : Problems{};
}

bool NewTenderWizard::breachesRulebook() const
{
    return hasErrors(ruleProblems());
}

bool NewTenderWizard::methodIsComplete() const
{
    return valueOf<SelectionMethod>(m_method) != SelectionMethod::Fbs || m_budget->value() > 0;
}

bool NewTenderWizard::validateCurrentPage()
{
    // Next and Finish are disabled already; this also stops a programmatic
    // accept() and keeps the rule in one place.
    if (currentPage() != m_particularsPage && breachesRulebook())
        return false;
    if (currentPage() == m_methodPage && !methodIsComplete())
        return false;
    return QWizard::validateCurrentPage();
}

void NewTenderWizard::updateMethodFields()
{
    const auto method = valueOf<SelectionMethod>(m_method);
    const bool qcbs = method == SelectionMethod::Qcbs;
    m_methodExplanation->setText(methodExplanation(method));
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_technicalWeight, m_technicalSlider, m_financialWeight,
                                         m_technicalBasis, m_priceFormula})
        w->setEnabled(qcbs);
    m_budget->setEnabled(method == SelectionMethod::Fbs);
    updateChecks();
}

void NewTenderWizard::updateChecks()
{
    const Tender t = settings();
    m_financialWeight->setText(tr("Financial: %1 %").arg(100 - m_technicalWeight->value()));
    m_budget->setPrefix(t.currency == QLatin1String("INR") ? QStringLiteral("\u20B9 ")
                                                           : t.currency + QLatin1Char(' '));
    m_budgetInWords->setText(
        t.method != SelectionMethod::Fbs ? tr("Used by Fixed-Budget Selection only.")
        : m_budget->value() > 0 ? tr("Bids above %1 %2 (evaluated price) are not considered.")
                                      .arg(t.currency, formatAmount(m_budget->value(), t.currency))
                                : tr("Fixed-Budget Selection needs the budget."));
    const Problems problems = ruleProblems();
    m_methodLimits->setText(limitsHtml(selectedRulebook(), t.method, problems, palette(), true));
    m_optionsLimits->setText(limitsHtml(selectedRulebook(), t.method, problems, palette(), false));
    m_methodPage->refresh();
    m_optionsPage->refresh();
    if (m_criteriaPage)
        m_criteriaPage->refresh();
}

} // namespace tulana
