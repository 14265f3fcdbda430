#include "MemoRender.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace tulana {
namespace {

// Text inside a pipe table: a bar would end the cell, a line break the row.
QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|"))
        .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

void table(QStringList& out, const MemoTable& t)
{
    if (!t.caption.isEmpty())
        out << QStringLiteral("**%1**").arg(t.caption) << QString();
    QStringList head;
    QStringList rule;
    for (qsizetype c = 0; c < t.header.size(); ++c) {
        head << cell(t.header[c]);
        const MemoAlign a =
            std::size_t(c) < t.align.size() ? t.align[std::size_t(c)] : MemoAlign::Left;
        rule << (a == MemoAlign::Right    ? QStringLiteral("---:")
                 : a == MemoAlign::Centre ? QStringLiteral(":---:")
                                          : QStringLiteral("---"));
    }
    out << QStringLiteral("| ") + head.join(QStringLiteral(" | ")) + QStringLiteral(" |")
        << QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const bool em =
            std::find(t.emphasised.begin(), t.emphasised.end(), int(r)) != t.emphasised.end();
        QStringList cells;
        for (const QString& text : t.rows[r])
            cells << (em && !text.isEmpty() ? QStringLiteral("**%1**").arg(cell(text))
                                            : cell(text));
        out << QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    }
    out << QString();
    if (!t.note.isEmpty())
        out << QStringLiteral("*%1*").arg(t.note) << QString();
}

// A chart as a table of text bars, readable in any Markdown viewer.
void chart(QStringList& out, const MemoChart& c)
{
    MemoTable t;
    t.caption = c.caption;
    t.header = {QString(), c.unit, QString()};
    t.align = {MemoAlign::Left, MemoAlign::Right, MemoAlign::Left};
    for (const MemoChart::Bar& bar : c.bars) {
        const int length =
            c.maximum > 0 ? int(std::lround(40.0 * std::clamp(bar.value / c.maximum, 0.0, 1.0)))
                          : 0;
        t.rows.push_back({bar.label, QString::number(bar.value, 'f', c.decimals),
                          QString(length, QChar(0x2588))});
    }
    if (c.hasReference)
        t.note = c.referenceLabel;
    table(out, t);
}

void sections(QStringList& out, const std::vector<MemoSection>& list)
{
    for (const MemoSection& s : list) {
        out << QStringLiteral("### %1. %2").arg(s.number, s.heading) << QString();
        for (const MemoBlock& block : s.blocks) {
            if (const auto* p = std::get_if<MemoParagraph>(&block)) {
                QString text = p->text;
                text.replace(QLatin1Char('\n'), QStringLiteral("  \n"));
                if (p->style == MemoParagraph::Style::Strong)
                    text = QStringLiteral("**%1**").arg(text);
                else if (p->style == MemoParagraph::Style::Note)
                    text = QStringLiteral("*%1*").arg(text);
                if (p->style == MemoParagraph::Style::Quote)
                    out << QStringLiteral("> ") + text;
                else
                    out << (p->number.isEmpty() ? text : p->number + QLatin1Char(' ') + text);
                out << QString();
            } else if (const auto* t = std::get_if<MemoTable>(&block)) {
                table(out, *t);
            } else if (const auto* c = std::get_if<MemoChart>(&block)) {
                chart(out, *c);
            }
        }
    }
}

} // namespace

QString memoToMarkdown(const MemoDocument& m)
{
    QStringList out;
    if (m.draft)
        out << QStringLiteral("**%1**").arg(m.draftMark) << QString();
    out << QStringLiteral("**%1**").arg(m.organisation) << QString();
    if (!m.address.isEmpty())
        out << m.address << QString();
    out << m.fileLine + QStringLiteral(" \u2014 ") + m.dateLine << QString();
    out << QStringLiteral("## %1").arg(m.documentTitle) << QString();
    out << QStringLiteral("**%1** %2").arg(m.subjectLabel, m.subject) << QString();
    out << m.reference << QString();
    sections(out, m.sections);

    if (!m.signOffHeading.isEmpty())
        out << QStringLiteral("**%1**").arg(m.signOffHeading) << QString();
    MemoTable signatures;
    for (const MemoSignatory& s : m.signOff) {
        signatures.header << s.role;
        signatures.align.push_back(MemoAlign::Left);
    }
    QStringList names, designations;
    for (const MemoSignatory& s : m.signOff) {
        names << s.name;
        designations << s.designation;
    }
    signatures.rows = {names, designations};
    table(out, signatures);
    out << m.fingerprintLine << QString() << QStringLiteral("*%1*").arg(m.generatedBy) << QString();
    // The checkpoint as text: Markdown has no place for the QR code.
    if (!m.checkpoint.isEmpty())
        out << m.checkpointLine << QString();

    if (!m.annex.empty()) {
        out << QStringLiteral("---") << QString() << QStringLiteral("## %1").arg(m.annexTitle)
            << QString();
        sections(out, m.annex);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace tulana
