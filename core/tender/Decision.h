#pragma once

#include <QDate>
#include <QString>

#include <map>

namespace tulana {

// Why the officer's decision departs from the open-source option or from the
// evaluation (docs/considerations.md, "Departures"). A plain value stored in
// the tender file ("decision.justification").
struct Justification
{
    // Consideration id of Table 3 → the reason, tied to that consideration,
    // that the decision relies on.
    std::map<QString, QString> reasons;
    QString evaluation; // why a bid other than the evaluation's winner is selected
    QString statement;  // the overall statement

    bool isEmpty() const { return reasons.empty() && evaluation.isEmpty() && statement.isEmpty(); }
    friend bool operator==(const Justification&, const Justification&) = default;
};

// The officer's decision on the tender. Finalising is refused while the
// decision is a departure without its justification (checkDecision()).
struct Decision
{
    QString selectedBid; // bid id; empty while no bid is selected
    QDate date;          // invalid while not dated
    bool finalised = false;
    Justification justification;

    bool isEmpty() const
    {
        return selectedBid.isEmpty() && !date.isValid() && !finalised && justification.isEmpty();
    }
    friend bool operator==(const Decision&, const Decision&) = default;
};

} // namespace tulana
