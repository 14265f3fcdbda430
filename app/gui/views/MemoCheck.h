#pragma once

#include <QString>
#include <QStringList>

namespace tulana {

class TenderDocument;

// File ▸ Verify Memo…: whether a memo was made from the open tender, by the
// check tulana-cli verify-memo makes (verifyMemo(), app/memo/MemoVerify.h):
// the fingerprint of the evaluation's inputs (docs/memo.md), then everything
// the memo says against the memo made again from the tender. When the
// fingerprint differs, it is compared with the tender as it was before each
// edit still in the undo history, so that a mismatch names the edits (and so
// the figures) that changed since the memo was made.
struct MemoCheck
{
    enum class Result
    {
        Matches,            // the open tender is the one the memo was made from
        MatchesBeforeEdits, // ... before `edits`, the latest last
        DoesNotMatch,       // another tender, or edits older than the undo history
        TextDiffers,        // the fingerprint matches, but the memo says what the tender does not
        NotComparable, // the fingerprint matches; the memo does not record what it was made with
        Unreadable     // no fingerprint could be read from the file
    };
    Result result = Result::Unreadable;
    QString memoFingerprint;
    QString tenderFingerprint;
    QStringList edits;       // the undo history's names of the edits since the memo
    QString problem;         // why the memo could not be read, or could not be compared
    QStringList differences; // TextDiffers: the first few, in words (describeDifference())
    int differenceCount = 0;

    // The verdict in a sentence or two, for the message box.
    QString summary(const QString& memoName) const;
};

// Compares; the document is left exactly as it was (walking the history
// undoes and redoes the edits, which the document evaluates as it goes).
MemoCheck checkMemo(TenderDocument& document, const QString& memoPath);

} // namespace tulana
