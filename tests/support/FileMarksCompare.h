#pragma once

// Whether the two tender parsers (simdjson and nlohmann's SAX) read a bid's
// marks alike: the rows by criterion id, every value bit for bit (null as
// null, -0 as -0), and the same refusals. Shared by tst_tenderparsers and
// the tender_parsers fuzz harness, which hold the parsers to each other.
#include "io/TenderSax.h" // internal to core/io: the marks as read from the file

#include <cmath>
#include <vector>

namespace tulana::testsupport {

inline bool sameMarkValues(const std::vector<double>& a, const std::vector<double>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::isnan(a[i]) != std::isnan(b[i]) ||
            (!std::isnan(a[i]) && (a[i] != b[i] || std::signbit(a[i]) != std::signbit(b[i]))))
            return false;
    return true;
}

inline bool sameFileMarks(const FileMarks& a, const CriterionIds& aIds, const FileMarks& b,
                          const CriterionIds& bIds)
{
    if (a.present != b.present || a.rows.size() != b.rows.size() ||
        a.badMarks.size() != b.badMarks.size() || a.notLists.size() != b.notLists.size() ||
        !sameMarkValues(a.values, b.values))
        return false;
    for (std::size_t i = 0; i < a.rows.size(); ++i)
        if (aIds[a.rows[i].criterion] != bIds[b.rows[i].criterion] ||
            a.rows[i].first != b.rows[i].first || a.rows[i].count != b.rows[i].count ||
            a.rows[i].isArray != b.rows[i].isArray)
            return false;
    for (std::size_t i = 0; i < a.notLists.size(); ++i)
        if (a.notLists[i].row != b.notLists[i].row || a.notLists[i].found != b.notLists[i].found)
            return false;
    for (std::size_t i = 0; i < a.badMarks.size(); ++i)
        if (a.badMarks[i].row != b.badMarks[i].row || a.badMarks[i].index != b.badMarks[i].index ||
            a.badMarks[i].found != b.badMarks[i].found)
            return false;
    return true;
}

} // namespace tulana::testsupport
