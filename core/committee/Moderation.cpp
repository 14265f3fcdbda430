#include "Moderation.h"

#include "SheetReceipt.h"
#include "crypto/Digest.h"
#include "i18n/Translate.h"
#include "process/ProcessState.h"
#include "support/NumberText.h"
#include "tender/MarkCell.h"

#include <cmath>

namespace tulana::committee {
namespace {

Problem moderationRefused(const QString& why)
{
    return error(QStringLiteral("committee.moderations"), why);
}

} // namespace

QByteArray moderationBytes(const Moderation& m)
{
    return QStringLiteral("tulana-moderation-1\n%1\n%2\n%3\n%4\n%5\n%6\n%7")
        .arg(m.bid, m.criterion, m.member, numberText(m.original), numberText(m.moderated),
             m.reason, m.time.toUTC().toString(Qt::ISODate))
        .toUtf8();
}

Problems moderateMark(Tender& tender, const QString& bid, const QString& criterion,
                      const QString& member, double moderated, const QString& reason,
                      const process::Actor* actor, const QDateTime& time)
{
    const std::vector<LeafRef> leaves = leavesOf(tender.criteria);
    const MarkCell cell = markCell(tender, leaves, bid, criterion, member);
    if (!cell.exists())
        return {moderationRefused(
            tulana::tr("there is no mark of %1 for %2 on \"%3\"").arg(member, bid, criterion))};
    if (tender.committee.declaredConflict(member, bid))
        return {moderationRefused(
            tulana::tr("%1 declared a conflict of interest with %2 and has no mark "
                       "for it to moderate")
                .arg(member, bid))};
    if (reason.trimmed().isEmpty())
        return {moderationRefused(tulana::tr("a moderated mark needs the committee's reason"))};
    const Criterion& c = *leaves[std::size_t(cell.leaf)].criterion;
    if (!(moderated >= 0 && moderated <= c.maxMarks))
        return {moderationRefused(tulana::tr("%1 is not a mark between 0 and the maximum of %2")
                                      .arg(numberText(moderated), numberText(c.maxMarks)))};
    MarksSheet& marks = tender.bids[std::size_t(cell.bid)].marks;
    const double original = marks.at(cell.leaf, cell.member);
    if (std::isnan(original))
        return {
            moderationRefused(tulana::tr("%1 has not marked %2 on \"%3\" yet: there is nothing to "
                                         "moderate")
                                  .arg(member, bid, c.name))};
    if (original == moderated)
        return {moderationRefused(tulana::tr("the mark is %1 already").arg(numberText(original)))};
    const bool recorded = tender.process.isRecorded();
    if (recorded) {
        if (!actor)
            return {moderationRefused(
                tulana::tr("in a recorded process a moderation is signed: give the "
                           "key of the member who records it"))};
        const QStringList awaiting = membersAwaitingSheets(tender);
        if (!tender.process.sheets.empty() && !awaiting.isEmpty())
            return {moderationRefused(
                tulana::tr("the committee moderates once every member's sheet is in; "
                           "still awaited: %1")
                    .arg(awaiting.join(QStringLiteral(", "))))};
    }

    Moderation m{bid, criterion, member, original, moderated, reason.trimmed(), time.toUTC()};
    m.time.setTime(QTime(m.time.time().hour(), m.time.time().minute(), m.time.time().second()));
    Tender changed = tender;
    if (recorded) {
        Problems problems = process::recordCommitteeAct(
            changed, process::Act::MarkModerated,
            tulana::tr("Mark of %1 for %2 on \"%3\" moderated from %4 to %5")
                .arg(process::actorName(tender, member), bid, c.name, numberText(original),
                     numberText(moderated)),
            m.reason, crypto::sha256(moderationBytes(m)), *actor, time);
        if (hasErrors(problems))
            return problems;
    }
    changed.bids[std::size_t(cell.bid)].marks.set(cell.leaf, cell.member, moderated);
    changed.committee.moderations.push_back(std::move(m));
    tender = std::move(changed);
    return {};
}

Tender withOriginalMarks(const Tender& tender)
{
    Tender original = tender;
    const std::vector<LeafRef> leaves = leavesOf(tender.criteria);
    // Newest first, so that a mark moderated twice ends at its first original.
    for (auto it = tender.committee.moderations.rbegin(); it != tender.committee.moderations.rend();
         ++it) {
        const MarkCell cell = markCell(tender, leaves, it->bid, it->criterion, it->member);
        if (cell.exists())
            original.bids[std::size_t(cell.bid)].marks.set(cell.leaf, cell.member, it->original);
    }
    original.committee.moderations.clear();
    return original;
}

} // namespace tulana::committee
