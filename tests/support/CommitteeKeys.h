#pragma once

// Signing keys for a recorded process in tests: the officer's and three
// committee members' (E1, E2, E3, the samples' evaluator ids), made afresh.
#include "crypto/Signing.h"
#include "process/Envelopes.h"
#include "process/Recording.h"

#include <QDateTime>

#include <limits>
#include <vector>

namespace tulana::testsupport {

struct CommitteeKeys
{
    crypto::SigningKeyPair officer = crypto::newSigningKeyPair();
    std::vector<crypto::SigningKeyPair> members;

    CommitteeKeys()
    {
        for (int i = 0; i < 3; ++i)
            members.push_back(crypto::newSigningKeyPair());
    }
    // "officer", or "E1", "E2", "E3".
    process::Actor actor(const QString& id) const
    {
        if (id == QLatin1String("officer"))
            return {id, &officer.secretKey};
        return {id, &members[std::size_t(id.mid(1).toInt() - 1)].secretKey};
    }
    process::Actor officerActor() const { return actor(QStringLiteral("officer")); }
    // Member Ei at the financial opening, i from 1.
    process::MemberAtOpening member(int i) const
    {
        return {QStringLiteral("E%1").arg(i), &members[std::size_t(i - 1)].secretKey};
    }
    std::vector<ProcessRecord::Signer> signers() const
    {
        std::vector<ProcessRecord::Signer> out{{QStringLiteral("officer"), officer.publicKey}};
        for (std::size_t i = 0; i < members.size(); ++i)
            out.push_back({QStringLiteral("E%1").arg(i + 1), members[i].publicKey});
        return out;
    }
};

// Every bid's financial figures moved out of the file into an envelope
// sealed to the tender's key and received by `by`, as a recorded process
// receives them: what a test starting from a sample with figures in clear
// needs before the bids can be recorded as received.
inline Problems receiveEveryEnvelope(Tender& t, const process::Actor& by, const QDateTime& time)
{
    Problems problems;
    for (Bid& b : t.bids) {
        const QByteArray sealed =
            process::sealProposal(t.process.envelopeKey, {b.id, b.price, b.tax, b.costs});
        b.price = std::numeric_limits<double>::quiet_NaN();
        b.tax = 0;
        b.costs.clear();
        problems += process::receiveEnvelope(t, b.id, sealed, by, time);
    }
    return problems;
}

// A day of March 2026, in UTC: the samples' evaluation month.
inline QDateTime marchDay(int d, int hour = 10)
{
    return QDateTime(QDate(2026, 3, d), QTime(hour, 0), Qt::UTC);
}

} // namespace tulana::testsupport
