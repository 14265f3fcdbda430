#pragma once

namespace tulana {

class ActDialog;
class TenderDocument;

// The committee's acts in a recorded process (docs/committee.md), each on an
// act's dialog: issue a member their evaluator sheet (written to a file
// for them), receive a member's signed sheet, and moderate a mark with the
// committee's reason.
void setUpSheetIssue(ActDialog* dialog, TenderDocument* document);
void setUpSheetReceipt(ActDialog* dialog, TenderDocument* document);
void setUpModeration(ActDialog* dialog, TenderDocument* document);

} // namespace tulana
