#pragma once

#include "diagnostics/Problem.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tulana {

// The two columns of Table 3 and the two parts of each cell.
enum class Side
{
    Open,
    Proprietary
};
enum class CellPart
{
    Text,
    Notes
};

QString toKey(Side side);     // "open", "proprietary"
QString toKey(CellPart part); // "text", "notes"
std::optional<Side> sideFromKey(const QString& key);
std::optional<CellPart> cellPartFromKey(const QString& key);

struct Table3Cell
{
    QString text;
    QString notes; // empty where the brief leaves the notes blank
    const QString& part(CellPart p) const { return p == CellPart::Text ? text : notes; }
};

// One consideration: a row of the table as the brief prints it.
struct Table3Row
{
    QString id;   // stable key used in tender files ("data-sensitivity")
    QString name; // as printed ("Sensitivity of data")
    Table3Cell open;
    Table3Cell proprietary;
    const Table3Cell& cell(Side side) const { return side == Side::Open ? open : proprietary; }
};

struct Table3Source
{
    QString title;
    QStringList publishers;
    QString jointlyPublishedWith;
    QString authors;
    QString date;
    QString table;      // "Table 3"
    QString tableTitle; // "Considerations for AI Procurement: ..."
    QString licence;

    // The citation printed under the table and in memos.
    QString citation() const;
};

// The printed column headings, kept so the table is shown as the brief prints it.
struct Table3Columns
{
    QString consideration;
    QString open;
    QString openNotes;
    QString proprietary;
    QString proprietaryNotes;
};

// Table 3 of the policy brief (seed 001), verbatim, with the decision rule
// printed before it and the accountability sentence printed after it.
// The three branches of the brief's decision rule, each a verbatim part of
// Table3::decisionRule so that a recommendation can quote the one it applies.
struct Table3RuleClauses
{
    QString open;        // "if open source is better suited, it should be adopted"
    QString proprietary; // "if proprietary offers advantages, it may be preferred"
    QString equivalent;  // "if both options are equivalent, openness can be prioritised"
};

struct Table3
{
    Table3Source source;
    Table3Columns columns;
    QString decisionRule;
    Table3RuleClauses ruleClauses;
    QString accountability;
    std::vector<Table3Row> rows;

    const Table3Row* row(const QString& id) const;
    QStringList ids() const; // in the table's order
};

struct Table3Load
{
    std::optional<Table3> table;
    Problems problems; // each with its JSON path in the file
};

// Reads resources/table3/table3.json (format "tulana-table3", version 1).
// `language` "hi" takes each row's name from its "hi" object where there is
// one (the cells stay as the brief prints them, in English).
Table3Load readTable3(const QByteArray& json, const QString& language = QStringLiteral("en"));

// The table shipped in the resources, loaded once. tests/considerations checks
// it loads cleanly; should it not, the table is empty and nothing is invented.
const Table3& table3();

} // namespace tulana
