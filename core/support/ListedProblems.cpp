#include "ListedProblems.h"

#include "i18n/Translate.h"

#include <algorithm>
#include <limits>

namespace tulana {

void ListedProblems::append(Problem problem)
{
    if (isFull()) {
        count(problem.isError());
        return;
    }
    m_hasError = m_hasError || problem.isError();
    m_listed.append(std::move(problem));
}

void ListedProblems::count(bool isError)
{
    m_hasError = m_hasError || isError;
    ++m_unlisted;
    m_unlistedError = m_unlistedError || isError;
}

Problems ListedProblems::take(const QString& where) &&
{
    if (m_unlisted > 0) {
        // More than an int's worth cannot come from a file within the
        // size limits (each problem needs a cell of its own, a byte at
        // least); clamped all the same.
        const int count = int(std::min<qsizetype>(m_unlisted, std::numeric_limits<int>::max()));
        QString message =
            tulana::tr("%n more problem(s) not listed: only the first %1 are shown", nullptr, count)
                .arg(kMaxListedProblems);
        m_listed.append(m_unlistedError ? error(where, std::move(message))
                                        : warning(where, std::move(message)));
    }
    return std::move(m_listed);
}

} // namespace tulana
