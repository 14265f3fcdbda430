#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tulana {

// A CSV file as read: the first record is the header, the others are rows.
// Fields are kept as written, untrimmed. A row may have more or fewer fields
// than the header; only the caller knows what the columns mean, so only it
// can say whether that matters.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lineOfRow; // 1-based physical line where each row starts
    int lineOfHeader = 1; // later than 1 when the file starts with blank lines
    QChar separator = u',';
};

// Reads RFC 4180 CSV from UTF-8 bytes, as spreadsheets write it: an optional
// byte order mark, CRLF, LF or CR line ends, quoted fields holding commas,
// doubled quotes ("") and line breaks (read as "\n"), a final line end or
// none. Blank lines are skipped. When the header line has no ',' but has ';'
// the separator is ';' (spreadsheets in locales with a decimal comma write
// that). Spaces before an opening or after a closing quote are ignored.
//
// On an error returns nothing and sets *errorMessage (if given) to a message
// with the position, e.g. "line 4, column 17: a quoted field is not closed".
// Columns count characters from 1. An empty input gives an empty table. A
// field csvField neutralised is read as it was before ("'=x" as "=x").
std::optional<CsvTable> readCsv(const QByteArray& utf8, QString* errorMessage);

// A text field (a name, an id, a reason: never a number Tulana writes) as
// RFC 4180 writes it: quoted (quotes doubled) when it holds a comma, a quote
// or a line break; as it is otherwise. A text a spreadsheet would take for a
// formula (starting with =, +, -, @, a tab or a carriage return) is first
// neutralised as OWASP recommends, with a single quote before it, which
// readCsv takes off again ("CSV injection").
QString csvField(QString field);

} // namespace tulana
