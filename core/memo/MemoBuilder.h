#pragma once

#include "diagnostics/Problem.h"
#include "memo/MemoDocument.h"
#include "scoring/Evaluation.h"
#include "tender/Tender.h"

#include <QDate>
#include <QString>

namespace tulana {

struct MemoOptions
{
    QDate date;         // the memo's date; the decision's date, else today, when invalid
    QString sourceFile; // the tender file's name, printed beside the fingerprint
    // "en" or "hi" (i18n::supportedLanguages()): the memo's language, chosen
    // per memo; empty: the application's current language. In another
    // language than the application's, buildMemo() evaluates the tender again
    // so that the evaluation's reasons are in the memo's language too.
    QString language;
};

// Why a memo cannot be produced: the evaluation could not be carried out,
// or the decision departs from the open-source option or from the
// evaluation without its justification (checkJustification()). Warnings
// are passed on for the officer to read.
Problems memoProblems(const Tender& tender, const Evaluation& evaluation);

// The sentence that refuses a memo while memoProblems() has errors, said
// before the list of problems by tulana-cli memo and by the app alike.
QString memoRefusal(const Problems& problems);

// The decision memo as a document model, in the style of an office note:
// title block, the tender in brief, method and weights, the ranked
// evaluation, the openness of each bid, the Table 3 analysis, the
// recommendation, the departure and its justification, the basis, the
// sign-off, the fingerprint, and an annex with the derivations, charts and
// Table 3 as printed. Built whatever memoProblems() says (the screen
// previews a draft); a decision not finalised is marked as a draft.
MemoDocument buildMemo(const Tender& tender, const Evaluation& evaluation,
                       const MemoOptions& options = {});

// The evaluation as it stands, for printing from the app ("Print
// Evaluation…"): the method and weights, the ranking with its notes, the
// charts, and the fingerprint, titled "Evaluation sheet". Not a decision:
// printed whatever memoProblems() says, without sign-off; sealed prices
// stay sealed, as in the memo.
MemoDocument buildEvaluationSheet(const Tender& tender, const Evaluation& evaluation,
                                  const MemoOptions& options = {});

} // namespace tulana
