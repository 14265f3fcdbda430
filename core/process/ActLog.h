#pragma once

// Internal to core/process: the last step of every act that fixes nothing
// beyond what it logs (Recording.h's recordAct, and Envelopes.h's opening
// once its envelopes are open).
#include "Acts.h"
#include "Recording.h"

namespace tulana::process {

// Refuses an act out of order or without the reason it must give, or by
// someone who is not a signer; else logs it with the digest of the part it
// fixes.
Problems logAct(Tender& tender, Act act, const QString& summary, const QString& reason,
                const Actor& actor, const QDateTime& time);

} // namespace tulana::process
