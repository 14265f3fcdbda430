#pragma once

#include "diagnostics/Problem.h"
#include "support/Csv.h"
#include "tender/Tender.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace tulana {

struct BidImport
{
    // Empty whenever `problems` has an error: a half-read file is never
    // applied, so the officer fixes the file and imports it again.
    std::vector<Bid> bids;
    Problems problems;
};

// Reads bids from a CSV file (see Csv.h) for adding to `tender`.
//
// Columns, matched case-insensitively with surrounding spaces trimmed:
// bidder, system, nature, price (required); tax (empty: 0); id (empty:
// "B<n>" after the highest B-number in use); status (empty: responsive);
// "status reason" or statusReason. Then marks, for the marked (leaf)
// criteria: a column named by the criterion id ("T1.1") holds the
// committee's consensus mark, recorded for every evaluator; a column
// "<criterionId>/<evaluatorId>" ("T1.1/E2") holds one evaluator's mark. A
// file has either no marks columns or columns covering every criterion and
// evaluator; an empty marks cell is "not marked".
//
// Amounts may be grouped the Indian or the Western way ("1,25,00,000",
// "12,500,000"), have a decimal part, a leading "₹", "Rs." or "INR", and a
// trailing "/-". The price may be empty only for a bid that is not
// responsive. Rows whose cells are all empty are skipped. Rules that span
// fields (a status reason for a rejected bid, missing marks) are left to
// validateTender.
//
// Every problem is located as "<fileName>:<line>:<column as in the header>"
// ("<fileName>:<line>" for the header and whole rows; lines are the file's
// physical lines), e.g. `bids.csv:5:price: "12 lakh" is not a number`.
// The first kMaxListedProblems are listed (support/ListedProblems.h); one
// more, placed at "<fileName>", counts the rest.
BidImport importBidsCsv(const Tender& tender, const QByteArray& csv, const QString& fileName);

// Where a cell of an imported table is, in the words of the file it came
// from: "bids.csv:5:price" for a CSV, "marks.xlsx!Sheet1!D7" for a workbook.
class TablePlaces
{
public:
    virtual ~TablePlaces() = default;
    virtual QString file() const = 0;
    virtual QString row(int line) const = 0; // the header, or a whole row
    virtual QString cell(int line, int column, const QString& columnName) const = 0;
};

// The same import over a table read from any file (a CSV, a workbook's
// sheet), with the same column rules; problems placed by `places`.
BidImport importBids(const Tender& tender, const CsvTable& table, const TablePlaces& places);

// A CSV with the header this tender's import expects and no rows: the
// fields above by their names, then a marks column "<criterion>/<member>"
// for each marked criterion and committee member. A file an officer fills in
// a spreadsheet and imports.
QByteArray bidCsvTemplate(const Tender& tender);
// That header's column names (the template workbook's first row too).
QStringList bidTableHeader(const Tender& tender);

} // namespace tulana
