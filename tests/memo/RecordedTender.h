#pragma once

// The chatbot sample as a recorded process, for the memo's tests: rules
// announced (2 of 3 members to open), a corrigendum, every price sealed in an
// envelope as received, eligibility, the technical lock, an unlock with its
// reason and the lock again, the opening by two members (B4, below the
// minimum score, is returned unopened), the decision. Keys are made afresh.
#include "CommitteeKeys.h"
#include "Samples.h"
#include "crypto/Signing.h"
#include "process/Envelopes.h"
#include "process/Recording.h"

#include <QDateTime>

namespace tulana::testsupport {

struct RecordedTender : CommitteeKeys
{
    Tender tender;
    RecordedTender();
};

inline QDateTime recordedDay(int d, int hour = 10)
{
    return marchDay(d, hour);
}

// Reasons the memo must quote.
inline const char* const kCorrigendumReason = "The closing date for bids was extended by a week";
inline const char* const kUnlockReason = "E2's marks for B3 were entered against B4";

inline RecordedTender::RecordedTender()
{
    tender = loadSample("citizen-services-chatbot");
    const auto ok = [](const Problems& problems) {
        if (hasErrors(problems))
            qFatal("recording the sample failed: %s", qPrintable(problems.first().message));
    };
    using process::Act;
    Tender& t = tender;
    const process::Actor clerk = actor(QStringLiteral("officer"));
    ok(process::announceRules(t, signers(), 2, clerk, recordedDay(2)));
    ok(process::recordAct(t, Act::RulesCorrected, QStringLiteral("Corrigendum 1"),
                          QString::fromUtf8(kCorrigendumReason), clerk, recordedDay(4)));
    // Each financial proposal goes into its envelope and out of the file.
    ok(receiveEveryEnvelope(t, clerk, recordedDay(9)));
    ok(process::recordAct(t, Act::BidsReceived, QStringLiteral("5 bids received"), {}, clerk,
                          recordedDay(9, 17)));
    ok(process::recordAct(t, Act::EligibilityAssessed, QStringLiteral("Eligibility assessed"), {},
                          actor(QStringLiteral("E1")), recordedDay(11)));
    ok(process::recordAct(t, Act::TechnicalLocked, QStringLiteral("Locked"), {},
                          actor(QStringLiteral("E2")), recordedDay(16)));
    ok(process::recordAct(t, Act::TechnicalUnlocked, QStringLiteral("Unlocked"),
                          QString::fromUtf8(kUnlockReason), clerk, recordedDay(16, 15)));
    ok(process::recordAct(t, Act::TechnicalLocked, QStringLiteral("Locked again"), {},
                          actor(QStringLiteral("E2")), recordedDay(17)));
    // The qualified bids' figures enter the file; B4's stay sealed.
    ok(process::openEnvelopes(t, {member(1), member(3)}, recordedDay(18)));
    ok(process::recordAct(t, Act::DecisionFinalised, QStringLiteral("Finalised"), {}, clerk,
                          recordedDay(19)));
}

} // namespace tulana::testsupport
