#include "SheetReceipt.h"

#include "crypto/Digest.h"
#include "i18n/Translate.h"
#include "process/ProcessState.h"

#include <algorithm>
#include <cmath>

namespace tulana::committee {
namespace {

// The digest of the rules as announced (or last corrected): what a sheet is
// bound to.
QByteArray announcedRulesDigest(const Tender& tender)
{
    const process::ProcessState state = process::processState(tender.process);
    const auto fixed = state.fixedBy.find(process::Part::Rules);
    if (fixed == state.fixedBy.end())
        return {};
    return tender.process.log[std::size_t(fixed->second)].digest;
}

Problem sheetRefused(const QString& why)
{
    return error(QStringLiteral("sheet"), why);
}

void applySheet(Tender& tender, const EvaluatorSheet& sheet, const QByteArray& bytes)
{
    const int column = evaluatorIndex(tender, sheet.member);
    CommitteeRecord& c = tender.committee;
    std::erase_if(c.declarations,
                  [&](const ConflictDeclaration& d) { return d.member == sheet.member; });
    std::erase_if(c.notes, [&](const MarkNote& n) { return n.member == sheet.member; });
    for (const SheetDeclaration& d : sheet.declarations)
        c.declarations.push_back(
            {sheet.member, d.bid, d.conflict, d.conflict ? d.description : QString()});
    for (const SheetMark& m : sheet.marks)
        if (!m.note.trimmed().isEmpty())
            c.notes.push_back({m.bid, m.criterion, sheet.member, m.note});
    const std::vector<LeafRef> leaves = leavesOf(tender.criteria);
    for (Bid& bid : tender.bids) {
        if (!std::any_of(sheet.bids.begin(), sheet.bids.end(),
                         [&](const SheetBid& b) { return b.id == bid.id; }))
            continue;
        for (std::size_t k = 0; k < leaves.size(); ++k) {
            const SheetMark* m = sheet.mark(bid.id, leaves[k].criterion->id);
            bid.marks.set(int(k), column, m ? m->marks : MarksSheet::unmarked());
        }
    }
    tender.process.sheets.push_back({sheet.member, bytes});
}

} // namespace

Problems recordSheetIssued(Tender& tender, const EvaluatorSheet& sheet,
                           const process::Actor& convenor, const QDateTime& time)
{
    return process::recordCommitteeAct(
        tender, process::Act::SheetIssued,
        tulana::tr("Evaluator sheet issued to %1 (%2 bids, %3 criteria)")
            .arg(process::actorName(tender, sheet.member))
            .arg(sheet.bids.size())
            .arg(sheet.criteria.size()),
        QString(), crypto::sha256(sheetFileBytes(sheet)), convenor, time);
}

Problems sheetRefusedBy(const Tender& tender, const EvaluatorSheet& sheet)
{
    Problems problems;
    const int column = evaluatorIndex(tender, sheet.member);
    const ProcessRecord::Signer* signer = tender.process.signer(sheet.member);
    if (column < 0)
        return {
            sheetRefused(tulana::tr("the sheet is from %1, who is not a member of this tender's "
                                    "committee")
                             .arg(sheet.member))};
    if (!signer)
        return {
            sheetRefused(tulana::tr("the tender records no key for %1, so the sheet's signature "
                                    "cannot be checked")
                             .arg(sheet.member))};
    if (sheet.signature.isEmpty())
        return {sheetRefused(tulana::tr("%1's sheet is not signed: the member signs it before "
                                        "returning it")
                                 .arg(sheet.member))};
    if (!signatureHolds(sheet, signer->signingKey))
        return {sheetRefused(tulana::tr("the signature on %1's sheet does not hold: the sheet was "
                                        "changed after it was signed, or signed with another key "
                                        "than %1's")
                                 .arg(sheet.member))};
    if (sheet.reference != tender.reference || sheet.rulesDigest != announcedRulesDigest(tender))
        return {sheetRefused(tulana::tr("this sheet was issued for another tender, or under rules "
                                        "that have since been corrected; issue %1 a new sheet")
                                 .arg(sheet.member))};
    const std::vector<LeafRef> leaves = leavesOf(tender.criteria);
    bool sameCriteria = leaves.size() == sheet.criteria.size();
    for (std::size_t k = 0; sameCriteria && k < leaves.size(); ++k)
        sameCriteria = leaves[k].criterion->id == sheet.criteria[k].id &&
                       leaves[k].criterion->maxMarks == sheet.criteria[k].maxMarks;
    if (!sameCriteria)
        problems << sheetRefused(tulana::tr("the criteria on the sheet are not the tender's"));
    for (const SheetBid& b : sheet.bids)
        if (std::none_of(tender.bids.begin(), tender.bids.end(),
                         [&](const Bid& bid) { return bid.id == b.id; }))
            problems << sheetRefused(
                tulana::tr("the sheet has a bid %1 the tender does not").arg(b.id));
    problems += unfinishedSheet(sheet);
    return problems;
}

Problems receiveSheet(Tender& tender, const QByteArray& bytes, const process::Actor& convenor,
                      const QDateTime& time)
{
    Problems read;
    const std::optional<EvaluatorSheet> sheet = readSheet(bytes, &read);
    if (!sheet) {
        Problems problems{
            sheetRefused(tulana::tr("this is not a Tulana evaluator sheet that can be "
                                    "read"))};
        return problems + read;
    }
    if (tender.process.sheet(sheet->member))
        return {sheetRefused(tulana::tr("%1's sheet was already received").arg(sheet->member))};
    Problems problems = sheetRefusedBy(tender, *sheet);
    if (hasErrors(problems))
        return problems;
    QStringList conflicts;
    for (const SheetDeclaration& d : sheet->declarations)
        if (d.conflict)
            conflicts << d.bid;
    const QString summary =
        conflicts.isEmpty()
            ? tulana::tr("Evaluator sheet of %1 received; no conflict of interest declared")
                  .arg(process::actorName(tender, sheet->member))
            : tulana::tr("Evaluator sheet of %1 received; conflict of interest declared with %2")
                  .arg(process::actorName(tender, sheet->member),
                       conflicts.join(QStringLiteral(", ")));
    // The receipt is logged first: the members' marks show only after it.
    Tender received = tender;
    problems += process::recordCommitteeAct(received, process::Act::SheetReceived, summary,
                                            QString(), crypto::sha256(bytes), convenor, time);
    if (hasErrors(problems))
        return problems;
    applySheet(received, *sheet, bytes);
    tender = std::move(received);
    return problems;
}

QStringList membersWithSheets(const Tender& tender)
{
    QStringList in;
    for (const Evaluator& e : tender.evaluators)
        if (tender.process.sheet(e.id))
            in << e.id;
    return in;
}

QStringList membersAwaitingSheets(const Tender& tender)
{
    QStringList out;
    for (const Evaluator& e : tender.evaluators)
        if (!tender.process.sheet(e.id))
            out << e.id;
    return out;
}

} // namespace tulana::committee
