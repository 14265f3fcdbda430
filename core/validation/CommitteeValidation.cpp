#include "CommitteeValidation.h"

#include "i18n/Translate.h"
#include "support/NumberText.h"
#include "tender/MarkCell.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace tulana {
namespace {

// Checks the member, bid and criterion a record names; false when one is not
// in the tender (reported at `at`).
bool namesExist(const Tender& t, const std::vector<LeafRef>& leaves, const QString& at,
                const QString& member, const QString& bid, const QString* criterion, Problems& out)
{
    bool ok = true;
    if (evaluatorIndex(t, member) < 0) {
        out << error(at + QStringLiteral(".member"),
                     tulana::tr("\"%1\" is not a member of the committee").arg(member));
        ok = false;
    }
    if (bidIndex(t, bid) < 0) {
        out << error(at + QStringLiteral(".bid"), tulana::tr("no bid has the id \"%1\"").arg(bid));
        ok = false;
    }
    if (criterion && leafIndex(leaves, *criterion) < 0) {
        out << error(at + QStringLiteral(".criterion"),
                     tulana::tr("no marked criterion has the id \"%1\"").arg(*criterion));
        ok = false;
    }
    return ok;
}

void checkBands(const SpreadBands& bands, Problems& out)
{
    const bool ok = std::isfinite(bands.notable) && std::isfinite(bands.wide) &&
                    bands.notable > 0 && bands.notable < bands.wide && bands.wide <= 100;
    if (!ok)
        out << error(QStringLiteral("tender.spreadBands"),
                     tulana::tr("the spread bands must be 0 < notable < wide ≤ 100 (%), not %1 "
                                "and %2")
                         .arg(numberText(bands.notable), numberText(bands.wide)));
}

void checkDeclarations(const Tender& t, const std::vector<LeafRef>& leaves, Problems& out)
{
    QSet<QString> seen;
    const auto& declarations = t.committee.declarations;
    for (std::size_t i = 0; i < declarations.size(); ++i) {
        const ConflictDeclaration& d = declarations[i];
        const QString at = QStringLiteral("committee.declarations[%1]").arg(i);
        if (!namesExist(t, leaves, at, d.member, d.bid, nullptr, out))
            continue;
        const QString key = d.member + QLatin1Char('\n') + d.bid;
        if (seen.contains(key))
            out << error(at, tulana::tr("%1 already declared about %2").arg(d.member, d.bid));
        seen.insert(key);
        if (d.conflict && d.description.trimmed().isEmpty())
            out << error(at + QStringLiteral(".description"),
                         tulana::tr("a declared conflict of interest needs its description"));
    }
}

void checkNotes(const Tender& t, const std::vector<LeafRef>& leaves, Problems& out)
{
    const auto& notes = t.committee.notes;
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const MarkNote& n = notes[i];
        namesExist(t, leaves, QStringLiteral("committee.notes[%1]").arg(i), n.member, n.bid,
                   &n.criterion, out);
    }
}

bool sameMark(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

void checkModerations(const Tender& t, const std::vector<LeafRef>& leaves, Problems& out)
{
    const auto& moderations = t.committee.moderations;
    // The mark each moderated cell should hold now: the last moderation's.
    std::map<MarkCell, std::pair<double, QString>> last;
    for (std::size_t i = 0; i < moderations.size(); ++i) {
        const Moderation& m = moderations[i];
        const QString at = QStringLiteral("committee.moderations[%1]").arg(i);
        if (!namesExist(t, leaves, at, m.member, m.bid, &m.criterion, out))
            continue;
        const MarkCell cell = markCell(t, leaves, m.bid, m.criterion, m.member);
        const double max = leaves[std::size_t(cell.leaf)].criterion->maxMarks;
        if (m.reason.trimmed().isEmpty())
            out << error(at + QStringLiteral(".reason"),
                         tulana::tr("a moderated mark needs the committee's reason"));
        for (const auto& [key, value] :
             {std::pair{"original", m.original}, std::pair{"moderated", m.moderated}})
            if (!(value >= 0 && value <= max))
                out << error(at + QLatin1Char('.') + QLatin1String(key),
                             tulana::tr("%1 is not a mark between 0 and the maximum of %2")
                                 .arg(numberText(value), numberText(max)));
        if (const auto before = last.find(cell);
            before != last.end() && !sameMark(m.original, before->second.first))
            out << error(at + QStringLiteral(".original"),
                         tulana::tr("the mark was %1 after the moderation before, not %2")
                             .arg(numberText(before->second.first), numberText(m.original)));
        last[cell] = {m.moderated, at};
    }
    for (const auto& [cell, value] : last) {
        const Bid& bid = t.bids[std::size_t(cell.bid)];
        if (bid.marks.criteria() != int(leaves.size()) ||
            bid.marks.evaluators() != int(t.evaluators.size()))
            continue; // the sheet's shape is reported with the bid
        const double now = bid.marks.at(cell.leaf, cell.member);
        if (!sameMark(now, value.first))
            out << error(value.second + QStringLiteral(".moderated"),
                         tulana::tr("%1's mark for %2 on \"%3\" is %4, but the committee "
                                    "moderated it to %5: a moderated mark is changed only by "
                                    "moderating it again, with a reason")
                             .arg(t.evaluators[std::size_t(cell.member)].name, bid.id,
                                  leaves[std::size_t(cell.leaf)].criterion->name,
                                  std::isnan(now) ? tulana::tr("not marked") : numberText(now),
                                  numberText(value.first)));
    }
}

} // namespace

void checkCommitteeRecord(const Tender& tender, Problems& out)
{
    const CommitteeRecord& c = tender.committee;
    if (c.isEmpty())
        return;
    const std::vector<LeafRef> leaves = leavesOf(tender.criteria);
    checkBands(c.bands, out);
    checkDeclarations(tender, leaves, out);
    checkNotes(tender, leaves, out);
    checkModerations(tender, leaves, out);
}

} // namespace tulana
