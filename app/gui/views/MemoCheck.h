#pragma once

#include <QString>
#include <QStringList>

namespace tulana {

class TenderDocument;

// File ▸ Verify Memo…: whether a memo was made from the open tender. The
// memo prints the fingerprint of the evaluation's inputs (docs/memo.md); it
// is compared with the open tender's, then with the tender as it was before
// each edit still in the undo history, so that a mismatch names the edits
// (and so the figures) that changed since the memo was made.
struct MemoCheck
{
    enum class Result
    {
        Matches,            // the open tender is the one the memo was made from
        MatchesBeforeEdits, // ... before `edits`, the latest last
        DoesNotMatch,       // another tender, or edits older than the undo history
        Unreadable          // no fingerprint could be read from the file
    };
    Result result = Result::Unreadable;
    QString memoFingerprint;
    QString tenderFingerprint;
    QStringList edits; // the undo history's names of the edits since the memo
    QString problem;   // why the memo could not be read

    // The verdict in a sentence or two, for the message box.
    QString summary(const QString& memoName) const;
};

// Compares; the document is left exactly as it was (walking the history
// undoes and redoes the edits, which the document evaluates as it goes).
MemoCheck checkMemo(TenderDocument& document, const QString& memoPath);

} // namespace tulana
