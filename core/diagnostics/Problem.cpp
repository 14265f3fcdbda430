#include "Problem.h"

#include <algorithm>

namespace tulana {

QString Problem::toString() const
{
    const QString prefix = severity == Severity::Warning ? QStringLiteral("warning: ") : QString();
    if (where.isEmpty())
        return prefix + message;
    return where + QStringLiteral(": ") + prefix + message;
}

bool hasErrors(const Problems& problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const Problem& p) { return p.isError(); });
}

Problem error(QString where, QString message)
{
    return {Problem::Severity::Error, std::move(where), std::move(message)};
}

Problem warning(QString where, QString message)
{
    return {Problem::Severity::Warning, std::move(where), std::move(message)};
}

} // namespace tulana
