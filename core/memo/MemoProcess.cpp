// "The evaluation as recorded" (issue 16, docs/memo.md): what the memo can say
// about the process from the tender's own record, and nothing more. Every
// sentence rests on the record or on verifyProcess(): the acts as logged, the
// reasons given, the opening threshold as announced, which envelopes are
// still sealed, whether the record verified when the memo was made (and, if
// not, what no longer matches), and the checkpoint to check the file against.
#include "MemoText.h"
#include "crypto/Digest.h"
#include "i18n/Translate.h"
#include "process/LogChain.h"
#include "process/ProcessState.h"
#include "process/ProcessVerify.h"

namespace tulana::memo {
namespace {

using process::Act;
using Entry = ProcessRecord::Entry;

// For a table cell; Devanagari has no capitals and is left as it is.
QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// The log keeps UTC to the second; the memo gives the day and the minute.
QString when(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    return tulana::tr("%1, %2 UTC")
        .arg(printedDate(utc.date()), utc.time().toString(QStringLiteral("HH:mm")));
}

bool isAct(const Entry& e, Act act)
{
    return process::actFromKey(e.kind) == act;
}

// An act Tulana does not know is shown by its key (verification names it).
QString actText(const Entry& e)
{
    const std::optional<Act> act = process::actFromKey(e.kind);
    return act ? process::actName(*act) : e.kind;
}

const Entry* lastOf(const ProcessRecord& record, Act act)
{
    for (auto e = record.log.rbegin(); e != record.log.rend(); ++e)
        if (isAct(*e, act))
            return &*e;
    return nullptr;
}

// First: whether the record is intact, so that what follows is read knowing it.
void integrity(SectionWriter& s, const Tender& t)
{
    const Problems problems = process::verifyProcess(t);
    if (problems.isEmpty()) {
        s.paragraph(tulana::tr(
            "When this memo was made, the record was checked and found intact: the log is an "
            "unbroken chain, each entry is validly signed with the key announced for the person it "
            "names (a signature shows which key signed, not who held it), the acts are in an "
            "order the process allows, and each part of the file that an act fixed still "
            "matches what was logged when it was fixed."));
        return;
    }
    s.paragraph(tulana::tr("The record is not intact. When this memo was made, its check found "
                           "that the following no longer match the log:"),
                MemoParagraph::Style::Strong);
    for (const Problem& p : problems)
        s.item(capitalised(p.message) + QLatin1Char('.'));
    s.paragraph(tulana::tr("The acts below are as the log now stands; this memo cannot vouch "
                           "for them."),
                MemoParagraph::Style::Strong);
}

void acts(SectionWriter& s, const Tender& t)
{
    MemoTable table;
    table.caption = tulana::tr("The acts of the evaluation, as logged");
    table.header = {tulana::tr("Entry"), tulana::tr("Date and time"), tulana::tr("Act"),
                    tulana::tr("By")};
    table.align = {MemoAlign::Right, MemoAlign::Left, MemoAlign::Left, MemoAlign::Left};
    table.widths = {8, 30, 33, 29};
    bool receipts = false;
    for (const Entry& e : t.process.log) {
        if (isAct(e, Act::EnvelopeReceived)) {
            receipts = true;
            continue;
        }
        table.rows.push_back({QString::number(e.sequence), when(e.time), actText(e),
                              capitalised(process::actorName(t, e.actor))});
    }
    if (receipts)
        table.note = tulana::tr("The receipt of each financial envelope is an entry of the log "
                                "too; the envelopes are listed below.");
    s.table(std::move(table));
}

// Every corrigendum and unlock, with the reason its entry gives.
void changes(SectionWriter& s, const Tender& t)
{
    std::vector<const Entry*> changed;
    for (const Entry& e : t.process.log)
        if (isAct(e, Act::RulesCorrected) || isAct(e, Act::TechnicalUnlocked))
            changed.push_back(&e);
    if (changed.empty()) {
        s.paragraph(tulana::tr("The log records no corrigendum to the announced rules and no "
                               "unlock of the technical scores."));
        return;
    }
    s.paragraph(tulana::tr("Changes made after a stage was fixed, each logged with its reason:"));
    for (const Entry* e : changed)
        s.item(tulana::tr("%1, %2, by %3. Reason given: \u201c%4\u201d")
                   .arg(actText(*e), when(e->time), process::actorName(t, e->actor),
                        e->reason.trimmed()));
}

QString envelopeState(const Bid& b, const Entry* opening)
{
    const bool sealed = !b.hasPrice();
    if (opening)
        return sealed ? tulana::tr("returned unopened (still sealed)")
                      : tulana::tr("opened on %1").arg(printedDate(opening->time.toUTC().date()));
    // Figures in the file while the log records no opening: say so, claim nothing.
    return sealed ? tulana::tr("sealed; not yet opened")
                  : tulana::tr("its figures are in the file, but the log records no opening");
}

void envelopes(SectionWriter& s, const Tender& t)
{
    const ProcessRecord& r = t.process;
    if (r.threshold > 0)
        s.paragraph(tulana::tr("The tender's envelope key was announced with the rules. Its "
                               "secret half was split into %1 shares, one sealed to each "
                               "committee member, so that %2 members must act together to open "
                               "the financial envelopes, and fewer cannot.")
                        .arg(r.shares.size())
                        .arg(r.threshold));
    if (r.envelopes.empty()) {
        s.paragraph(tulana::tr("No financial envelope is recorded: the bids' figures were "
                               "not sealed."));
        return;
    }
    const Entry* opening = lastOf(r, Act::FinancialOpened);
    // Its summary names the members whose shares opened the envelopes.
    if (opening)
        s.paragraph(tulana::tr("The financial opening, as logged: \u201c%1\u201d")
                        .arg(opening->summary.trimmed()));
    MemoTable table;
    table.caption = tulana::tr("Financial envelopes");
    table.header = {tulana::tr("Bid"), tulana::tr("Received"), tulana::tr("Envelope")};
    table.align = {MemoAlign::Left, MemoAlign::Left, MemoAlign::Left};
    table.widths = {34, 28, 38};
    for (const Bid& b : t.bids) {
        const ProcessRecord::Envelope* envelope = r.envelope(b.id);
        if (!envelope) {
            table.rows.push_back({tulana::tr("%1 (%2)").arg(b.id, b.bidder), dash(),
                                  tulana::tr("no sealed envelope recorded")});
            continue;
        }
        // The receipt is the entry whose digest is the envelope's hash.
        const QByteArray receipt = crypto::sha256(envelope->sealed);
        QString received = dash();
        for (const Entry& e : r.log)
            if (isAct(e, Act::EnvelopeReceived) && e.digest == receipt)
                received = when(e.time);
        table.rows.push_back(
            {tulana::tr("%1 (%2)").arg(b.id, b.bidder), received, envelopeState(b, opening)});
    }
    table.note = tulana::tr("Returned unopened: the envelope is still sealed in the file, and "
                            "its figures are not in it.");
    s.table(std::move(table));
}

void checkpoint(SectionWriter& s, MemoDocument& m, const Tender& t, const QString& sourceFile)
{
    m.checkpoint = process::checkpointText(t.process.log);
    m.checkpointLine = tulana::tr("Checkpoint of the evaluation's log: %1").arg(m.checkpoint);
    // On lines of their own and set ragged, so that no justified line
    // stretches them apart; the command ends the paragraph: a full stop after
    // it would be copied with it.
    s.paragraph(tulana::tr("Checkpoint of the log when this memo was made (the number of "
                           "entries, and the hash of the log up to the last of them):\n%1\nTo "
                           "check this evaluation file against this memo:\ntulana-cli verify %2 "
                           "--checkpoint %1")
                    .arg(m.checkpoint, sourceFile.isEmpty() ? QStringLiteral("FILE") : sourceFile),
                MemoParagraph::Style::Command);
}

} // namespace

void addProcessSection(MemoDocument& memo, const Tender& t, const QString& sourceFile)
{
    SectionWriter s(addSection(memo.sections, tulana::tr("The evaluation as recorded")));
    if (!t.process.isRecorded()) {
        s.paragraph(tulana::tr("The process of this evaluation was not recorded, so this memo "
                               "cannot show when the rules were fixed, that the prices stayed "
                               "sealed, or that nothing was changed afterwards."));
        return;
    }
    if (t.process.log.empty()) {
        s.paragraph(tulana::tr("The evaluation file is set to record its process, but no act "
                               "has been logged yet."));
        return;
    }
    // What an entry carries, not that it is valid: integrity() says that.
    s.paragraph(tulana::tr("The evaluation file records its process as a log of acts. Each "
                           "entry names who did it and carries a signature and the hash of the "
                           "entries before it, so that any later change to an entry can be "
                           "detected. Stage reached when this memo was made: %1.")
                    .arg(process::processState(t.process).stageName()));
    integrity(s, t);
    acts(s, t);
    changes(s, t);
    envelopes(s, t);
    checkpoint(s, memo, t, sourceFile);
}

} // namespace tulana::memo
