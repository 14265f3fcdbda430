#include "MemoRender.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace tulana {
namespace {

// Every text of the memo is plain text (names, systems and reasons come from
// the tender file as typed): Markdown's own characters in it are escaped, so
// "<script>" or "[x](javascript:…)" shows as written instead of being run or
// linked, as the HTML memo escapes them. The Markdown is the renderer's alone.
QString inlineText(const QString& text)
{
    static const QString special = QStringLiteral("\\`*_[]<>&~");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// What would start a block at the start of a line: a heading ("# "), a
// quote (">"), a list item ("- ", "+ ", "1. ", "1) ") or a heading's
// underline ("===", "---").
bool startsBlock(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] == u' ')
        ++i;
    const QStringView rest = line.mid(i);
    if (rest.isEmpty())
        return false;
    const auto spaceOrEnd = [&](qsizetype at) {
        return at >= rest.size() || rest[at] == u' ' || rest[at] == u'\t';
    };
    const QChar c = rest[0];
    if (c == u'>')
        return true;
    if (c == u'#' || c == u'+' || c == u'-')
        return spaceOrEnd(1) || (c == u'-' && rest.count(u'-') == rest.size());
    if (c == u'=')
        return rest.count(u'=') == rest.size();
    qsizetype d = 0;
    while (d < rest.size() && rest[d].isDigit())
        ++d;
    return d > 0 && d < rest.size() && (rest[d] == u'.' || rest[d] == u')') && spaceOrEnd(d + 1);
}

// Plain text standing as a block (a paragraph, a line of the heading).
QString blockText(const QString& text)
{
    QStringList lines = inlineText(text).split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (!startsBlock(line))
            continue;
        // Escape the character that makes the marker: the first one that is
        // not a space or a digit.
        qsizetype i = 0;
        while (line[i] == u' ' || line[i].isDigit())
            ++i;
        line.insert(i, QLatin1Char('\\'));
    }
    return lines.join(QLatin1Char('\n'));
}

// Text inside a pipe table: a bar would end the cell, a line break the row.
QString cell(const QString& text)
{
    return inlineText(text)
        .replace(QLatin1Char('|'), QStringLiteral("\\|"))
        .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

void markdownTable(QStringList& out, const MemoTable& t)
{
    if (!t.caption.isEmpty())
        out << QStringLiteral("**%1**").arg(inlineText(t.caption)) << QString();
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
        out << QStringLiteral("*%1*").arg(inlineText(t.note)) << QString();
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
    markdownTable(out, t);
}

void markdownSections(QStringList& out, const std::vector<MemoSection>& list)
{
    for (const MemoSection& s : list) {
        out << QStringLiteral("### %1. %2").arg(s.number, inlineText(s.heading)) << QString();
        for (const MemoBlock& block : s.blocks) {
            if (const auto* p = std::get_if<MemoParagraph>(&block)) {
                QString text = blockText(p->text);
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
                markdownTable(out, *t);
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
        out << QStringLiteral("**%1**").arg(inlineText(m.draftMark)) << QString();
    out << QStringLiteral("**%1**").arg(inlineText(m.organisation)) << QString();
    if (!m.address.isEmpty())
        out << blockText(m.address) << QString();
    out << blockText(m.fileLine + QStringLiteral(" \u2014 ") + m.dateLine) << QString();
    out << QStringLiteral("## %1").arg(inlineText(m.documentTitle)) << QString();
    out << QStringLiteral("**%1** %2").arg(inlineText(m.subjectLabel), inlineText(m.subject))
        << QString();
    out << blockText(m.reference) << QString();
    markdownSections(out, m.sections);

    if (!m.signOffHeading.isEmpty())
        out << QStringLiteral("**%1**").arg(inlineText(m.signOffHeading)) << QString();
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
    markdownTable(out, signatures);
    out << blockText(m.fingerprintLine) << QString()
        << QStringLiteral("*%1*").arg(inlineText(m.generatedBy)) << QString();
    // The checkpoint as text: Markdown has no place for the QR code.
    if (!m.checkpoint.isEmpty())
        out << blockText(m.checkpointLine) << QString();

    if (!m.annex.empty()) {
        out << QStringLiteral("---") << QString()
            << QStringLiteral("## %1").arg(inlineText(m.annexTitle)) << QString();
        markdownSections(out, m.annex);
    }
    // What the memo was made with, for verify-memo; not shown when rendered.
    if (!m.madeWith.isEmpty())
        out << QString() << QStringLiteral("<!-- %1 -->").arg(m.madeWith);
    return out.join(QLatin1Char('\n'));
}

} // namespace tulana
