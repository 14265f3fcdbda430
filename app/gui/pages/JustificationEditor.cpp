#include "pages/JustificationEditor.h"

#include "commands/DecisionCommands.h"
#include "considerations/Assessment.h"
#include "decision/Departure.h"
#include "document/TenderDocument.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tulana {
namespace {

void setText(QPlainTextEdit* edit, const QString& text)
{
    // Only when it differs, so the cursor stays where the officer types.
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace

JustificationEditor::JustificationEditor(TenderDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_intro(new QLabel(this))
    , m_evaluationLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("justificationEditor"));
    m_intro->setObjectName(QStringLiteral("justificationIntro"));
    m_intro->setWordWrap(true);

    // Each label above its box, wrapped to the full width.
    auto* form = new QVBoxLayout;
    const auto addRow = [form](QLabel* label, QWidget* field) {
        form->addSpacing(4);
        form->addWidget(label);
        form->addWidget(field);
    };
    for (const Table3Row& row : table3().rows) {
        Reason r;
        r.consideration = row.id;
        r.label = new QLabel(this);
        r.label->setWordWrap(true);
        r.edit =
            textBox(QStringLiteral("reason-") + row.id, tr("Reason tied to “%1”").arg(row.name), 3);
        r.label->setBuddy(r.edit);
        const QString id = row.id;
        connect(r.edit, &QPlainTextEdit::textChanged, this, [this, id, edit = r.edit] {
            if (!m_updating)
                m_document->push(
                    new SetConsiderationReasonCommand(m_document, id, edit->toPlainText()));
        });
        addRow(r.label, r.edit);
        m_reasons.push_back(r);
    }

    m_evaluation = textBox(QStringLiteral("evaluationReasonEdit"),
                           tr("Reason for departing from the evaluation"), 3);
    m_evaluationLabel->setWordWrap(true);
    m_evaluationLabel->setBuddy(m_evaluation);
    connect(m_evaluation, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_document->push(
                new SetEvaluationReasonCommand(m_document, m_evaluation->toPlainText()));
    });
    addRow(m_evaluationLabel, m_evaluation);

    m_statement = textBox(QStringLiteral("statementEdit"), tr("Overall statement"), 5);
    auto* statementLabel = new QLabel(tr("Overall &statement (why this bid, and how the concerns "
                                         "that favour open source are met):"),
                                      this);
    statementLabel->setWordWrap(true);
    statementLabel->setBuddy(m_statement);
    connect(m_statement, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_document->push(
                new SetJustificationStatementCommand(m_document, m_statement->toPlainText()));
    });
    addRow(statementLabel, m_statement);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addStretch(1);
}

QPlainTextEdit* JustificationEditor::textBox(const QString& objectName,
                                             const QString& accessibleName, int lines)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    const int height = edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8;
    edit->setMinimumHeight(height);
    edit->setMaximumHeight(height + edit->fontMetrics().lineSpacing() * 2);
    return edit;
}

QPlainTextEdit* JustificationEditor::reasonEdit(const QString& consideration) const
{
    for (const Reason& r : m_reasons)
        if (r.consideration == consideration)
            return r.edit;
    return nullptr;
}

void JustificationEditor::update(const Departure& departure)
{
    const Tender& t = m_document->tender();
    const Justification& j = t.decision.justification;
    const std::vector<ConsiderationAssessment> assessed = assessContext(t.context);
    m_updating = true;
    for (const Reason& r : m_reasons) {
        const auto it = j.reasons.find(r.consideration);
        setText(r.edit, it == j.reasons.end() ? QString() : it->second);
        for (const ConsiderationAssessment& a : assessed) {
            if (a.consideration != r.consideration)
                continue;
            r.label->setText(a.answered ? tr("<b>%1</b> — %2 (%3)")
                                              .arg(a.name.toHtmlEscaped(),
                                                   displayName(a.leaning).toHtmlEscaped(),
                                                   a.answer.toHtmlEscaped())
                                        : tr("<b>%1</b> — not answered on the Considerations "
                                             "page")
                                              .arg(a.name.toHtmlEscaped()));
        }
    }
    setText(m_evaluation, j.evaluation);
    setText(m_statement, j.statement);
    m_updating = false;

    if (departure.fromOpenSource)
        m_intro->setText(tr("The selection departs from the open-source option. Give a reason "
                            "for each consideration of Table 3 the decision relies on (at least "
                            "one; leave the others empty), and the overall statement."));
    else if (departure.fromEvaluation)
        m_intro->setText(tr("The selection departs from the evaluation: say why the evaluation's "
                            "winner is not selected."));
    else
        m_intro->setText(tr("The selection departs neither from the open-source option nor from "
                            "the evaluation: no justification is needed."));
    m_evaluationLabel->setText(departure.fromEvaluation
                                   ? tr("Departure from the &evaluation (needed: the selected bid "
                                        "is not the evaluation's winner):")
                                   : tr("Departure from the &evaluation (not needed):"));
}

void JustificationEditor::setReadOnly(bool readOnly)
{
    for (const Reason& r : m_reasons)
        r.edit->setReadOnly(readOnly);
    m_evaluation->setReadOnly(readOnly);
    m_statement->setReadOnly(readOnly);
}

} // namespace tulana
