#include "recording/ActDialogs.h"

#include "document/TenderDocument.h"
#include "memo/Fingerprint.h"
#include "process/Envelopes.h"
#include "process/ProcessState.h"
#include "process/Recording.h"
#include "recording/ActDialog.h"
#include "recording/CommitteeActDialogs.h"
#include "recording/EnvelopeForm.h"
#include "recording/KeyPicker.h"

#include <QSpinBox>

namespace tulana {
namespace {

using process::Act;

QString memberLabel(const Evaluator& e)
{
    return e.name.isEmpty() ? e.id : ActDialog::tr("%1, %2:").arg(e.id, e.name);
}

// What each act fixes, as the dialog explains it before it is signed.
QString explanation(Act act, const Tender& t)
{
    switch (act) {
    case Act::RulesAnnounced:
        return ActDialog::tr(
            "Announcing the rules fixes them: the method and weights, the criteria with their "
            "maxima and minima, the minimum technical score, the options, the rulebook, the "
            "openness scheme, the eligibility criteria, the lifecycle terms and the committee. "
            "After this a change needs a corrigendum with its reason.\n\nTulana also makes the "
            "tender's envelope key and splits its secret half among the members below: the "
            "number of members you choose must come together to open the financial envelopes, "
            "after the technical scores are locked, and fewer cannot. Each member's key file "
            "is needed here, but not their passphrase.");
    case Act::RulesCorrected:
        return ActDialog::tr("The corrigendum records the corrections made to the announced "
                             "rules, with its reason. It is logged and shown in the memo.");
    case Act::EnvelopeReceived:
        return ActDialog::tr("A financial proposal is received sealed: either the envelope a "
                             "bidder sealed with the tender's key, or figures received on paper, "
                             "which Tulana seals now and never writes in clear. Its receipt is "
                             "logged.");
    case Act::BidsReceived:
        return ActDialog::tr("Recording the bids as received closes them: the bidders, systems "
                             "and natures of the %1 bids, and which envelope is whose, are fixed. "
                             "No envelope can be received after this.")
            .arg(t.bids.size());
    case Act::EligibilityAssessed:
        return ActDialog::tr("This fixes the eligibility findings of every bid. The technical "
                             "evaluation follows.");
    case Act::SheetIssued:
        return ActDialog::tr("Each member marks on a sheet of their own: the announced criteria "
                             "and the bids' technical side, without any price or any other "
                             "member's marks. The member opens it in Tulana, declares any "
                             "conflict of interest bid by bid, marks, signs it with their key and "
                             "returns it. Issuing is logged; once a sheet is issued, the "
                             "technical scores are locked only when every member's signed sheet "
                             "is in.");
    case Act::SheetReceived:
        return ActDialog::tr("The member's signed sheet is checked: the signature against the "
                             "member's key recorded in the tender, and the sheet against this "
                             "tender's announced rules and bids. A changed or foreign sheet is "
                             "refused. Its receipt is logged before its marks enter the "
                             "tender.");
    case Act::MarkModerated:
        return ActDialog::tr("The committee revises one member's mark, with its reason. The "
                             "original mark stays in the file and in the memo beside the "
                             "moderated one; the revision is logged and signed.");
    case Act::TechnicalLocked:
        return ActDialog::tr("This fixes the technical marks and each bid's standing. The "
                             "financial opening can follow; until then a change needs an unlock "
                             "with its reason.");
    case Act::TechnicalUnlocked:
        return ActDialog::tr("The unlock lets the technical marks change again, before the "
                             "financial opening. Its reason is logged and shown in the memo; the "
                             "scores must be locked again before any envelope is opened.");
    case Act::FinancialOpened:
        return ActDialog::tr("%1 of the %2 members unlock their shares of the envelope key here, "
                             "each with their own key and passphrase. The envelopes of the "
                             "technically qualified bids are opened and their figures enter the "
                             "file; the others stay sealed and are returned unopened.")
            .arg(t.process.threshold)
            .arg(t.process.shares.size());
    case Act::DecisionFinalised:
        return ActDialog::tr("This fixes the decision as finalised on the Decision page.");
    case Act::MemoIssued:
        return ActDialog::tr("This logs that the memo was issued. The memo carries the log's "
                             "checkpoint, which shows later whether the history was rewritten.");
    }
    return {};
}

void setUpAnnouncement(ActDialog* dialog, TenderDocument* document)
{
    const Tender& t = document->tender();
    dialog->addSigner(ActDialog::tr("Officer:"), QStringLiteral("officer"));
    for (const Evaluator& e : t.evaluators)
        dialog->addPublicKey(memberLabel(e), e.id);
    auto* threshold = new QSpinBox(dialog);
    threshold->setObjectName(QStringLiteral("threshold"));
    const int members = int(t.evaluators.size());
    threshold->setRange(2, std::max(2, members));
    threshold->setValue(process::defaultThreshold(members));
    threshold->setSuffix(ActDialog::tr(" of %1 members").arg(members));
    threshold->setToolTip(ActDialog::tr("How many members must come together to open the "
                                        "envelopes. By default a majority of the committee."));
    dialog->addRow(ActDialog::tr("To open the envelopes:"), threshold);
    dialog->setAct([=](const std::vector<UnlockedKey>& keys) {
        std::vector<ProcessRecord::Signer> signers{
            {keys.front().file.actor, keys.front().file.publicKey}};
        Problems problems;
        for (std::size_t i = 0; i < dialog->publicKeys().size(); ++i) {
            const QString member = document->tender().evaluators.at(i).id;
            QString why;
            const std::optional<process::KeyFile> key = dialog->publicKeys()[i]->keyFile(&why);
            if (!key)
                problems << error(member, ActDialog::tr("%1's key: %2").arg(member, why));
            else if (key->actor != member)
                problems << error(
                    member,
                    ActDialog::tr("The key chosen for %1 is %2's key.").arg(member, key->actor));
            else
                signers.push_back({key->actor, key->publicKey});
        }
        if (hasErrors(problems))
            return problems;
        document->doAct(
            [&](Tender& tender) {
                return process::announceRules(tender, signers, threshold->value(), signerOf(keys),
                                              actTime());
            },
            &problems);
        return problems;
    });
}

void setUpOpening(ActDialog* dialog, TenderDocument* document)
{
    const Tender& t = document->tender();
    int shown = 0;
    for (const ProcessRecord::KeyShare& share : t.process.shares) {
        if (shown++ == t.process.threshold)
            break;
        dialog->addSigner(ActDialog::tr("Member %1:").arg(shown), share.member);
    }
    dialog->setAct([=](const std::vector<UnlockedKey>& keys) {
        std::vector<process::MemberAtOpening> members;
        for (const UnlockedKey& k : keys)
            members.push_back({k.file.actor, &k.secret});
        Problems problems;
        document->doAct(
            [&](Tender& tender) { return process::openEnvelopes(tender, members, actTime()); },
            &problems);
        return problems;
    });
}

void setUpEnvelope(ActDialog* dialog, TenderDocument* document)
{
    dialog->addSigner(ActDialog::tr("Received by:"), QStringLiteral("officer"));
    auto* form = new EnvelopeForm(document->tender(), dialog);
    dialog->addRow(form);
    dialog->setAct([=](const std::vector<UnlockedKey>& keys) {
        Problems problems;
        const std::optional<QByteArray> sealed =
            form->sealedEnvelope(document->tender().process.envelopeKey, &problems);
        if (!sealed)
            return problems;
        document->doAct(
            [&](Tender& tender) {
                return process::receiveEnvelope(tender, form->bid(), *sealed, signerOf(keys),
                                                actTime());
            },
            &problems);
        return problems;
    });
}

void setUpRecordedAct(ActDialog* dialog, TenderDocument* document, Act act)
{
    const bool byMember = act == Act::EligibilityAssessed || act == Act::TechnicalLocked;
    const QString first = byMember && !document->tender().evaluators.empty()
                              ? document->tender().evaluators.front().id
                              : QStringLiteral("officer");
    dialog->addSigner(ActDialog::tr("Signed by:"), first);
    if (act == Act::RulesCorrected || act == Act::TechnicalUnlocked)
        dialog->addReason(ActDialog::tr("Reason:"));
    dialog->setAct([=](const std::vector<UnlockedKey>& keys) {
        Problems problems;
        document->doAct(
            [&](Tender& tender) {
                if (act == Act::MemoIssued) // the fingerprint the memo prints
                    return process::recordMemoIssued(
                        tender, QByteArray::fromHex(evaluationFingerprint(tender).toLatin1()),
                        signerOf(keys), actTime());
                return process::recordAct(tender, act, process::actName(act), dialog->reason(),
                                          signerOf(keys), actTime());
            },
            &problems);
        return problems;
    });
}

} // namespace

ActDialog* actDialog(TenderDocument* document, Act act, QWidget* parent)
{
    auto* dialog =
        new ActDialog(process::actName(act), explanation(act, document->tender()), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    switch (act) {
    case Act::RulesAnnounced:
        setUpAnnouncement(dialog, document);
        break;
    case Act::FinancialOpened:
        setUpOpening(dialog, document);
        break;
    case Act::EnvelopeReceived:
        setUpEnvelope(dialog, document);
        break;
    case Act::SheetIssued:
        setUpSheetIssue(dialog, document);
        break;
    case Act::SheetReceived:
        setUpSheetReceipt(dialog, document);
        break;
    case Act::MarkModerated:
        setUpModeration(dialog, document);
        break;
    case Act::RulesCorrected:
    case Act::BidsReceived:
    case Act::EligibilityAssessed:
    case Act::TechnicalLocked:
    case Act::TechnicalUnlocked:
    case Act::DecisionFinalised:
    case Act::MemoIssued:
        setUpRecordedAct(dialog, document, act);
        break;
    }
    return dialog;
}

} // namespace tulana
