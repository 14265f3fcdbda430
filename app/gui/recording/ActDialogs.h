#pragma once

#include "process/Acts.h"

class QWidget;

namespace tulana {

class ActDialog;
class TenderDocument;

// The dialog that does `act` on the document's tender (docs/process.md):
// who signs, what else the act needs, and what it fixes, in plain words.
// When accepted the act is done, logged and the tender's file written
// (TenderDocument::doAct). A corrigendum is recorded with it once its
// edits are made (TenderDocument::beginCorrection).
ActDialog* actDialog(TenderDocument* document, process::Act act, QWidget* parent);

} // namespace tulana
