#pragma once

#include "MemoReadBack.h"
#include "memo/MemoCompare.h"
#include "tender/Tender.h"

#include <QString>

#include <optional>

namespace tulana {

// What verify-memo (and File ▸ Verify Memo… in the app) found: first the
// fingerprint, then everything a reader sees, compared with the memo made
// again from the tender with what the memo records it was made with
// (docs/memo.md, "Verifying a memo").
struct MemoVerification
{
    enum class Result
    {
        Matches,       // the fingerprint and everything a reader sees are the tender's
        Differs,       // the fingerprint or something a reader sees is not
        NotComparable, // the memo does not say what it was made with: only its fingerprint was
                       // checked
        Unreadable     // not a memo Tulana can read, or no fingerprint in it
    };
    Result result = Result::Unreadable;
    QString problem; // Unreadable: why, in the user's words
    QString memoFingerprint;
    QString tenderFingerprint;
    bool fingerprintMatches() const { return memoFingerprint == tenderFingerprint; }
    std::optional<MemoMadeWith> madeWith;
    MemoComparison comparison;
    bool ok() const { return result == Result::Matches; }
};

// Reads the memo at `path` (its format from the extension) and verifies it
// against the tender.
MemoVerification verifyMemo(const Tender& tender, const QString& memoPath);

// The same for a memo's bytes already read; the tests and the fuzz harness use it.
MemoVerification verifyMemoBytes(const Tender& tender, const QByteArray& bytes, MemoFormat format);

// The memo made again for a reading: its MemoDocument and how it reads, or
// nothing when the reading says nothing of what it was made with.
struct RegeneratedMemo
{
    MemoDocument document;
    MemoReading reading;
};
std::optional<RegeneratedMemo> regenerateFor(const Tender& tender, const MemoReading& memo,
                                             QString* why);

// Compares a reading with the memo made again (no reading of files).
MemoVerification verifyReading(const Tender& tender, const MemoReading& memo,
                               const RegeneratedMemo& expected);

} // namespace tulana
