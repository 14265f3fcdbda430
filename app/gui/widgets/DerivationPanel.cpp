#include "DerivationPanel.h"

#include "support/NumberText.h"
#include "util/Colours.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tulana {
namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString inputsTable(const Derivation& d, const QPalette& p)
{
    const QString border = blended(p.color(QPalette::Base), p.color(QPalette::Text), 0.3).name();
    const QString head = blended(p.color(QPalette::Base), p.color(QPalette::Text), 0.08).name();
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "border=\"1\" style=\"border-color:%1; border-style:solid; "
                                  "border-collapse:collapse;\">")
                       .arg(border);
    html += QStringLiteral("<tr style=\"background-color:%1\"><th align=\"left\">%2</th>"
                           "<th align=\"right\">%3</th><th align=\"left\">%4</th></tr>")
                .arg(head, esc(DerivationPanel::tr("Input")), esc(DerivationPanel::tr("Value")),
                     esc(DerivationPanel::tr("Source in the tender file")));
    for (const Term& term : d.inputs)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td>"
                               "<td>%3</td></tr>")
                    .arg(esc(term.name), esc(numberText(term.value)), esc(term.source));
    return html + QStringLiteral("</table>");
}

QString section(const QString& title, const QString& bodyHtml)
{
    return QStringLiteral("<p style=\"margin-top:8px; margin-bottom:2px\"><b>%1</b></p>%2")
        .arg(esc(title), bodyHtml);
}

QString paragraph(const QString& text, bool code = false)
{
    return code ? QStringLiteral("<p style=\"margin-top:0\"><code>%1</code></p>").arg(esc(text))
                : QStringLiteral("<p style=\"margin-top:0\">%1</p>").arg(esc(text));
}

} // namespace

DerivationPanel::DerivationPanel(QWidget* parent)
    : QWidget(parent)
    , m_warning(new QFrame(this))
    , m_warningIcon(new QLabel(m_warning))
    , m_warningText(new QLabel(m_warning))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("derivationPanel"));
    setAccessibleName(tr("Why this number"));

    m_warning->setObjectName(QStringLiteral("derivationWarning"));
    m_warning->setAccessibleName(tr("Warnings about the award"));
    m_warningIcon->setAlignment(Qt::AlignTop);
    m_warningText->setObjectName(QStringLiteral("derivationWarningText"));
    m_warningText->setWordWrap(true);
    m_warningText->setTextFormat(Qt::RichText);
    m_warningText->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    auto* warningLayout = new QHBoxLayout(m_warning);
    warningLayout->setContentsMargins(8, 6, 8, 6);
    warningLayout->addWidget(m_warningIcon, 0, Qt::AlignTop);
    warningLayout->addWidget(m_warningText, 1);
    m_warning->hide();

    m_browser->setObjectName(QStringLiteral("derivationText"));
    m_browser->setAccessibleName(tr("Derivation of the selected number"));
    m_browser->setOpenLinks(false);
    m_browser->setReadOnly(true);
    m_browser->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_warning);
    layout->addWidget(m_browser, 1);

    styleWarning();
    render();
}

void DerivationPanel::showDerivation(const Derivation& derivation)
{
    m_derivation = derivation;
    render();
}

void DerivationPanel::showRankReversals(const Tender& tender, const Evaluation& evaluation)
{
    Q_UNUSED(tender); // the explanations already name the bids
    QStringList items;
    for (const RankReversal& r : evaluation.rankReversals)
        items << tr("<b>Rank reversal:</b> %1").arg(esc(r.explanation));
    if (!evaluation.tieBreakNote.isEmpty())
        items << tr("<b>Tie-break:</b> %1").arg(esc(evaluation.tieBreakNote));
    if (!evaluation.hasWinner() && !evaluation.noAwardReason.isEmpty())
        items << tr("<b>No award:</b> %1").arg(esc(evaluation.noAwardReason));
    if (items.isEmpty()) {
        m_warningText->clear();
        m_warning->hide();
        return;
    }
    // One paragraph per item: a label's list indentation wastes a narrow dock.
    m_warningText->setText(QStringLiteral("<p style=\"margin:0\">") +
                           items.join(QStringLiteral("</p><p style=\"margin-top:4px\">")) +
                           QStringLiteral("</p>"));
    m_warning->show();
}

void DerivationPanel::clear()
{
    m_derivation.reset();
    m_warningText->clear();
    m_warning->hide();
    render();
}

void DerivationPanel::render()
{
    if (!m_derivation) {
        m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>")
                               .arg(esc(tr("Select a score to see how it was worked out."))));
        return;
    }
    const Derivation& d = *m_derivation;
    QString html;
    if (!d.available) {
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(d.quantity.isEmpty() ? tr("No number here") : d.quantity));
        html +=
            paragraph(d.note.isEmpty() ? tr("This number does not exist for this bid.") : d.note);
        m_browser->setHtml(html);
        return;
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(d.quantity));
    html += section(tr("Formula"), paragraph(d.formula, true));
    html += section(tr("Working"), paragraph(d.working, true));
    if (!d.inputs.isEmpty())
        html += section(tr("Inputs"), inputsTable(d, palette()));
    QString result = numberText(d.value);
    if (d.exact != d.value)
        result = tr("%1 (before rounding %2)").arg(numberText(d.value), numberText(d.exact));
    html += section(tr("Result"), paragraph(result));
    if (!d.rounding.isEmpty())
        html += section(tr("Rounding"), paragraph(d.rounding));
    if (!d.note.isEmpty())
        html += section(tr("Note"), paragraph(d.note));
    m_browser->setHtml(html);
}

void DerivationPanel::styleWarning()
{
    const QPalette p = palette();
    const bool dark = p.color(QPalette::Base).lightness() < 128;
    const QColor amber = dark ? QColor(0xf2, 0xb1, 0x3a) : QColor(0xd9, 0x8b, 0x00);
    const QColor fill = blended(p.color(QPalette::Base), amber, dark ? 0.18 : 0.14);
    // A style sheet on this one frame only: the labels inside keep the palette.
    m_warning->setStyleSheet(
        QStringLiteral("QFrame#derivationWarning { background-color: %1; border: 1px solid %2; "
                       "border-radius: 4px; }")
            .arg(fill.name(), amber.name()));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_warningIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
}

void DerivationPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        styleWarning();
        render();
    }
}

} // namespace tulana
