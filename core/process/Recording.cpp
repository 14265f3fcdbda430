#include "Recording.h"

#include "ActLog.h"
#include "LogChain.h"
#include "ProcessParts.h"
#include "ProcessState.h"
#include "crypto/Digest.h"
#include "crypto/SealedBox.h"
#include "crypto/SecretShares.h"
#include "crypto/Signing.h"
#include "i18n/Translate.h"
#include "scoring/Evaluator.h"

#include <algorithm>

namespace tulana::process {
namespace {

// Whole seconds in UTC: the log shows and signs the time as written.
QDateTime logTime(const QDateTime& time)
{
    QDateTime t = time.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

Problems checkActor(const Tender& tender, const Actor& actor)
{
    Problems problems;
    const ProcessRecord::Signer* signer = tender.process.signer(actor.id);
    if (!signer)
        problems << error(QStringLiteral("process.signers"),
                          tulana::tr("%1 is not among the tender's signers").arg(actor.id));
    else if (!actor.signingKey ||
             !crypto::verifySignature(signer->signingKey, "tulana-key-check",
                                      crypto::sign(*actor.signingKey, "tulana-key-check")))
        problems << error(QStringLiteral("process.signers"),
                          tulana::tr("the key given is not %1's signing key").arg(actor.id));
    return problems;
}

void log(Tender& tender, Act act, const QString& summary, const QString& reason,
         const QByteArray& digest, const Actor& actor, const QDateTime& time)
{
    ProcessRecord::Entry entry;
    entry.time = logTime(time);
    entry.actor = actor.id;
    entry.kind = actKey(act);
    entry.summary = summary;
    entry.reason = reason;
    entry.digest = digest;
    appendEntry(tender.process, std::move(entry), *actor.signingKey);
}

bool hasFiguresInClear(const Bid& bid)
{
    return bid.hasPrice() || bid.tax != 0 || !bid.costs.empty();
}

// Whether the committee marks on sheets: once one is issued, every member's
// marks come from their own signed sheet.
bool marksOnSheets(const Tender& tender)
{
    const QString kind = actKey(Act::SheetIssued);
    return !tender.process.sheets.empty() ||
           std::any_of(tender.process.log.begin(), tender.process.log.end(),
                       [&](const ProcessRecord::Entry& e) { return e.kind == kind; });
}

Problems refusal(const Tender& tender, Act act)
{
    Problems problems;
    if (const std::optional<QString> why = actRefusedBecause(tender, act))
        problems << error(QStringLiteral("process.log"),
                          tulana::tr("%1 cannot be recorded now: %2").arg(actName(act), *why));
    return problems;
}

} // namespace

std::optional<QString> actRefusedBecause(const Tender& tender, Act act)
{
    if (std::optional<QString> why = outOfOrder(processState(tender.process), act))
        return why;
    switch (act) {
    case Act::BidsReceived:
        if (tender.bids.empty())
            return tulana::tr("the tender has no bids");
        for (const Bid& b : tender.bids) {
            if (hasFiguresInClear(b))
                return tulana::tr("%1's financial figures are in the file in clear; in a recorded "
                                  "process they arrive sealed, in an envelope")
                    .arg(b.id);
            if (!tender.process.envelope(b.id))
                return tulana::tr("no financial envelope was received from %1").arg(b.id);
        }
        break;
    case Act::TechnicalLocked:
        // Once sheets are issued, the marks are the members' own: every
        // member's signed sheet must be in before they are fixed.
        for (const Evaluator& e : tender.evaluators)
            if (marksOnSheets(tender) && !tender.process.sheet(e.id))
                return tulana::tr("%1's evaluator sheet has not been received").arg(e.id);
        [[fallthrough]];
    case Act::FinancialOpened:
        // Which bids qualify is what the lock fixes and the opening follows.
        if (const Evaluation ev = evaluate(tender); !ev.evaluated)
            return tulana::tr("the tender cannot be evaluated: %1")
                .arg(ev.problems.isEmpty() ? QString() : ev.problems.first().message);
        break;
    case Act::SheetReceived:
        if (!marksOnSheets(tender))
            return tulana::tr("no evaluator sheet has been issued");
        if (std::all_of(tender.evaluators.begin(), tender.evaluators.end(),
                        [&](const Evaluator& e) { return tender.process.sheet(e.id); }))
            return tulana::tr("every member's sheet is in");
        break;
    case Act::DecisionFinalised:
        if (!tender.decision.finalised)
            return tulana::tr("the decision is not finalised in the tender (Decision page)");
        break;
    default:
        break;
    }
    return std::nullopt;
}

std::vector<Act> possibleActs(const Tender& tender)
{
    std::vector<Act> acts;
    for (const Act act : allActs())
        if (!actRefusedBecause(tender, act))
            acts.push_back(act);
    return acts;
}

int defaultThreshold(int members)
{
    return std::max(2, members / 2 + 1);
}

Problems announceRules(Tender& tender, const std::vector<ProcessRecord::Signer>& signers,
                       int threshold, const Actor& officer, const QDateTime& time)
{
    Problems problems = refusal(tender, Act::RulesAnnounced);
    std::vector<const ProcessRecord::Signer*> members;
    for (const ProcessRecord::Signer& s : signers) {
        if (s.actor == officer.id)
            continue;
        const bool onCommittee = std::any_of(tender.evaluators.begin(), tender.evaluators.end(),
                                             [&](const Evaluator& e) { return e.id == s.actor; });
        if (!onCommittee)
            problems << error(QStringLiteral("process.signers"),
                              tulana::tr("%1 is not a member of the committee").arg(s.actor));
        members.push_back(&s);
    }
    if (threshold < 2 || threshold > int(members.size()))
        problems << error(QStringLiteral("process.threshold"),
                          tulana::tr("opening the envelopes needs between 2 and %1 members, not %2")
                              .arg(members.size())
                              .arg(threshold));
    if (hasErrors(problems))
        return problems;

    Tender announced = tender;
    announced.process.signers = signers;
    problems = checkActor(announced, officer);
    if (hasErrors(problems))
        return problems;
    crypto::BoxKeyPair envelopeKey = crypto::newBoxKeyPair();
    std::vector<crypto::SecretShare> shares =
        crypto::splitSecret(envelopeKey.secretKey, int(members.size()), threshold);
    announced.process.envelopeKey = envelopeKey.publicKey;
    announced.process.threshold = threshold;
    for (std::size_t i = 0; i < members.size(); ++i)
        announced.process.shares.push_back(
            {members[i]->actor, shares[i].number,
             crypto::seal(crypto::sealingPublicKeyOf(members[i]->signingKey),
                          shares[i].bytes.view())});
    log(announced, Act::RulesAnnounced,
        tulana::tr("Rules announced; %1 of the %2 members needed to open the envelopes")
            .arg(threshold)
            .arg(members.size()),
        QString(), partDigest(announced, Part::Rules), officer, time);
    tender = std::move(announced);
    return problems;
}

Problems receiveEnvelope(Tender& tender, const QString& bid, const QByteArray& sealed,
                         const Actor& actor, const QDateTime& time)
{
    Problems problems = checkActor(tender, actor);
    problems += refusal(tender, Act::EnvelopeReceived);
    if (bidIndex(tender, bid) < 0)
        problems << error(QStringLiteral("process.envelopes"),
                          tulana::tr("the tender has no bid %1").arg(bid));
    else if (tender.process.envelope(bid))
        problems << error(QStringLiteral("process.envelopes"),
                          tulana::tr("the envelope of %1 was already received").arg(bid));
    if (hasErrors(problems))
        return problems;
    tender.process.envelopes.push_back({bid, sealed});
    log(tender, Act::EnvelopeReceived, tulana::tr("Financial envelope of %1 received").arg(bid),
        QString(), crypto::sha256(sealed), actor, time);
    return problems;
}

Problems logAct(Tender& tender, Act act, const QString& summary, const QString& reason,
                const Actor& actor, const QDateTime& time)
{
    Problems problems = checkActor(tender, actor);
    problems += refusal(tender, act);
    if ((act == Act::RulesCorrected || act == Act::TechnicalUnlocked) && reason.trimmed().isEmpty())
        problems << error(QStringLiteral("process.log"),
                          tulana::tr("a corrigendum or an unlock must give its reason"));
    if (hasErrors(problems))
        return problems;
    const std::optional<Part> part = partFixedBy(act);
    log(tender, act, summary, reason, part ? partDigest(tender, *part) : QByteArray(), actor, time);
    return problems;
}

Problems recordMemoIssued(Tender& tender, const QByteArray& fingerprint, const Actor& actor,
                          const QDateTime& time)
{
    Problems problems = checkActor(tender, actor);
    problems += refusal(tender, Act::MemoIssued);
    if (fingerprint.size() != 32)
        problems << error(QStringLiteral("process.log"),
                          tulana::tr("a memo's fingerprint is a SHA-256 of 32 bytes"));
    if (hasErrors(problems))
        return problems;
    log(tender, Act::MemoIssued,
        tulana::tr("Memo issued, fingerprint %1…")
            .arg(QString::fromLatin1(fingerprint.toHex().left(16))),
        QString(), fingerprint, actor, time);
    return problems;
}

Problems recordCommitteeAct(Tender& tender, Act act, const QString& summary, const QString& reason,
                            const QByteArray& digest, const Actor& actor, const QDateTime& time)
{
    Problems problems = checkActor(tender, actor);
    problems += refusal(tender, act);
    if (act != Act::SheetIssued && act != Act::SheetReceived && act != Act::MarkModerated)
        problems << error(QStringLiteral("process.log"),
                          tulana::tr("this act is not one of the committee's"));
    if (act == Act::MarkModerated && reason.trimmed().isEmpty())
        problems << error(QStringLiteral("process.log"),
                          tulana::tr("a moderated mark needs the committee's reason"));
    if (digest.size() != 32)
        problems << error(QStringLiteral("process.log"),
                          tulana::tr("a committee act logs a SHA-256 of 32 bytes"));
    if (hasErrors(problems))
        return problems;
    log(tender, act, summary, reason, digest, actor, time);
    return problems;
}

Problems recordAct(Tender& tender, Act act, const QString& summary, const QString& reason,
                   const Actor& actor, const QDateTime& time)
{
    if (act == Act::RulesAnnounced || act == Act::EnvelopeReceived || act == Act::FinancialOpened ||
        act == Act::MemoIssued || act == Act::SheetIssued || act == Act::SheetReceived ||
        act == Act::MarkModerated)
        return {error(QStringLiteral("process.log"), tulana::tr("this act has its own function"))};
    return logAct(tender, act, summary, reason, actor, time);
}

} // namespace tulana::process
