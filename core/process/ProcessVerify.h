#pragma once

#include "LogChain.h"
#include "diagnostics/Problem.h"
#include "tender/Tender.h"

namespace tulana::process {

// Everything `tulana-cli verify` checks (docs/process.md, "Verifying"):
//   - the log is a chain: numbered 1, 2, 3..., each entry carrying the head
//     before it;
//   - every entry is signed by its actor's key, as the announced rules list
//     the signers;
//   - the acts come in an order the process allows (rules first; the
//     financial opening only while the technical scores are locked; no
//     corrigendum after the opening);
//   - every part an act fixed (the rules, the bids, the marks...) still has
//     the digest logged when it was fixed, and every envelope its receipt.
// Each problem names the entry or the part that no longer matches, in plain
// words; `where` is the place in the file ("process.log[3]"). None: intact.
Problems verifyProcess(const Tender& tender);

// Whether the log's first `checkpoint.size` entries hash to its head: a
// history rewritten since a memo printed the checkpoint fails. The log
// itself is checked by verifyProcess().
Problems verifyCheckpoint(const ProcessRecord& record, const Checkpoint& checkpoint);

} // namespace tulana::process
