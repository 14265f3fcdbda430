#pragma once

#include <QDateTime>
#include <QString>

#include <limits>
#include <vector>

namespace tulana {

// What the committee records about how its members marked
// (docs/committee.md): each member's declaration on each bidder, the notes
// members wrote beside their marks, and the marks the committee revised, with
// the original kept. Plain data: the statistics of disagreement are in
// core/committee, the acts that sign these in core/process. Absent from the
// file while empty.

// A member's declaration about one bid, made before marking it. A member
// who declares a conflict does not mark that bid; its committee average is
// over the other members.
struct ConflictDeclaration
{
    QString member; // evaluator id
    QString bid;    // bid id
    bool conflict = false;
    QString description; // required with a conflict: what the interest is
    friend bool operator==(const ConflictDeclaration&, const ConflictDeclaration&) = default;
};

// A member's note beside one of their marks: why that mark.
struct MarkNote
{
    QString bid;
    QString criterion; // criterion id
    QString member;
    QString text;
    friend bool operator==(const MarkNote&, const MarkNote&) = default;
};

// A mark the committee revised. The bid's marks hold the moderated mark;
// the original stays here, and both are printed in the memo's annex.
struct Moderation
{
    QString bid;
    QString criterion; // criterion id
    QString member;    // whose mark
    double original = std::numeric_limits<double>::quiet_NaN();
    double moderated = std::numeric_limits<double>::quiet_NaN();
    QString reason; // required
    QDateTime time; // UTC, to the second
    friend bool operator==(const Moderation&, const Moderation&) = default;
};

// How far apart the members' marks on one criterion of one bid may be
// before the spread is shown as notable or wide: the highest minus the
// lowest mark, as a percentage of the criterion's maximum. Announced with
// the rules (defaults from Cotiss's colour bands, docs/committee.md).
struct SpreadBands
{
    double notable = 20.0;
    double wide = 50.0;
    bool isDefault() const { return notable == 20.0 && wide == 50.0; }
    friend bool operator==(const SpreadBands&, const SpreadBands&) = default;
};

struct CommitteeRecord
{
    SpreadBands bands;
    std::vector<ConflictDeclaration> declarations;
    std::vector<MarkNote> notes;
    std::vector<Moderation> moderations;

    bool isEmpty() const
    {
        return bands.isDefault() && declarations.empty() && notes.empty() && moderations.empty();
    }
    const ConflictDeclaration* declaration(const QString& member, const QString& bid) const;
    bool declaredConflict(const QString& member, const QString& bid) const;
    const MarkNote* note(const QString& bid, const QString& criterion, const QString& member) const;
    // The moderations of one mark, oldest first.
    std::vector<const Moderation*> moderationsOf(const QString& bid, const QString& criterion,
                                                 const QString& member) const;

    friend bool operator==(const CommitteeRecord&, const CommitteeRecord&) = default;
};

} // namespace tulana
