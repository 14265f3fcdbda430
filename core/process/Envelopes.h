#pragma once

#include "crypto/SecretBytes.h"
#include "diagnostics/Problem.h"
#include "io/FinancialProposal.h"
#include "tender/Tender.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>
#include <vector>

namespace tulana::process {

struct Actor;

// A financial proposal (io/FinancialProposal.h) sealed to the tender's
// public envelope key: all a bidder needs to seal its own (tulana-cli seal).
QByteArray sealProposal(const QByteArray& envelopeKey, const FinancialProposal& proposal);

// A committee member's part in the opening: the member's id and signing
// secret key (unlocked from the member's key file for the opening).
struct MemberAtOpening
{
    QString member;
    const crypto::SecretBytes* signingKey = nullptr;
};

// The financial opening (docs/process.md): refused unless the technical
// scores are locked and no opening has happened; refused with fewer members
// than the threshold, or when their shares do not give the envelope key.
// The envelopes of the technically qualified bids (the evaluation's, as
// locked) are opened and their figures enter the tender; the others stay
// sealed ("returned unopened"). The act is logged by the first member, its
// summary naming every member who took part and every envelope left sealed.
// Nothing changes when anything is refused.
Problems openEnvelopes(Tender& tender, const std::vector<MemberAtOpening>& members,
                       const QDateTime& time);

} // namespace tulana::process
