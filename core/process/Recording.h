#pragma once

#include "Acts.h"
#include "crypto/SecretBytes.h"
#include "diagnostics/Problem.h"
#include "tender/Tender.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace tulana::process {

// Who does an act, with the secret key that signs it (unlocked for the act
// from the actor's key file, and wiped after).
struct Actor
{
    QString id; // an evaluator id, or "officer"
    const crypto::SecretBytes* signingKey = nullptr;
};

// Why `act` cannot be done on `tender` now, as a clause, or nothing when it
// can: the order of the stages (ProcessState.h's outOfOrder) and what the
// act needs of the tender (every bid's envelope, and no figure in clear,
// when the bids are closed; a finalised decision to record). Every act's
// function below and in Envelopes.h refuses with it; the app offers the
// acts it allows.
std::optional<QString> actRefusedBecause(const Tender& tender, Act act);
// The acts that can be done on `tender` now, in the order of Act: what the
// app offers next.
std::vector<Act> possibleActs(const Tender& tender);

// The members needed to open the envelopes unless the officer announces
// otherwise: a majority of the committee (⌊n/2⌋ + 1), and never fewer than
// two, so that no one opens alone and two disjoint groups cannot both open.
int defaultThreshold(int members);

// The announcement of the rules, the first act: records the signers (the
// officer and each committee member, by the public halves of their signing
// keys), creates the tender's envelope key, splits its secret half among
// the committee members so that any `threshold` of them can open the
// envelopes and fewer cannot, seals each share to its member, and logs the
// act with the digest of the rules. The secret half itself is then wiped:
// it exists nowhere but in the shares. Refused (problems, nothing changed)
// when the tender already records a process, when a member named is not on
// the committee, or when the threshold is not 2 ≤ k ≤ members.
Problems announceRules(Tender& tender, const std::vector<ProcessRecord::Signer>& signers,
                       int threshold, const Actor& officer, const QDateTime& time);

// A financial envelope as received (sealed by the bidder or by the officer
// with the tender's envelope key): kept in the file, its receipt (the
// SHA-256 of its bytes) logged.
Problems receiveEnvelope(Tender& tender, const QString& bid, const QByteArray& sealed,
                         const Actor& actor, const QDateTime& time);

// The memo issued: logged with its fingerprint (the SHA-256 the memo prints,
// memo/Fingerprint.h, computed by the caller from the tender as it stands),
// so the log names the very memo that went out.
Problems recordMemoIssued(Tender& tender, const QByteArray& fingerprint, const Actor& actor,
                          const QDateTime& time);

// A committee act (docs/committee.md): a member's evaluator sheet issued or
// received, or a mark moderated (with the committee's reason), logged with
// `digest`, the SHA-256 of the sheet's bytes or of the moderation. The
// checks and changes of each are core/committee's; this signs and logs,
// and refuses an act out of order (never after the lock or the opening).
Problems recordCommitteeAct(Tender& tender, Act act, const QString& summary, const QString& reason,
                            const QByteArray& digest, const Actor& actor, const QDateTime& time);

// Any other act: logged with the digest of the part it fixes (Acts.h),
// `summary` in plain words and, for a corrigendum or an unlock, its reason.
Problems recordAct(Tender& tender, Act act, const QString& summary, const QString& reason,
                   const Actor& actor, const QDateTime& time);

} // namespace tulana::process
