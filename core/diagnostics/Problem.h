#pragma once

#include <QList>
#include <QString>

namespace tulana {

// A finding about user input: where it is (a JSON path such as
// "bids[2].price", or "file.csv:4:price" for imports) and what is wrong,
// in words an officer can act on.
struct Problem
{
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString where;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // "bids[2].price: the price must be greater than zero"
    QString toString() const;

    friend bool operator==(const Problem&, const Problem&) = default;
};

using Problems = QList<Problem>;

bool hasErrors(const Problems& problems);
Problem error(QString where, QString message);
Problem warning(QString where, QString message);

} // namespace tulana
