#pragma once

// A recorded tender ready for its committee's evaluator sheets
// (docs/committee.md), and sheets filled with a sample's marks: what the
// sheet tests in tests/committee and tests/gui share.
#include "CommitteeKeys.h"
#include "Samples.h"
#include "committee/EvaluatorSheet.h"
#include "committee/SheetReceipt.h"
#include "process/Recording.h"

#include <algorithm>

namespace tulana::testsupport {

inline QDateTime sheetDay(int d)
{
    return marchDay(d);
}

// The chatbot sample with its rules announced, its bids received sealed,
// eligibility assessed and every mark cleared: ready for the sheets. Its
// original marks are in `original`.
struct Marking
{
    CommitteeKeys keys;
    Tender original = loadSample("citizen-services-chatbot");
    Tender tender;

    Marking()
    {
        tender = original;
        tender.decision = {};
        for (Bid& b : tender.bids)
            b.marks = MarksSheet(b.marks.criteria(), b.marks.evaluators());
        auto must = [](const Problems& p, const char* what) {
            if (hasErrors(p))
                qFatal("%s: %s", what, qPrintable(p.first().message));
        };
        must(process::announceRules(tender, keys.signers(), 2, keys.officerActor(), sheetDay(2)),
             "announce");
        must(receiveEveryEnvelope(tender, keys.officerActor(), sheetDay(3)), "envelopes");
        must(process::recordAct(tender, process::Act::BidsReceived, QStringLiteral("Bids received"),
                                {}, keys.officerActor(), sheetDay(3)),
             "bids");
        must(process::recordAct(tender, process::Act::EligibilityAssessed,
                                QStringLiteral("Eligibility"), {}, keys.actor(QStringLiteral("E1")),
                                sheetDay(4)),
             "eligibility");
    }

    int column(const QString& member) const { return member.mid(1).toInt() - 1; }

    // Member's sheet, issued (logged) and filled with the sample's marks;
    // `conflictWith`: a bid the member declares a conflict with.
    committee::EvaluatorSheet filledSheet(const QString& member, const QString& conflictWith = {})
    {
        Problems problems;
        std::optional<committee::EvaluatorSheet> sheet =
            committee::issueSheet(tender, member, &problems);
        if (!sheet)
            qFatal("issue: %s", qPrintable(problems.first().message));
        if (hasErrors(
                committee::recordSheetIssued(tender, *sheet, keys.officerActor(), sheetDay(5))))
            qFatal("issue log");
        const std::vector<LeafRef> leaves = leavesOf(original.criteria);
        for (const committee::SheetBid& b : sheet->bids) {
            const bool conflict = b.id == conflictWith;
            sheet->declarations.push_back(
                {b.id, conflict,
                 conflict ? QStringLiteral("Advised the bidder in 2025") : QString()});
            if (conflict)
                continue;
            const Bid& bid = *std::find_if(original.bids.begin(), original.bids.end(),
                                           [&](const Bid& x) { return x.id == b.id; });
            for (std::size_t k = 0; k < leaves.size(); ++k)
                sheet->marks.push_back({b.id, leaves[k].criterion->id,
                                        bid.marks.at(int(k), column(member)), QString()});
        }
        return *sheet;
    }

    QByteArray signedBy(committee::EvaluatorSheet sheet, const QString& signer)
    {
        const Problems problems = committee::signSheet(sheet, *keys.actor(signer).signingKey);
        if (hasErrors(problems))
            qFatal("sign: %s", qPrintable(problems.first().message));
        return committee::sheetFileBytes(sheet);
    }

    Problems receive(const QByteArray& bytes)
    {
        return committee::receiveSheet(tender, bytes, keys.officerActor(), sheetDay(6));
    }
};

} // namespace tulana::testsupport
