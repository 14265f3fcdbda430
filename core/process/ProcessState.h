#pragma once

#include "Acts.h"
#include "tender/Tender.h"

#include <QString>

#include <map>
#include <optional>

namespace tulana::process {

// Where a recorded tender stands, read from its log: the last act, which
// parts are fixed and by which entry, whether the technical scores are
// locked and the envelopes opened. One reading for the app, the CLI and the
// memo (each derived fact computed once).
struct ProcessState
{
    bool recorded = false;
    std::optional<Act> lastAct;   // of the stage-setting acts (not receipts, not memos)
    std::map<Part, int> fixedBy;  // part → index of the entry whose digest stands for it
    bool technicalLocked = false; // locked and not unlocked since
    bool opened = false;          // the financial opening happened
    QString stageName() const;    // "Technical scores locked", in the interface's language
    bool hasFixed(Part part) const { return fixedBy.count(part) > 0; }
};

ProcessState processState(const ProcessRecord& record);
// The state after one more act, entry `index` of the log: how processState()
// reads a log, and how verification replays it, one act at a time.
void advance(ProcessState& state, Act act, int index);

// Why `act` cannot come next after `state`, by the order of the stages
// (docs/process.md), as a clause ("the technical scores must be locked
// first"), or nothing when it can. The one order of the acts: each act's
// function refuses an act out of order, the app offers only acts in order,
// and verification finds one out of order in a log.
std::optional<QString> outOfOrder(const ProcessState& state, Act act);

// Why `part` cannot be edited now, in plain words, or nothing when it can:
// the announced rules until a corrigendum (and never after the opening);
// the bids as received; the marks while the technical scores are locked;
// the opened figures; the finalised decision. A tender that does not record
// its process has nothing locked.
std::optional<QString> lockedBecause(const Tender& tender, Part part);

// Why a bid's financial figures (price, tax, cost lines) cannot be typed
// in: in a recorded process they arrive sealed, in an envelope, and enter
// the file only at the financial opening; after it, they are as opened.
// Nothing for a tender that does not record its process.
std::optional<QString> figuresSealedBecause(const Tender& tender);

// The stage's name for an act, as the log and the memo list them.
QString actName(Act act);

// The person behind an actor id: the committee member's name as the
// evaluators list it, "the officer", or the id itself.
QString actorName(const Tender& tender, const QString& actor);

} // namespace tulana::process
