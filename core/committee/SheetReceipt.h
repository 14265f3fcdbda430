#pragma once

#include "EvaluatorSheet.h"
#include "process/Recording.h"

#include <QDateTime>

namespace tulana::committee {

// The convenor's side of the evaluator sheets (docs/committee.md).

// The sheet issued to its member: logged ("sheet-issued") with the SHA-256 of
// the file as issued. From then on every member's marks come from their own
// signed sheet: the technical scores cannot be locked until all are in.
Problems recordSheetIssued(Tender& tender, const EvaluatorSheet& sheet,
                           const process::Actor& convenor, const QDateTime& time);

// Why `sheet` does not belong to `tender` as it stands, or nothing: a member
// not on the committee or without a key in the tender, a signature that
// does not hold (a sheet changed after signing, or signed with another
// key), another tender's sheet or one issued under rules since corrected,
// criteria or bids that are not the tender's, or a sheet not finished.
Problems sheetRefusedBy(const Tender& tender, const EvaluatorSheet& sheet);

// A member's signed sheet received: checked as above (and refused when the
// member's sheet is already in), then its receipt (the SHA-256 of `bytes`)
// is logged, and only then do its declarations, notes and marks enter the
// tender and the file keep the sheet. Nothing changes when it is refused.
Problems receiveSheet(Tender& tender, const QByteArray& bytes, const process::Actor& convenor,
                      const QDateTime& time);

// The members whose sheets are in, and those still awaited, in committee
// order: what the Marks page and the memo say.
QStringList membersWithSheets(const Tender& tender);
QStringList membersAwaitingSheets(const Tender& tender);

} // namespace tulana::committee
