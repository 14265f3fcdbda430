#pragma once

#include "support/Csv.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace tulana {

// One sheet of an Excel workbook (.xlsx) as a table of texts, as a reader
// sees the cells: shared and inline strings, numbers (shortest text, no
// binary noise), booleans as TRUE/FALSE, dates as YYYY-MM-DD, errors as
// written (#DIV/0!), and every cell of a merged range holding the value of
// its first cell. Columns start at A, so column i of the table is the
// sheet's column i; lineOfRow holds the sheet's row numbers.
struct XlsxSheet
{
    QString name;
    CsvTable table;
};

// The named sheet (empty: the first) of the workbook in `bytes`, read with
// minizip and QXmlStreamReader within limits on entries and sizes (no zip
// bomb). On failure returns nothing and sets *error in plain words.
// `sheetNames` (if given) receives every sheet's name.
std::optional<XlsxSheet> readXlsxSheet(const QByteArray& bytes, const QString& sheetName,
                                       QStringList* sheetNames, QString* error);

// "D" for column 3 (from 0), "AA" for 26.
QString xlsxColumnName(int column);

} // namespace tulana
