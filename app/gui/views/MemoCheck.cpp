#include "views/MemoCheck.h"

#include "MemoExport.h"
#include "MemoVerify.h"
#include "document/TenderDocument.h"
#include "i18n/Translate.h"
#include "memo/Fingerprint.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace tulana {
namespace {} // namespace

QString MemoCheck::summary(const QString& memoName) const
{
    switch (result) {
    case Result::Matches:
        return tulana::
            tr("%1 was made from this tender as it stands: its fingerprint matches, and everything "
               "it says is what the tender gives.\n\n%2")
                .arg(memoName, groupFingerprint(tenderFingerprint));
    case Result::MatchesBeforeEdits: {
        QStringList lines;
        for (const QString& edit : edits)
            lines << QStringLiteral("• ") + edit;
        return tulana::tr("%1 was made from this tender before these edits, which changed the "
                          "evaluation (undo them to return to it):\n\n%2")
            .arg(memoName, lines.join(u'\n'));
    }
    case Result::DoesNotMatch:
        return tulana::tr(
                   "%1 does not match this tender: it was made from another tender, or from this "
                   "one before edits no longer in this session's undo history.\n\nmemo:   %2\n"
                   "tender: %3")
            .arg(memoName, groupFingerprint(memoFingerprint), groupFingerprint(tenderFingerprint));
    case Result::TextDiffers: {
        QStringList lines;
        for (const QString& d : differences)
            lines << QStringLiteral("• ") + d;
        if (differenceCount > differences.size())
            lines << tulana::tr("… and %n more.", nullptr,
                                differenceCount - int(differences.size()));
        return tulana::tr("%1 carries this tender's fingerprint, but what it says differs from "
                          "what the tender gives in %n place(s):\n\n%2",
                          nullptr, differenceCount)
            .arg(memoName, lines.join(u'\n'));
    }
    case Result::NotComparable:
        return tulana::tr("%1 carries this tender's fingerprint, but %2.").arg(memoName, problem);
    case Result::Unreadable:
        return tulana::tr("No fingerprint could be read from %1: %2").arg(memoName, problem);
    }
    return {};
}

MemoCheck checkMemo(TenderDocument& document, const QString& memoPath)
{
    MemoCheck check;
    const MemoVerification v = verifyMemo(document.tender(), memoPath);
    check.problem = v.problem;
    if (v.result == MemoVerification::Result::Unreadable)
        return check;
    check.memoFingerprint = v.memoFingerprint;
    check.tenderFingerprint = v.tenderFingerprint;
    if (v.fingerprintMatches()) {
        check.result = v.ok() ? MemoCheck::Result::Matches
                       : v.result == MemoVerification::Result::NotComparable
                           ? MemoCheck::Result::NotComparable
                           : MemoCheck::Result::TextDiffers;
        for (const MemoDifference& d : v.comparison.shown)
            check.differences << describeDifference(d);
        check.differenceCount = int(v.comparison.count);
        return check;
    }
    // Back through the history, newest first; then forward again to where
    // the officer was.
    QUndoStack* stack = document.undoStack();
    const int now = stack->index();
    int matched = -1;
    // The fingerprint first (cheap); where it matches, everything the memo
    // says, so that an edit of free text since the memo is named too.
    for (int i = now - 1; i >= 0 && matched < 0; --i) {
        stack->setIndex(i);
        if (evaluationFingerprint(document.tender()) == check.memoFingerprint &&
            verifyMemo(document.tender(), memoPath).ok())
            matched = i;
    }
    stack->setIndex(now);
    if (matched < 0) {
        check.result = MemoCheck::Result::DoesNotMatch;
        return check;
    }
    check.result = MemoCheck::Result::MatchesBeforeEdits;
    for (int i = matched; i < now; ++i)
        check.edits << stack->text(i);
    return check;
}

} // namespace tulana
