// Reads a sheet of an .xlsx workbook (ECMA-376 SpreadsheetML): the workbook
// names its sheets and their parts (xl/workbook.xml and its relationships),
// strings are shared (xl/sharedStrings.xml), and each sheet lists its
// non-empty cells by reference ("D7").
#include "XlsxReader.h"

#include "i18n/Translate.h"

#include <minizip/unzip.h>

#include <QDate>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QXmlStreamReader>

#include <cmath>
#include <map>

namespace tulana {
namespace {

// Far above any real workbook of bids and marks, far below what would hurt.
constexpr int kMaxEntries = 10'000;
constexpr qint64 kMaxEntryBytes = 64 * 1024 * 1024; // a sheet, the shared strings
// The workbook's list of sheets, its relationships and its styles: a few
// kilobytes in a real workbook, a few megabytes in the largest. Each is
// parsed whole, in time and memory that grow with its size (docs/reliability.md),
// so a crafted one is refused at this size rather than at the sheet's.
constexpr qint64 kMaxSmallPartBytes = 16 * 1024 * 1024;
constexpr qint64 kMaxTotalBytes = 256 * 1024 * 1024; // all parts: as declared, and as read
constexpr int kMaxRows = 1'000'000;
constexpr int kMaxColumns = 16'384; // Excel's own limit (XFD)

// The workbook's ZIP, read with minizip (the library libxlsxwriter writes
// with; QuaZip exports minizip's function names with its own layout, so a
// program linking both crashes in whichever loads second). minizip opens a
// file, so the bytes go to a private temporary one first.
class Archive
{
public:
    explicit Archive(const QByteArray& bytes)
        : m_bytes(bytes)
    {}
    ~Archive()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    bool open(QString* error)
    {
        if (!m_file.open() || m_file.write(m_bytes) != m_bytes.size() || !m_file.flush()) {
            *error = tulana::tr("no temporary file to read the workbook from: %1")
                         .arg(m_file.errorString());
            return false;
        }
        m_zip = unzOpen64(QFile::encodeName(m_file.fileName()).constData());
        unz_global_info64 info{};
        if (!m_zip || unzGetGlobalInfo64(m_zip, &info) != UNZ_OK) {
            *error = tulana::tr("it is not an Excel workbook (.xlsx): not a ZIP archive");
            return false;
        }
        if (info.number_entry > kMaxEntries) {
            *error = tulana::tr("it has more than %1 parts, more than a workbook of bids has")
                         .arg(kMaxEntries);
            return false;
        }
        return declaresWhatItMayHold(info.number_entry, error);
    }

    // The part's bytes, or nothing (absent; or too large or damaged: *error
    // set). `limit`: kMaxEntryBytes, or kMaxSmallPartBytes for a part that is
    // small in any real workbook.
    std::optional<QByteArray> read(const QString& name, QString* error,
                                   qint64 limit = kMaxEntryBytes)
    {
        if (unzLocateFile(m_zip, name.toUtf8().constData(), 2 /* case-insensitive */) != UNZ_OK)
            return std::nullopt;
        // A part that declares more than the limit is refused before a byte is
        // inflated (a zip bomb usually declares its size); minizip then inflates
        // no more than the part declares, and the cap below holds even so.
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
            *error = partUnreadable(name);
            return std::nullopt;
        }
        if (info.uncompressed_size > quint64(limit)) {
            *error = partTooLarge(name, limit);
            return std::nullopt;
        }
        if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
            *error = partUnreadable(name);
            return std::nullopt;
        }
        // Read with a cap whatever the header declares: a header can lie, and
        // a build of minizip other than Debian's might not stop at the
        // declared size.
        QByteArray out;
        char chunk[64 * 1024];
        int got = 0;
        while ((got = unzReadCurrentFile(m_zip, chunk, sizeof chunk)) > 0) {
            out.append(chunk, got);
            m_total += got;
            if (out.size() > limit || m_total > kMaxTotalBytes) {
                unzCloseCurrentFile(m_zip);
                *error = out.size() > limit ? partTooLarge(name, limit) : partsTooLarge();
                return std::nullopt;
            }
        }
        // Closing checks the part's CRC once it is read whole.
        if (got < 0 || unzCloseCurrentFile(m_zip) != UNZ_OK) {
            *error = tulana::tr("its part %1 is damaged").arg(name);
            return std::nullopt;
        }
        return out;
    }

private:
    static QString partUnreadable(const QString& name)
    {
        return tulana::tr("its part %1 cannot be read").arg(name);
    }
    // All parts' declared sizes, read or not, from the central directory:
    // parts that would unpack to more than the limit in all are refused
    // before any is unpacked or parsed.
    bool declaresWhatItMayHold(quint64 entries, QString* error)
    {
        if (entries == 0)
            return true; // nothing to count (Debian's minizip refuses it at open)
        qint64 declared = 0;
        int status = unzGoToFirstFile(m_zip);
        for (; status == UNZ_OK; status = unzGoToNextFile(m_zip)) {
            unz_file_info64 info{};
            if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
                break;
            // Compared before it is added: a declared size can be 2^64 - 1.
            if (info.uncompressed_size > quint64(kMaxTotalBytes - declared)) {
                *error = partsTooLarge();
                return false;
            }
            declared += qint64(info.uncompressed_size);
        }
        // Anything but the list's end: an entry that cannot be read, after
        // which the parts could not be counted.
        if (status != UNZ_END_OF_LIST_OF_FILE) {
            *error = tulana::tr("it is not an Excel workbook (.xlsx): its list of parts "
                                "is damaged");
            return false;
        }
        return true;
    }

    static QString partTooLarge(const QString& name, qint64 limit)
    {
        return tulana::tr("its part %1 unpacks to more than %2 MB; a workbook of bids "
                          "is far smaller")
            .arg(name)
            .arg(limit / (1024 * 1024));
    }
    static QString partsTooLarge()
    {
        return tulana::tr("its parts unpack to more than %1 MB in all; a workbook of bids "
                          "is far smaller")
            .arg(kMaxTotalBytes / (1024 * 1024));
    }

    const QByteArray& m_bytes;
    QTemporaryFile m_file;
    unzFile m_zip = nullptr;
    qint64 m_total = 0;
};

// "D7" → (row 7, column 3); false when it is not a cell reference.
bool parseReference(QStringView ref, int* row, int* column)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i) {
        col = col * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
        if (col > kMaxColumns)
            return false;
    }
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok || r < 1 || r > kMaxRows)
        return false;
    *row = r;
    *column = col - 1;
    return true;
}

// The text of every <t> inside the current element (rich text runs too,
// but not the phonetic hints of East Asian text), up to its end.
QString textOf(QXmlStreamReader& xml)
{
    QString text;
    for (int depth = 1; depth > 0 && !xml.atEnd();) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("t"))
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.name() == QLatin1String("rPh"))
                xml.skipCurrentElement();
            else
                ++depth;
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return text;
}

QStringList sharedStrings(const QByteArray& part)
{
    QStringList strings;
    QXmlStreamReader xml(part);
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("sst"))
            continue;
        if (xml.name() == QLatin1String("si"))
            strings << textOf(xml);
        else
            xml.skipCurrentElement();
    }
    return strings;
}

// Which cell styles show a number as a date (styles.xml): the built-in date
// formats (14–22, 45–47) and custom formats with day, month or year codes.
std::vector<bool> dateStyles(const QByteArray& part)
{
    std::vector<bool> dates;
    QHash<int, bool> custom;
    static const QRegularExpression dateCode(QStringLiteral("[dmy]"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]"));
    QXmlStreamReader xml(part);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt")) {
            QString code = xml.attributes().value(QLatin1String("formatCode")).toString();
            code.remove(quoted);
            custom.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                          code.contains(dateCode));
        } else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            dates.push_back((id >= 14 && id <= 22) || (id >= 45 && id <= 47) ||
                            custom.value(id, false));
        }
    }
    return dates;
}

QString numberText(const QString& v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok)
        return v;
    if (std::abs(d) < 1e15 && d == std::floor(d))
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}

// Excel's serial day (1900 system, with its phantom 29 February 1900).
QString dateText(const QString& v)
{
    bool ok = false;
    const double serial = v.toDouble(&ok);
    if (!ok || serial < 1 || serial > 2958465)
        return numberText(v);
    const qint64 days = qint64(std::floor(serial)) - (serial >= 61 ? 1 : 0);
    return QDate(1899, 12, 31).addDays(days).toString(Qt::ISODate);
}

struct Cells
{
    std::map<std::pair<int, int>, QString> values; // (row, column) → text
    std::vector<std::pair<std::pair<int, int>, std::pair<int, int>>> merged;
};

bool readCells(const QByteArray& part, const QStringList& shared, const std::vector<bool>& dates,
               Cells& cells, QString* error)
{
    QXmlStreamReader xml(part);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("mergeCell")) {
            const QString ref = xml.attributes().value(QLatin1String("ref")).toString();
            const QStringList ends = ref.split(u':');
            int r1 = 0, c1 = 0, r2 = 0, c2 = 0;
            if (ends.size() == 2 && parseReference(ends[0], &r1, &c1) &&
                parseReference(ends[1], &r2, &c2) && r1 <= r2 && c1 <= c2 &&
                qint64(r2 - r1 + 1) * (c2 - c1 + 1) <= 10'000)
                cells.merged.push_back({{r1, c1}, {r2, c2}});
            continue;
        }
        if (xml.name() != QLatin1String("c"))
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        int row = 0, column = 0;
        if (!parseReference(a.value(QLatin1String("r")), &row, &column)) {
            *error = tulana::tr("a cell has no reference or a wrong one (\"%1\")")
                         .arg(a.value(QLatin1String("r")).toString());
            return false;
        }
        const QString type = a.value(QLatin1String("t")).toString();
        const int style = a.value(QLatin1String("s")).toInt();
        QString v;
        QString inlineText;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("v"))
                v = xml.readElementText();
            else if (xml.name() == QLatin1String("is"))
                inlineText = textOf(xml);
            else
                xml.skipCurrentElement();
        }
        QString text;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = v.toInt(&ok);
            if (!ok || index < 0 || index >= shared.size()) {
                *error = tulana::tr("the cell %1 points to a shared string that is not there")
                             .arg(xlsxColumnName(column) + QString::number(row));
                return false;
            }
            text = shared[index];
        } else if (type == QLatin1String("inlineStr")) {
            text = inlineText;
        } else if (type == QLatin1String("b")) {
            text = v == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == QLatin1String("str") || type == QLatin1String("e") ||
                   type == QLatin1String("d")) {
            text = type == QLatin1String("d") ? v.left(10) : v;
        } else if (!v.isEmpty()) {
            text = std::size_t(style) < dates.size() && dates[std::size_t(style)] ? dateText(v)
                                                                                  : numberText(v);
        }
        if (!text.isEmpty())
            cells.values[{row, column}] = text;
    }
    if (xml.hasError()) {
        *error = tulana::tr("a sheet's XML is damaged: %1").arg(xml.errorString());
        return false;
    }
    // A merged range reads as its first cell's value in every cell.
    for (const auto& [from, to] : cells.merged) {
        const auto first = cells.values.find(from);
        if (first == cells.values.end())
            continue;
        const QString value = first->second;
        for (int r = from.first; r <= to.first; ++r)
            for (int c = from.second; c <= to.second; ++c)
                cells.values[{r, c}] = value;
    }
    return true;
}

CsvTable tableOf(const Cells& cells)
{
    CsvTable table;
    int width = 0;
    for (const auto& [at, text] : cells.values)
        width = std::max(width, at.second + 1);
    int current = -1;
    QStringList row;
    const auto flush = [&] {
        if (current < 0)
            return;
        if (table.header.isEmpty()) {
            table.header = row;
            table.lineOfHeader = current;
        } else {
            table.rows.append(row);
            table.lineOfRow.append(current);
        }
    };
    for (const auto& [at, text] : cells.values) {
        if (at.first != current) {
            flush();
            current = at.first;
            row = QStringList(width, QString());
        }
        row[at.second] = text;
    }
    flush();
    // The header's trailing empty cells are no columns.
    while (!table.header.isEmpty() && table.header.last().trimmed().isEmpty())
        table.header.removeLast();
    for (QStringList& r : table.rows)
        while (r.size() > table.header.size() && r.last().trimmed().isEmpty())
            r.removeLast();
    return table;
}

} // namespace

QString xlsxColumnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

std::optional<XlsxSheet> readXlsxSheet(const QByteArray& bytes, const QString& sheetName,
                                       QStringList* sheetNames, QString* error)
{
    Archive zip(bytes);
    if (!zip.open(error))
        return std::nullopt;
    const std::optional<QByteArray> workbook =
        zip.read(QStringLiteral("xl/workbook.xml"), error, kMaxSmallPartBytes);
    const std::optional<QByteArray> rels =
        zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"), error, kMaxSmallPartBytes);
    if (!workbook || !rels) {
        if (error->isEmpty())
            *error = tulana::tr("it is not an Excel workbook (.xlsx): it has no xl/workbook.xml");
        return std::nullopt;
    }
    QHash<QString, QString> targets; // relationship id → part
    QXmlStreamReader relsXml(*rels);
    while (!relsXml.atEnd())
        if (relsXml.readNext() == QXmlStreamReader::StartElement &&
            relsXml.name() == QLatin1String("Relationship")) {
            QString target = relsXml.attributes().value(QLatin1String("Target")).toString();
            target = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
            targets.insert(relsXml.attributes().value(QLatin1String("Id")).toString(), target);
        }
    QStringList names;
    QString part;
    QXmlStreamReader book(*workbook);
    while (!book.atEnd())
        if (book.readNext() == QXmlStreamReader::StartElement &&
            book.name() == QLatin1String("sheet")) {
            const QString name = book.attributes().value(QLatin1String("name")).toString();
            QString id;
            for (const QXmlStreamAttribute& attribute : book.attributes())
                if (attribute.name() == QLatin1String("id"))
                    id = attribute.value().toString();
            names << name;
            if (part.isEmpty() && (sheetName.isEmpty() || name == sheetName))
                part = targets.value(id);
        }
    if (sheetNames)
        *sheetNames = names;
    if (names.isEmpty()) {
        *error = tulana::tr("the workbook has no sheets");
        return std::nullopt;
    }
    if (part.isEmpty()) {
        *error = tulana::tr("the workbook has no sheet named \"%1\"; its sheets are %2")
                     .arg(sheetName, names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    QStringList shared;
    if (const std::optional<QByteArray> sst =
            zip.read(QStringLiteral("xl/sharedStrings.xml"), error))
        shared = sharedStrings(*sst);
    std::vector<bool> dates;
    if (const std::optional<QByteArray> styles =
            zip.read(QStringLiteral("xl/styles.xml"), error, kMaxSmallPartBytes))
        dates = dateStyles(*styles);
    if (!error->isEmpty())
        return std::nullopt;
    const std::optional<QByteArray> sheet = zip.read(part, error);
    if (!sheet) {
        if (error->isEmpty())
            *error = tulana::tr("the workbook's sheet %1 is missing").arg(part);
        return std::nullopt;
    }
    Cells cells;
    if (!readCells(*sheet, shared, dates, cells, error))
        return std::nullopt;
    XlsxSheet out;
    out.name = sheetName.isEmpty() ? names.first() : sheetName;
    out.table = tableOf(cells);
    return out;
}

} // namespace tulana
