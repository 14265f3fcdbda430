#include "ProcessVerify.h"

#include "Acts.h"
#include "ProcessParts.h"
#include "ProcessState.h"
#include "crypto/Digest.h"
#include "crypto/Signing.h"
#include "i18n/Translate.h"
#include "io/TenderFile.h"

#include <map>

namespace tulana::process {
namespace {

QString entryPlace(std::size_t i)
{
    return QStringLiteral("process.log[%1]").arg(i);
}

QString partWords(Part part)
{
    switch (part) {
    case Part::Rules:
        return tulana::tr("the announced rules (method, weights, criteria, options, committee)");
    case Part::Bids:
        return tulana::tr("the bids as received (bidders, systems, natures, envelopes)");
    case Part::Eligibility:
        return tulana::tr("the eligibility findings");
    case Part::Technical:
        return tulana::tr("the technical marks and the bids' standing");
    case Part::Opened:
        return tulana::tr("the opened financial figures");
    case Part::Decision:
        return tulana::tr("the decision");
    }
    return {};
}

// "entry 7 (Technical scores locked, 2026-03-06 16:00 UTC, by Shri R. K. Verma)".
QString entryWords(const Tender& tender, const ProcessRecord::Entry& e)
{
    const std::optional<Act> act = actFromKey(e.kind);
    return tulana::tr("entry %1 (%2, %3 UTC, by %4)")
        .arg(e.sequence)
        .arg(act ? actName(*act) : e.kind,
             e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             actorName(tender, e.actor));
}

// The chain and the signatures.
void checkChain(const Tender& tender, Problems& problems)
{
    const ProcessRecord& record = tender.process;
    QByteArray head = emptyHead();
    for (std::size_t i = 0; i < record.log.size(); ++i) {
        const ProcessRecord::Entry& e = record.log[i];
        if (e.sequence != int(i) + 1)
            problems << error(entryPlace(i),
                              tulana::tr("entry %1 of the log is numbered %2: an entry was "
                                         "removed, added or moved")
                                  .arg(i + 1)
                                  .arg(e.sequence));
        if (e.previous != head)
            problems << error(entryPlace(i),
                              tulana::tr("%1 does not follow the entry before it: the log was "
                                         "changed before it")
                                  .arg(entryWords(tender, e)));
        if (!actFromKey(e.kind))
            problems << error(
                entryPlace(i),
                tulana::tr("%1 records an act Tulana does not know").arg(entryWords(tender, e)));
        const ProcessRecord::Signer* signer = record.signer(e.actor);
        if (!signer)
            problems << error(entryPlace(i),
                              tulana::tr("%1 names an actor who is not among the tender's signers")
                                  .arg(entryWords(tender, e)));
        else if (!crypto::verifySignature(signer->signingKey, entryBytes(e), e.signature))
            problems << error(entryPlace(i),
                              tulana::tr("%1 does not carry a valid signature by %2's key: the "
                                         "entry was changed after it was signed")
                                  .arg(entryWords(tender, e), e.actor));
        head = nextHead(head, leafHash(e));
    }
}

// The order of the acts (ProcessState.h's outOfOrder, replayed entry by
// entry) and the reasons a corrigendum and an unlock must give.
void checkOrder(const Tender& tender, Problems& problems)
{
    const ProcessRecord& record = tender.process;
    ProcessState state;
    for (std::size_t i = 0; i < record.log.size(); ++i) {
        const std::optional<Act> act = actFromKey(record.log[i].kind);
        if (!act)
            continue;
        const auto refuse = [&](const QString& why) {
            problems << error(entryPlace(i),
                              tulana::tr("%1: %2").arg(entryWords(tender, record.log[i]), why));
        };
        if (const std::optional<QString> why = outOfOrder(state, *act))
            refuse(*why);
        advance(state, *act, int(i));
        if (!record.log[i].reason.trimmed().isEmpty())
            continue;
        if (*act == Act::RulesCorrected || *act == Act::TechnicalUnlocked)
            refuse(tulana::tr("a corrigendum or an unlock must give its reason"));
    }
}

// Each member's signed sheet as kept in the file against its receipt: the
// convenor logged the SHA-256 of the very bytes received (after checking the
// member's signature, docs/committee.md), one receipt per sheet, in order.
void checkSheets(const Tender& tender, Problems& problems)
{
    const ProcessRecord& record = tender.process;
    std::vector<std::size_t> receipts;
    for (std::size_t i = 0; i < record.log.size(); ++i)
        if (actFromKey(record.log[i].kind) == Act::SheetReceived)
            receipts.push_back(i);
    for (std::size_t k = 0; k < record.sheets.size(); ++k) {
        if (k >= receipts.size()) {
            problems << error(QStringLiteral("process.sheets[%1]").arg(k),
                              tulana::tr("the sheet of %1 has no receipt in the log")
                                  .arg(record.sheets[k].member));
            continue;
        }
        if (crypto::sha256(record.sheets[k].bytes) != record.log[receipts[k]].digest)
            problems << error(
                QStringLiteral("process.sheets[%1]").arg(k),
                tulana::tr("the sheet of %1 is not the one %2 logged: its bytes "
                           "were changed")
                    .arg(record.sheets[k].member, entryWords(tender, record.log[receipts[k]])));
    }
    for (std::size_t k = record.sheets.size(); k < receipts.size(); ++k)
        problems << error(entryPlace(receipts[k]),
                          tulana::tr("%1 received a sheet that is no longer in the file")
                              .arg(entryWords(tender, record.log[receipts[k]])));
}

// Each part against the digest of the last act that fixed it; each envelope
// against its receipt.
void checkParts(const Tender& tender, Problems& problems)
{
    const ProcessRecord& record = tender.process;
    // An unlocked part is being re-marked, with its reason logged: it is
    // not fixed (ProcessState).
    const std::map<Part, int> lastFixed = processState(record).fixedBy;
    std::map<QByteArray, std::size_t> receipts; // digest → entry
    for (std::size_t i = 0; i < record.log.size(); ++i)
        if (actFromKey(record.log[i].kind) == Act::EnvelopeReceived)
            receipts[record.log[i].digest] = i;
    const QByteArray file = writeTender(tender); // once, for every part
    for (const auto& [part, i] : lastFixed) {
        const ProcessRecord::Entry& e = record.log[std::size_t(i)];
        if (partDigestOfFile(file, part) != e.digest)
            problems << error(entryPlace(std::size_t(i)),
                              tulana::tr("%1 no longer match what %2 fixed: they were changed "
                                         "without a logged act")
                                  .arg(partWords(part), entryWords(tender, e)));
    }
    // Which bid an envelope belongs to is fixed with the bids (Part::Bids).
    for (std::size_t k = 0; k < record.envelopes.size(); ++k) {
        const ProcessRecord::Envelope& envelope = record.envelopes[k];
        if (!receipts.erase(crypto::sha256(envelope.sealed)))
            problems << error(QStringLiteral("process.envelopes[%1]").arg(k),
                              tulana::tr("the envelope of %1 is not one that was received: its "
                                         "bytes match no receipt in the log")
                                  .arg(envelope.bid));
    }
    for (const auto& [digest, i] : receipts)
        problems << error(entryPlace(i),
                          tulana::tr("%1 received an envelope that is no longer in the file")
                              .arg(entryWords(tender, record.log[i])));
    checkSheets(tender, problems);
}

} // namespace

Problems verifyProcess(const Tender& tender)
{
    Problems problems;
    if (!tender.process.isRecorded())
        return problems;
    checkChain(tender, problems);
    checkOrder(tender, problems);
    checkParts(tender, problems);
    return problems;
}

Problems verifyCheckpoint(const ProcessRecord& record, const Checkpoint& checkpoint)
{
    Problems problems;
    if (record.log.size() < checkpoint.size) {
        problems << error(QStringLiteral("process.log"),
                          tulana::tr("the log has %1 entries, fewer than the %2 of the checkpoint: "
                                     "entries were removed")
                              .arg(record.log.size())
                              .arg(checkpoint.size));
        return problems;
    }
    if (headOf(record.log, checkpoint.size) != checkpoint.head)
        problems << error(QStringLiteral("process.log"),
                          tulana::tr("the first %1 entries of the log are not those of the "
                                     "checkpoint: the history was rewritten")
                              .arg(checkpoint.size));
    return problems;
}

} // namespace tulana::process
