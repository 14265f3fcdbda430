// An evaluator sheet as a CSV a member fills in a spreadsheet
// (EvaluatorSheet.h): one row per bid and criterion.
#include "EvaluatorSheet.h"

#include "i18n/Translate.h"
#include "support/Csv.h"
#include "support/ListedProblems.h"
#include "support/NumberText.h"

#include <QLocale>

#include <algorithm>
#include <map>
#include <utility>

namespace tulana::committee {
namespace {

const QStringList& columns()
{
    static const QStringList names{QStringLiteral("bid"),
                                   QStringLiteral("bidder"),
                                   QStringLiteral("system"),
                                   QStringLiteral("criterion"),
                                   QStringLiteral("criterion name"),
                                   QStringLiteral("maximum"),
                                   QStringLiteral("conflict"),
                                   QStringLiteral("conflict description"),
                                   QStringLiteral("marks"),
                                   QStringLiteral("note")};
    return names;
}

// "yes"/"no", as a member types it (also "true"/"false", "1"/"0"). Not a
// blank: that is no declaration at all (the caller's case).
std::optional<bool> yesNo(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0"))
        return false;
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1"))
        return true;
    return std::nullopt;
}

// A mark as the sheet holds it, every digit: the CSV shows what the member
// signs, and fills back to the same sheet (numberText rounds to 12 digits).
QString exactMark(double marks)
{
    return QString::number(marks, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QByteArray sheetCsv(const EvaluatorSheet& sheet)
{
    QString out = columns().join(u',') + QStringLiteral("\r\n");
    for (const SheetBid& b : sheet.bids) {
        const SheetDeclaration* d = sheet.declaration(b.id);
        for (const SheetCriterion& c : sheet.criteria) {
            const SheetMark* m = sheet.mark(b.id, c.id);
            const QStringList row{csvField(b.id),
                                  csvField(b.bidder),
                                  csvField(b.system),
                                  csvField(c.id),
                                  csvField(c.name),
                                  numberText(c.maxMarks),
                                  d ? (d->conflict ? QStringLiteral("yes") : QStringLiteral("no"))
                                    : QString(),
                                  csvField(d ? d->description : QString()),
                                  m ? exactMark(m->marks) : QString(),
                                  csvField(m ? m->note : QString())};
            out += row.join(u',') + QStringLiteral("\r\n");
        }
    }
    return out.toUtf8();
}

Problems fillSheetFromCsv(EvaluatorSheet& sheet, const QByteArray& csv)
{
    Problems problems;
    QString why;
    const std::optional<CsvTable> table = readCsv(csv, &why);
    if (!table)
        return {error(QStringLiteral("csv"), why)};
    std::map<QString, int> at;
    for (int i = 0; i < table->header.size(); ++i)
        at[table->header[i].trimmed().toLower()] = i;
    for (const char* needed :
         {"bid", "criterion", "conflict", "conflict description", "marks", "note"})
        if (!at.count(QString::fromLatin1(needed)))
            problems << error(QStringLiteral("csv"),
                              tulana::tr("line %1: the column \"%2\" is missing")
                                  .arg(table->lineOfHeader)
                                  .arg(QString::fromLatin1(needed)));
    if (hasErrors(problems))
        return problems;
    ListedProblems listed; // the rows' problems, worded only if they are listed
    const auto csvPlace = [] { return QStringLiteral("csv"); };
    EvaluatorSheet filled = sheet;
    filled.declarations.clear();
    filled.marks.clear();
    filled.signature.clear();
    // The line of each bid and criterion's row: a second row for the same
    // pair would give the sheet two marks for one, of which a reader sees
    // one and the signature covers both.
    std::map<std::pair<QString, QString>, int> rowOf;
    std::map<QString, QString> describedAs; // a bid's first conflict description
    const auto cell = [&](const QStringList& row, const char* column) {
        const int i = at.at(QString::fromLatin1(column));
        return i < row.size() ? row[i] : QString();
    };
    for (qsizetype r = 0; r < table->rows.size(); ++r) {
        const QStringList& row = table->rows[r];
        const int line = table->lineOfRow[r];
        const QString bid = cell(row, "bid").trimmed();
        const QString criterion = cell(row, "criterion").trimmed();
        const auto onSheet = [&] {
            bool bidOn = false, criterionOn = false;
            for (const SheetBid& b : sheet.bids)
                bidOn = bidOn || b.id == bid;
            for (const SheetCriterion& c : sheet.criteria)
                criterionOn = criterionOn || c.id == criterion;
            return bidOn && criterionOn;
        };
        if (!onSheet()) {
            listed.append(Problem::Severity::Error, csvPlace, [&] {
                return tulana::tr("line %1: %2 on \"%3\" is not on this sheet")
                    .arg(line)
                    .arg(bid, criterion);
            });
            continue;
        }
        if (const auto [first, isNew] = rowOf.try_emplace({bid, criterion}, line); !isNew) {
            const int firstLine = first->second; // clang 14 cannot capture a structured binding
            listed.append(Problem::Severity::Error, csvPlace, [&] {
                return tulana::tr("line %1: %2 on \"%3\" is on line %4 already")
                    .arg(line)
                    .arg(bid, criterion)
                    .arg(firstLine);
            });
            continue;
        }
        // A declaration is a statement the member signs: a blank "conflict"
        // declares nothing (signing then asks for it), never "no conflict".
        const QString conflictCell = cell(row, "conflict");
        if (!conflictCell.trimmed().isEmpty()) {
            const std::optional<bool> conflict = yesNo(conflictCell);
            if (!conflict) {
                listed.append(Problem::Severity::Error, csvPlace, [&] {
                    return tulana::tr("line %1: write yes or no under \"conflict\", not \"%2\"")
                        .arg(line)
                        .arg(conflictCell);
                });
                continue;
            }
            if (const SheetDeclaration* before = filled.declaration(bid)) {
                if (before->conflict != *conflict)
                    listed.append(Problem::Severity::Error, csvPlace, [&] {
                        return tulana::tr("line %1: the rows of %2 disagree on the conflict")
                            .arg(line)
                            .arg(bid);
                    });
            } else {
                filled.declarations.push_back({bid, *conflict, QString()});
            }
        }
        // The description may be on any row of the bid, whatever its "conflict" cell.
        if (const QString description = cell(row, "conflict description").trimmed();
            !description.isEmpty())
            describedAs.try_emplace(bid, description);
        const QString marks = cell(row, "marks").trimmed();
        if (marks.isEmpty())
            continue;
        bool ok = false;
        double value = marks.toDouble(&ok);
        if (!ok) // a spreadsheet in a locale with a decimal comma
            value = QLocale(QLocale::German).toDouble(marks, &ok);
        if (!ok) {
            listed.append(Problem::Severity::Error, csvPlace, [&] {
                return tulana::tr("line %1: \"%2\" is not a number of marks").arg(line).arg(marks);
            });
            continue;
        }
        filled.marks.push_back({bid, criterion, value, cell(row, "note").trimmed()});
    }
    if (listed.hasErrors())
        return std::move(listed).take(QStringLiteral("csv"));
    for (SheetDeclaration& d : filled.declarations)
        if (const auto described = describedAs.find(d.bid); described != describedAs.end())
            d.description = described->second;
    // In the sheet's order, whatever the rows' order in the spreadsheet.
    putInSheetOrder(filled);
    sheet = std::move(filled);
    return std::move(listed).take(QStringLiteral("csv"));
}

} // namespace tulana::committee
