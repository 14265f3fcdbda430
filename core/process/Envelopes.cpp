#include "Envelopes.h"

#include "ActLog.h"
#include "ProcessState.h"
#include "Recording.h"
#include "crypto/SealedBox.h"
#include "crypto/SecretShares.h"
#include "crypto/Signing.h"
#include "i18n/Translate.h"
#include "scoring/Evaluator.h"

#include <set>

namespace tulana::process {
QByteArray sealProposal(const QByteArray& envelopeKey, const FinancialProposal& proposal)
{
    return crypto::seal(envelopeKey, proposalJson(proposal));
}

Problems openEnvelopes(Tender& tender, const std::vector<MemberAtOpening>& members,
                       const QDateTime& time)
{
    Problems problems;
    const ProcessRecord& record = tender.process;
    if (const std::optional<QString> why = actRefusedBecause(tender, Act::FinancialOpened)) {
        problems << error(QStringLiteral("process"), *why);
        return problems;
    }
    // Each member opens their own share with their own key.
    std::vector<crypto::SecretShare> shares;
    QStringList who;
    std::set<QString> seen;
    for (const MemberAtOpening& m : members) {
        const ProcessRecord::KeyShare* share = nullptr;
        for (const ProcessRecord::KeyShare& s : record.shares)
            if (s.member == m.member)
                share = &s;
        const ProcessRecord::Signer* signer = record.signer(m.member);
        if (!share || !signer || !m.signingKey || !seen.insert(m.member).second) {
            problems << error(QStringLiteral("process.shares"),
                              tulana::tr("%1 holds no share of the envelope key (or was named "
                                         "twice)")
                                  .arg(m.member));
            continue;
        }
        std::optional<crypto::SecretBytes> opened =
            crypto::openSealed(crypto::sealingPublicKeyOf(signer->signingKey),
                               crypto::sealingSecretKeyOf(*m.signingKey), share->sealed);
        if (!opened) {
            problems << error(QStringLiteral("process.shares"),
                              tulana::tr("%1's share does not open with the key given: it is not "
                                         "%1's key, or the share was altered")
                                  .arg(m.member));
            continue;
        }
        shares.push_back({share->number, std::move(*opened)});
        who << m.member;
    }
    if (hasErrors(problems))
        return problems;
    if (int(shares.size()) < record.threshold) {
        problems << error(QStringLiteral("process.shares"),
                          tulana::tr("opening the envelopes needs %1 members of the committee; "
                                     "%2 took part")
                              .arg(record.threshold)
                              .arg(shares.size()));
        return problems;
    }
    const std::optional<crypto::SecretBytes> envelopeKey = crypto::combineShares(shares);
    if (!envelopeKey || crypto::boxPublicKeyOf(*envelopeKey) != record.envelopeKey) {
        problems << error(QStringLiteral("process.shares"),
                          tulana::tr("the shares given do not make the tender's envelope key"));
        return problems;
    }

    Tender opened = tender;
    const Evaluation ev = evaluate(tender);
    QStringList openedIds;
    QStringList sealedIds;
    for (std::size_t i = 0; i < opened.bids.size(); ++i) {
        Bid& bid = opened.bids[i];
        const ProcessRecord::Envelope* envelope = record.envelope(bid.id);
        if (!envelope || !tender.isFinanciallySealed(int(i)))
            continue;
        const BidResult* r = ev.resultFor(int(i));
        if (!r || r->standing != Standing::Qualified) {
            sealedIds << bid.id; // returned unopened (GFR 2017 Rule 190)
            continue;
        }
        const std::optional<crypto::SecretBytes> plain =
            crypto::openSealed(record.envelopeKey, *envelopeKey, envelope->sealed);
        Problems read;
        const std::optional<FinancialProposal> proposal =
            plain ? readProposal(QByteArray(plain->view().data(), plain->size()), &read)
                  : std::nullopt;
        if (!plain || !proposal || proposal->bid != bid.id) {
            problems << error(QStringLiteral("process.envelopes"),
                              !plain ? tulana::tr("the envelope of %1 does not open: it was "
                                                  "altered after it was sealed")
                                           .arg(bid.id)
                                     : tulana::tr("the envelope of %1 does not hold %1's "
                                                  "financial proposal")
                                           .arg(bid.id));
            continue;
        }
        bid.price = proposal->price;
        bid.tax = proposal->tax;
        bid.costs = proposal->costs;
        openedIds << bid.id;
    }
    if (hasErrors(problems))
        return problems;
    const QString summary =
        sealedIds.isEmpty()
            ? tulana::tr("Envelopes of %1 opened with the shares of %2")
                  .arg(openedIds.join(QStringLiteral(", ")), who.join(QStringLiteral(", ")))
            : tulana::tr("Envelopes of %1 opened with the shares of %2; %3 returned unopened")
                  .arg(openedIds.join(QStringLiteral(", ")), who.join(QStringLiteral(", ")),
                       sealedIds.join(QStringLiteral(", ")));
    problems = logAct(opened, Act::FinancialOpened, summary, QString(),
                      {members.front().member, members.front().signingKey}, time);
    if (!hasErrors(problems))
        tender = std::move(opened);
    return problems;
}

} // namespace tulana::process
