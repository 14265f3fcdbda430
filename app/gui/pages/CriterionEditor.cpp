#include "pages/CriterionEditor.h"

#include "commands/CriterionCommands.h"
#include "document/FieldAccess.h"
#include "document/TenderDocument.h"
#include "models/CriteriaModel.h"
#include "util/Format.h"
#include "util/MessageBar.h"
#include "util/SpinSlider.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tulana {

CriterionEditor::CriterionEditor(TenderDocument* document, CriteriaModel* model, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(model)
    , m_kind(new QLabel(this))
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_weight(new SpinSlider(this))
    , m_maxMarks(new QDoubleSpinBox(this))
    , m_hasMinimum(new QCheckBox(tr("Mi&nimum marks:"), this))
    , m_minMarks(new QDoubleSpinBox(this))
    , m_maxLabel(new QLabel(tr("Ma&ximum marks:"), this))
    , m_groupHint(new MessageBar(this))
{
    setObjectName(QStringLiteral("criterionEditor"));
    m_kind->setObjectName(QStringLiteral("criterionKind"));
    QFont bold = m_kind->font();
    bold.setBold(true);
    m_kind->setFont(bold);
    m_id->setObjectName(QStringLiteral("criterionIdEdit"));
    m_id->setAccessibleName(tr("Criterion id"));
    m_name->setObjectName(QStringLiteral("criterionNameEdit"));
    m_name->setAccessibleName(tr("Criterion name"));
    m_description->setObjectName(QStringLiteral("criterionDescriptionEdit"));
    m_description->setAccessibleName(tr("Criterion description"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(60);
    m_description->setMaximumHeight(120);
    m_weight->setNames(QStringLiteral("criterionWeight"), tr("Criterion weight"));
    m_weight->setSuffix(tr(" points"));
    m_maxMarks->setObjectName(QStringLiteral("criterionMaxMarksSpin"));
    m_maxMarks->setAccessibleName(tr("Maximum marks"));
    m_maxMarks->setRange(0.5, 1000);
    m_maxMarks->setDecimals(1);
    m_hasMinimum->setObjectName(QStringLiteral("criterionHasMinimumCheck"));
    m_hasMinimum->setToolTip(tr("A committee average below the minimum disqualifies the bid."));
    m_minMarks->setObjectName(QStringLiteral("criterionMinMarksSpin"));
    m_minMarks->setAccessibleName(tr("Minimum marks"));
    m_minMarks->setDecimals(1);
    m_groupHint->setObjectName(QStringLiteral("criterionGroupHint"));
    m_maxLabel->setBuddy(m_maxMarks);

    auto* form = new QFormLayout;
    form->addRow(m_kind);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Weight:"), m_weight);
    form->addRow(QString(), m_groupHint);
    form->addRow(m_maxLabel, m_maxMarks);
    form->addRow(m_hasMinimum, m_minMarks);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    setMinimumWidth(320);
    for (QWidget* spin : {static_cast<QWidget*>(m_maxMarks), static_cast<QWidget*>(m_minMarks)}) {
        spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        spin->setMinimumWidth(90);
    }

    connect(m_id, &QLineEdit::editingFinished, this, &CriterionEditor::commitId);
    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString& text) { push(CriterionField::Name, text); });
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { push(CriterionField::Description, m_description->toPlainText()); });
    connect(m_weight, &SpinSlider::valueEdited, this,
            [this](double v) { push(CriterionField::Weight, v); });
    connect(m_maxMarks, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { push(CriterionField::MaxMarks, v); });
    connect(m_hasMinimum, &QCheckBox::toggled, this, [this](bool on) {
        push(CriterionField::MinMarks, on ? QVariant(m_minMarks->value()) : QVariant());
    });
    connect(m_minMarks, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (m_hasMinimum->isChecked())
            push(CriterionField::MinMarks, v);
    });

    connect(document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        if (change.is(TenderChange::What::Criterion))
            refresh();
    });
    connect(document, &TenderDocument::criteriaInserted, this, &CriterionEditor::refresh);
    connect(document, &TenderDocument::criteriaRemoved, this, &CriterionEditor::refresh);
    connect(document, &TenderDocument::tenderReset, this, &CriterionEditor::refresh);
    refresh();
}

void CriterionEditor::setCurrent(const QModelIndex& index)
{
    m_current = index.siblingAtColumn(0);
    refresh();
}

void CriterionEditor::focusName()
{
    m_name->setFocus();
    m_name->selectAll();
}

void CriterionEditor::push(CriterionField field, const QVariant& value)
{
    const Criterion* c = m_model->criterionFromIndex(m_current);
    if (!c || sameValue(fieldValue(*c, field), value))
        return;
    m_document->push(
        new SetCriterionFieldCommand(m_document, m_model->pathFromIndex(m_current), field, value));
}

void CriterionEditor::commitId()
{
    const Criterion* c = m_model->criterionFromIndex(m_current);
    if (!c || m_id->text() == c->id)
        return;
    // Through the model, which refuses an empty or duplicate id with a message.
    if (!m_model->setData(QModelIndex(m_current).siblingAtColumn(CriteriaModel::IdColumn),
                          m_id->text()))
        m_id->setText(c->id);
}

void CriterionEditor::refresh()
{
    const Criterion* c = m_current.isValid() ? m_model->criterionFromIndex(m_current) : nullptr;
    setEnabled(c != nullptr);
    const QSignalBlocker blockDescription(m_description);
    const QSignalBlocker blockMax(m_maxMarks);
    const QSignalBlocker blockHas(m_hasMinimum);
    const QSignalBlocker blockMin(m_minMarks);
    if (!c) {
        m_kind->setText(tr("Select a criterion to edit it."));
        m_id->clear();
        m_name->clear();
        m_description->clear();
        m_weight->setValue(0);
        m_groupHint->clearMessage();
        return;
    }
    const bool group = c->isGroup();
    m_kind->setText(group ? tr("Group of criteria") : tr("Marked criterion"));
    if (!m_id->hasFocus())
        m_id->setText(c->id);
    if (m_name->text() != c->name)
        m_name->setText(c->name);
    if (m_description->toPlainText() != c->description)
        m_description->setPlainText(c->description);
    m_weight->setValue(c->weight);
    m_maxMarks->setValue(c->maxMarks);
    m_hasMinimum->setChecked(c->minMarks.has_value());
    m_minMarks->setRange(0, c->maxMarks);
    m_minMarks->setValue(c->minMarks.value_or(c->maxMarks / 2));
    m_minMarks->setEnabled(c->minMarks.has_value());
    for (QWidget* w : {static_cast<QWidget*>(m_maxLabel), static_cast<QWidget*>(m_maxMarks),
                       static_cast<QWidget*>(m_hasMinimum), static_cast<QWidget*>(m_minMarks)})
        w->setVisible(!group);

    const QString mismatch = CriteriaModel::groupMismatch(*c);
    if (!mismatch.isEmpty())
        m_groupHint->showMessage(MessageBar::Kind::Warning, mismatch);
    else if (group)
        m_groupHint->showMessage(
            MessageBar::Kind::Information,
            tr("Its criteria share its %1 points.").arg(formatNumber(c->weight)));
    else
        m_groupHint->clearMessage();
}

} // namespace tulana
