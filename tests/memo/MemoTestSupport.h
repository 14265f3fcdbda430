#pragma once

// What the memo tests share: the samples, a memo made on a fixed date, and
// a memo's text section by section, as plain text.
#include "io/TenderFile.h"
#include "memo/MemoBuilder.h"
#include "scoring/Evaluator.h"

#include <QStringList>

namespace memotest {

using namespace tulana;

inline Tender sample(const char* name)
{
    const TenderLoad load = loadTenderFile(QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/") +
                                           QString::fromUtf8(name) + QStringLiteral(".tulana"));
    if (!load.tender)
        qFatal("cannot load the sample %s", name);
    return *load.tender;
}

inline MemoDocument memoOf(const Tender& t)
{
    MemoOptions options;
    options.date = QDate(2026, 3, 20);
    options.sourceFile = QStringLiteral("tender.tulana");
    return buildMemo(t, evaluate(t), options);
}

// Everything the memo says, in order, as plain text: headings, paragraphs,
// table cells, chart labels, sign-off.
inline QString plainText(const MemoDocument& m)
{
    QStringList out{m.organisation, m.address,       m.fileLine,
                    m.dateLine,     m.documentTitle, m.subjectLabel + u' ' + m.subject,
                    m.reference};
    const auto sections = [&](const std::vector<MemoSection>& list) {
        for (const MemoSection& s : list) {
            out << s.number + QStringLiteral(". ") + s.heading;
            for (const MemoBlock& b : s.blocks) {
                if (const auto* p = std::get_if<MemoParagraph>(&b)) {
                    out << (p->number.isEmpty() ? p->text : p->number + u' ' + p->text);
                } else if (const auto* t = std::get_if<MemoTable>(&b)) {
                    out << t->caption << t->header.join(QStringLiteral(" | "));
                    for (const QStringList& row : t->rows)
                        out << row.join(QStringLiteral(" | "));
                    out << t->note;
                } else if (const auto* c = std::get_if<MemoChart>(&b)) {
                    out << c->caption;
                    for (const MemoChart::Bar& bar : c->bars)
                        out << bar.label + u' ' + QString::number(bar.value, 'f', c->decimals);
                }
            }
        }
    };
    sections(m.sections);
    out << m.signOffHeading;
    for (const MemoSignatory& s : m.signOff)
        out << s.role << s.name << s.designation;
    out << m.fingerprintLine << m.generatedBy << m.annexTitle;
    sections(m.annex);
    return out.join(u'\n');
}

inline const MemoSection* sectionTitled(const MemoDocument& m, const QString& heading)
{
    for (const MemoSection& s : m.sections)
        if (s.heading == heading)
            return &s;
    return nullptr;
}

// The text of the section with that heading, or nothing.
inline QString sectionText(const MemoDocument& m, const QString& heading)
{
    const MemoSection* s = sectionTitled(m, heading);
    if (!s)
        return {};
    MemoDocument only;
    only.sections = {*s};
    return plainText(only);
}

} // namespace memotest
