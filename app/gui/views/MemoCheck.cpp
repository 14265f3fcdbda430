#include "views/MemoCheck.h"

#include "MemoExport.h"
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
        return tulana::tr(
                   "%1 was made from this tender as it stands: its fingerprint matches.\n\n%2")
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
    case Result::Unreadable:
        return tulana::tr("No fingerprint could be read from %1: %2").arg(memoName, problem);
    }
    return {};
}

MemoCheck checkMemo(TenderDocument& document, const QString& memoPath)
{
    MemoCheck check;
    check.memoFingerprint = readMemoFingerprint(memoPath, &check.problem);
    if (check.memoFingerprint.isEmpty())
        return check;
    check.tenderFingerprint = evaluationFingerprint(document.tender());
    if (check.memoFingerprint == check.tenderFingerprint) {
        check.result = MemoCheck::Result::Matches;
        return check;
    }
    // Back through the history, newest first; then forward again to where
    // the officer was.
    QUndoStack* stack = document.undoStack();
    const int now = stack->index();
    int matched = -1;
    for (int i = now - 1; i >= 0 && matched < 0; --i) {
        stack->setIndex(i);
        if (evaluationFingerprint(document.tender()) == check.memoFingerprint)
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
