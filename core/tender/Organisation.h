#pragma once

#include <QString>

namespace tulana {

// Someone who signs the memo.
struct Person
{
    QString name;
    QString designation;

    bool isEmpty() const { return name.isEmpty() && designation.isEmpty(); }
    friend bool operator==(const Person&, const Person&) = default;
};

// The office that keeps the tender's file, as printed at the head of its
// memo, and the people who sign it.
struct Organisation
{
    QString name; // e.g. "Department of IT & e-Governance, Government of ..."; procuringEntity when
                  // empty
    QString address;    // printed under the name
    QString fileNumber; // file number of the note; the tender reference when empty
    QString policy;     // the organisation's own policy on open source, cited as a basis
    Person preparedBy;
    Person reviewedBy;
    Person approvedBy;

    bool isEmpty() const
    {
        return name.isEmpty() && address.isEmpty() && fileNumber.isEmpty() && policy.isEmpty() &&
               preparedBy.isEmpty() && reviewedBy.isEmpty() && approvedBy.isEmpty();
    }
    friend bool operator==(const Organisation&, const Organisation&) = default;
};

} // namespace tulana
