#pragma once

#include "memo/MemoDocument.h"

#include <QString>

#include <cstddef>
#include <vector>

namespace tulana {

// What a reader sees of a memo file, in reading order: lines of text (a
// PDF page's lines, an ODT or HTML paragraph, a Markdown line) and, where
// the format has it, its markup (tags with their attributes, styles,
// pictures), which can show, hide or colour text. app/memo reads a file
// into this; the core compares two of them.
struct MemoTextItem
{
    QString text;
    int page = 0;        // 1-based page of a PDF; 0 where there are no pages
    bool markup = false; // formatting rather than words
};
using MemoText = std::vector<MemoTextItem>;

struct MemoDifference
{
    int page = 0;     // the memo's page, 0 when the format has none
    QString section;  // "section 7.1", "section 3", "the title block", in the user's words
    QString memoSays; // an excerpt of the memo around the difference; empty: nothing there
    QString tenderGives;
    bool markup = false; // only the formatting differs
};

struct MemoComparison
{
    std::vector<MemoDifference> shown; // the first few, in reading order
    std::size_t count = 0;             // every difference, shown or not
    bool matches() const { return count == 0; }
};

// Compares a memo as read with the memo made again from the tender (both
// read the same way), line by line; each run of lines that differ is one
// difference, placed by the page of the memo and the nearest section
// heading or numbered paragraph of `regenerated` before it.
MemoComparison compareMemoText(const MemoText& memo, const MemoText& expected,
                               const MemoDocument& regenerated, std::size_t shown = 5);

// "page 4, section 7.1: the memo says “…”; the tender gives “…”".
QString describeDifference(const MemoDifference& difference);

} // namespace tulana
