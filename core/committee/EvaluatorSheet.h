#pragma once

#include "crypto/SecretBytes.h"
#include "diagnostics/Problem.h"
#include "tender/Tender.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace tulana::committee {

// A committee member's evaluator sheet (docs/committee.md), a file of its
// own ({"format": "tulana-sheet", ...}): what the member needs to mark and
// nothing more. The announced criteria with their descriptions and maxima,
// and the technical side of each bid to be marked; no price, no other
// member's mark. The member declares, bid by bid, a conflict of interest or
// none, marks the bids they have no conflict with (a note beside each mark),
// and signs the sheet with their key; the convenor receives it into the
// tender (SheetReceipt.h).
struct SheetCriterion
{
    QString id;
    QString name;
    QString description;
    QString group; // the group it belongs to, if any
    double maxMarks = 0;
    double weight = 0;
    friend bool operator==(const SheetCriterion&, const SheetCriterion&) = default;
};

struct SheetBid
{
    QString id;
    QString bidder;
    QString system;
    QString nature;      // "open source", as the interface says it
    QString openness;    // the openness assessment, in words; empty when none is recorded
    QString eligibility; // the eligibility finding, in words; empty when none is recorded
    friend bool operator==(const SheetBid&, const SheetBid&) = default;
};

struct SheetMark
{
    QString bid;
    QString criterion;
    double marks = 0;
    QString note;
    friend bool operator==(const SheetMark&, const SheetMark&) = default;
};

struct SheetDeclaration
{
    QString bid;
    bool conflict = false;
    QString description;
    friend bool operator==(const SheetDeclaration&, const SheetDeclaration&) = default;
};

struct EvaluatorSheet
{
    // The tender it belongs to: its reference and title as the member reads
    // them, and the digest of the rules as announced, which binds the sheet
    // to this tender's announced criteria (a sheet of another tender, or of
    // rules since corrected, is refused).
    QString reference;
    QString title;
    QString procuringEntity;
    QByteArray rulesDigest;
    QString member;
    QString memberName;
    std::vector<SheetCriterion> criteria;
    std::vector<SheetBid> bids;
    // Filled in by the member:
    std::vector<SheetDeclaration> declarations;
    std::vector<SheetMark> marks;
    QByteArray signature; // Ed25519 by the member's key; empty until signed

    const SheetDeclaration* declaration(const QString& bid) const;
    const SheetMark* mark(const QString& bid, const QString& criterion) const;
    friend bool operator==(const EvaluatorSheet&, const EvaluatorSheet&) = default;
};

// The sheet the convenor issues to `member`: refused (problems, nothing)
// unless the tender records its process with the member's signing key and
// the bids are received. The bids on it are those to be marked: responsive,
// and not excluded by eligibility.
std::optional<EvaluatorSheet> issueSheet(const Tender& tender, const QString& member,
                                         Problems* problems);

// The file, and back. Reading checks the form only (the format, the fields,
// their types); receiving checks the rest.
QByteArray sheetFileBytes(const EvaluatorSheet& sheet);
std::optional<EvaluatorSheet> readSheet(const QByteArray& bytes, Problems* problems);

// What the member's signature covers: every field of the sheet but the
// signature, in a fixed form.
QByteArray signedBytes(const EvaluatorSheet& sheet);

// What is missing or wrong in a sheet before it can be signed, in the
// member's words: a bid without its declaration, a conflict without its
// description, a mark missing, out of range, or given for a bid the member
// declared a conflict with.
Problems unfinishedSheet(const EvaluatorSheet& sheet);

// Puts the declarations in the order of the sheet's bids, and the marks in
// the order of its bids and then its criteria, whatever order they were
// made in: the same declarations, marks and notes make the same file, and so
// the same signed bytes. One for a bid or criterion not on the sheet goes
// after the known ones at its level (signing refuses it anyway).
void putInSheetOrder(EvaluatorSheet& sheet);

// The member signs: refused while the sheet is unfinished. The sheet is put
// in its order first (putInSheetOrder), so what is signed does not depend on
// the order in which the member marked. Reading, receiving and checking a
// signature never reorder a sheet: a signature covers its bytes as they are.
Problems signSheet(EvaluatorSheet& sheet, const crypto::SecretBytes& memberSecretKey);
bool signatureHolds(const EvaluatorSheet& sheet, const QByteArray& memberPublicKey);

// The sheet as a CSV a member may fill in a spreadsheet instead: one row per
// bid and criterion (bid, bidder, system, criterion, criterion name, maximum,
// conflict, conflict description, marks, note), and back into the sheet.
// Filling refuses a row for a bid or criterion not on the sheet, and a
// value that is not a mark, with the line: the first kMaxListedProblems
// of them (support/ListedProblems.h), then one more counting the rest.
QByteArray sheetCsv(const EvaluatorSheet& sheet);
Problems fillSheetFromCsv(EvaluatorSheet& sheet, const QByteArray& csv);

} // namespace tulana::committee
