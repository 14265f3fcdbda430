#pragma once

#include "diagnostics/Problem.h"

#include <QString>

namespace tulana {

// How many problems a reader of a table, row by row, lists: a bids CSV or
// workbook, a member's marks CSV. A file wrong on each of its 400,000 rows
// would otherwise give 400,000 lines to read, and keep them all in memory;
// the first hundred show what is wrong, and a count says how much more.
inline constexpr qsizetype kMaxListedProblems = 100;

// The problems such a reader finds: the first kMaxListedProblems kept in
// the order found, the rest counted.
class ListedProblems
{
public:
    void append(Problem problem);
    // The same for the problem that where() and message() give, called only
    // if it is listed: a file wrong on each of its rows would otherwise have
    // each problem worded, its place included, only to be counted.
    template <typename Where, typename Message>
    void append(Problem::Severity severity, Where&& where, Message&& message)
    {
        if (isFull())
            count(severity == Problem::Severity::Error);
        else
            append(Problem{severity, where(), message()});
    }
    // Listed or counted: whether the table must be refused.
    bool hasErrors() const { return m_hasError; }
    // The listed problems, then, if some were only counted, one more at
    // `where` saying how many (an error if any of them was one).
    Problems take(const QString& where) &&;

private:
    bool isFull() const { return m_listed.size() >= kMaxListedProblems; }
    void count(bool isError);

    Problems m_listed;
    qsizetype m_unlisted = 0;
    bool m_unlistedError = false;
    bool m_hasError = false; // kept, not searched for: readers ask after every row
};

} // namespace tulana
