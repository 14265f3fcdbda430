#include "memo/MemoCompare.h"

#include "i18n/Translate.h"
#include "memo/Fingerprint.h"

#include <algorithm>
#include <cstdint>
#include <optional>

namespace tulana {
namespace {

// A run of items that differ: [memoBegin, memoEnd) of the memo against
// [expectedBegin, expectedEnd) of the memo made again.
struct Hunk
{
    std::size_t memoBegin = 0, memoEnd = 0, expectedBegin = 0, expectedEnd = 0;
};

bool same(const MemoTextItem& a, const MemoTextItem& b)
{
    return a.markup == b.markup && a.text == b.text;
}

// Above this many cells the middle is not aligned line by line but reported
// as one difference: a memo edited that much is not the tender's anyway,
// and the table stays within ~16 MB.
constexpr std::size_t kMaxAlignmentCells = 4'000'000;

// The runs that differ, by the longest common subsequence of the lines
// between the common head and tail (an edited memo differs in a few places,
// so the middle is small).
std::vector<Hunk> hunks(const MemoText& memo, const MemoText& expected)
{
    const std::size_t n = memo.size(), m = expected.size();
    std::size_t head = 0;
    while (head < n && head < m && same(memo[head], expected[head]))
        ++head;
    std::size_t tail = 0;
    while (tail < n - head && tail < m - head && same(memo[n - 1 - tail], expected[m - 1 - tail]))
        ++tail;
    const std::size_t rows = n - head - tail, columns = m - head - tail;
    if (rows == 0 && columns == 0)
        return {};
    if (rows == 0 || columns == 0 || (rows + 1) * (columns + 1) > kMaxAlignmentCells)
        return {{head, n - tail, head, m - tail}};
    // lcs[i][j]: the longest common run of memo[head+i..] and expected[head+j..].
    std::vector<std::uint32_t> lcs((rows + 1) * (columns + 1), 0);
    const auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& {
        return lcs[i * (columns + 1) + j];
    };
    for (std::size_t i = rows; i-- > 0;)
        for (std::size_t j = columns; j-- > 0;)
            at(i, j) = same(memo[head + i], expected[head + j])
                           ? at(i + 1, j + 1) + 1
                           : std::max(at(i + 1, j), at(i, j + 1));
    std::vector<Hunk> out;
    std::size_t i = 0, j = 0;
    Hunk open{head, head, head, head};
    bool isOpen = false;
    const auto close = [&] {
        if (isOpen)
            out.push_back(open);
        isOpen = false;
    };
    while (i < rows || j < columns) {
        if (i < rows && j < columns && same(memo[head + i], expected[head + j])) {
            close();
            ++i;
            ++j;
            continue;
        }
        if (!isOpen)
            open = {head + i, head + i, head + j, head + j};
        isOpen = true;
        if (j >= columns || (i < rows && at(i + 1, j) >= at(i, j + 1)))
            open.memoEnd = head + ++i;
        else
            open.expectedEnd = head + ++j;
    }
    close();
    return out;
}

// The words of a run of items, the text ones when there are any.
QString words(const MemoText& text, std::size_t begin, std::size_t end, bool markup)
{
    QStringList parts;
    for (std::size_t k = begin; k < end; ++k)
        if (text[k].markup == markup)
            parts << text[k].text.simplified();
    return parts.join(QLatin1Char(' '));
}

// The lines of a run as they are broken, " / " between them.
QString lines(const MemoText& text, std::size_t begin, std::size_t end)
{
    QStringList parts;
    for (std::size_t k = begin; k < end && parts.size() < 4; ++k)
        if (!text[k].markup)
            parts << text[k].text.simplified();
    return parts.join(QStringLiteral(" / "));
}

bool hasText(const MemoText& text, std::size_t begin, std::size_t end)
{
    for (std::size_t k = begin; k < end; ++k)
        if (!text[k].markup)
            return true;
    return false;
}

constexpr qsizetype kContext = 40;   // characters kept either side of what differs
constexpr qsizetype kMaxShown = 160; // characters of each side at most

// What differs between two texts, with some words around it either side.
std::pair<QString, QString> excerpts(const QString& a, const QString& b)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    qsizetype start = std::max<qsizetype>(0, prefix - kContext);
    while (start > 0 && !a[start - 1].isSpace())
        --start; // whole words
    const auto cut = [&](const QString& s) {
        qsizetype end = std::min(s.size(), s.size() - suffix + kContext);
        while (end < s.size() && !s[end].isSpace())
            ++end;
        QString part = s.mid(start, end - start);
        if (part.size() > kMaxShown)
            part = part.left(kMaxShown) + QStringLiteral("\u2026");
        if (start > 0)
            part.prepend(QStringLiteral("\u2026"));
        if (end < s.size() && !part.endsWith(u'\u2026'))
            part += QStringLiteral("\u2026");
        return part;
    };
    return {cut(a), cut(b)};
}

// Where each line of the memo made again is: the section, numbered
// paragraph or other part that the last heading before it opened.
class Places
{
public:
    Places(const MemoText& expected, const MemoDocument& m)
    {
        QString place = tulana::tr("the title block");
        QString sectionNumber;
        for (const MemoTextItem& item : expected) {
            if (!item.markup)
                update(item.text.simplified(), m, place, sectionNumber);
            m_at.push_back(place);
        }
    }
    QString at(std::size_t index) const
    {
        return m_at.empty() ? QString() : m_at[std::min(index, m_at.size() - 1)];
    }

private:
    static bool isHeading(const QString& line, const MemoSection& s)
    {
        return !s.heading.isEmpty() && line.endsWith(s.heading) &&
               line.size() <= s.heading.size() + s.number.size() + 8 &&
               line.left(line.size() - s.heading.size()).contains(s.number);
    }
    static void update(const QString& line, const MemoDocument& m, QString& place,
                       QString& sectionNumber)
    {
        if (line.isEmpty())
            return;
        const auto sections = [&](const std::vector<MemoSection>& list, bool annex) {
            for (const MemoSection& s : list)
                if (isHeading(line, s)) {
                    sectionNumber = annex ? QString() : s.number;
                    place = s.number.isEmpty() || annex
                                ? tulana::tr("the annex's \u201c%1\u201d").arg(s.heading)
                                : tulana::tr("section %1").arg(s.number);
                    return true;
                }
            return false;
        };
        if (sections(m.sections, false) || sections(m.annex, true))
            return;
        if (!m.signOffHeading.isEmpty() && line == m.signOffHeading.simplified()) {
            place = tulana::tr("the signatures");
            return;
        }
        if (line.contains(QLatin1String(kFingerprintLabel))) {
            place = tulana::tr("the fingerprint");
            sectionNumber.clear();
            return;
        }
        // A numbered paragraph of the current section: "7.1 The bid ...".
        if (sectionNumber.isEmpty())
            return;
        const QString prefix = sectionNumber + QLatin1Char('.');
        if (!line.startsWith(prefix))
            return;
        qsizetype end = prefix.size();
        while (end < line.size() && line[end].isDigit())
            ++end;
        if (end > prefix.size() && (end == line.size() || line[end].isSpace()))
            place = tulana::tr("section %1").arg(line.left(end));
    }

    std::vector<QString> m_at;
};

int pageOf(const MemoText& memo, std::size_t begin)
{
    if (memo.empty())
        return 0;
    return memo[std::min(begin, memo.size() - 1)].page;
}

// Text in the same order but on other pages: the page breaks differ.
std::optional<MemoDifference> pageBreakDifference(const MemoText& memo, const MemoText& expected,
                                                  const Places& places)
{
    for (std::size_t k = 0; k < memo.size() && k < expected.size(); ++k)
        if (memo[k].page != expected[k].page)
            return MemoDifference{
                memo[k].page, places.at(k),
                tulana::tr("page %1: %2").arg(memo[k].page).arg(memo[k].text),
                tulana::tr("page %1: %2").arg(expected[k].page).arg(expected[k].text), false};
    return std::nullopt;
}

int pageCount(const MemoText& text)
{
    int pages = 0;
    for (const MemoTextItem& item : text)
        pages = std::max(pages, item.page);
    return pages;
}

// Without the lines that carry "Page n of N" (the footer): when the number of
// pages differs, every footer does, and the report would list them instead
// of what changed.
MemoText withoutPageNumbers(const MemoText& text, const QString& pageLabel, int pages)
{
    if (!pageLabel.contains(QLatin1String("%1")) || !pageLabel.contains(QLatin1String("%2")))
        return text;
    MemoText out;
    for (const MemoTextItem& item : text)
        if (item.markup || item.page == 0 ||
            !item.text.contains(QString(pageLabel).arg(item.page).arg(pages)))
            out.push_back(item);
    return out;
}

} // namespace

MemoComparison compareMemoText(const MemoText& memoAsRead, const MemoText& expectedAsRead,
                               const MemoDocument& regenerated, std::size_t shown)
{
    MemoComparison out;
    const int memoPages = pageCount(memoAsRead), expectedPages = pageCount(expectedAsRead);
    const bool otherPageCount = memoPages != expectedPages;
    const MemoText memo = otherPageCount
                              ? withoutPageNumbers(memoAsRead, regenerated.pageLabel, memoPages)
                              : memoAsRead;
    const MemoText expected =
        otherPageCount ? withoutPageNumbers(expectedAsRead, regenerated.pageLabel, expectedPages)
                       : expectedAsRead;
    const Places places(expected, regenerated);
    if (otherPageCount)
        out.shown.push_back(MemoDifference{
            0, tulana::tr("the number of pages"), tulana::tr("%n page(s)", nullptr, memoPages),
            tulana::tr("%n page(s)", nullptr, expectedPages), false});
    const std::vector<Hunk> found = hunks(memo, expected);
    out.count = otherPageCount ? 1 : 0;
    // Lines broken in other places with the same words (a table's column
    // grew because a name did): a consequence of another difference, so
    // reported only when there is no other.
    std::optional<MemoDifference> lineBreaks;
    for (const Hunk& h : found) {
        const bool text = hasText(memo, h.memoBegin, h.memoEnd) ||
                          hasText(expected, h.expectedBegin, h.expectedEnd);
        const QString memoWords = words(memo, h.memoBegin, h.memoEnd, !text);
        const QString expectedWords = words(expected, h.expectedBegin, h.expectedEnd, !text);
        const std::size_t placeIndex = h.expectedBegin < h.expectedEnd || h.expectedBegin == 0
                                           ? h.expectedBegin
                                           : h.expectedBegin - 1;
        if (text && memoWords == expectedWords) {
            if (!lineBreaks)
                lineBreaks = MemoDifference{pageOf(memo, h.memoBegin), places.at(placeIndex),
                                            lines(memo, h.memoBegin, h.memoEnd),
                                            lines(expected, h.expectedBegin, h.expectedEnd), false};
            continue;
        }
        ++out.count;
        if (out.shown.size() >= shown)
            continue;
        const auto [says, gives] = excerpts(memoWords, expectedWords);
        out.shown.push_back(
            MemoDifference{pageOf(memo, h.memoBegin), places.at(placeIndex), says, gives, !text});
    }
    if (out.count == 0 && lineBreaks) {
        out.count = 1;
        out.shown.push_back(*lineBreaks);
    }
    if (out.count == 0)
        if (const auto pages = pageBreakDifference(memo, expected, places)) {
            out.count = 1;
            out.shown.push_back(*pages);
        }
    return out;
}

QString describeDifference(const MemoDifference& d)
{
    const QString where =
        d.page > 0 ? tulana::tr("page %1, %2").arg(d.page).arg(d.section) : d.section;
    const QString says = d.memoSays.isEmpty()
                             ? tulana::tr("the memo has nothing there")
                             : tulana::tr("the memo says \u201c%1\u201d").arg(d.memoSays);
    const QString gives = d.tenderGives.isEmpty()
                              ? tulana::tr("the tender gives nothing there")
                              : tulana::tr("the tender gives \u201c%1\u201d").arg(d.tenderGives);
    if (d.markup)
        return tulana::tr("%1: the memo's formatting differs: %2; %3").arg(where, says, gives);
    return tulana::tr("%1: %2; %3").arg(where, says, gives);
}

} // namespace tulana
