#include "Csv.h"
#include "i18n/Translate.h"

namespace tulana {
namespace {

// What a spreadsheet would run as a formula: a text starting with =, +, -,
// @, a tab or a carriage return. A text that starts with quotes before one of
// those is neutralised too, so that reading takes off exactly the one quote
// writing put on ("''=x" is read back as "'=x").
bool needsNeutralising(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    if (i >= text.size())
        return false;
    const QChar c = text[i];
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString unneutralised(const QString& field)
{
    return field.startsWith(u'\'') && needsNeutralising(QStringView(field).mid(1)) ? field.mid(1)
                                                                                   : field;
}

struct Position
{
    int line = 1;
    int column = 1;

    // Columns count characters, so the second half of a surrogate pair
    // does not move the column.
    void advance(QChar c)
    {
        if (c == u'\n' || c == u'\r') {
            ++line;
            column = 1;
        } else if (!c.isLowSurrogate()) {
            ++column;
        }
    }
};

QString located(Position at, const QString& message)
{
    return tulana::tr("line %1, column %2: %3")
        .arg(QString::number(at.line), QString::number(at.column), message);
}

// Offset of the first byte that does not start a well-formed UTF-8 sequence
// (overlong forms and surrogates included), or -1. QStringDecoder only says
// that something was wrong, not where, and the officer needs the where.
qsizetype firstInvalidUtf8(const QByteArray& bytes, qsizetype from)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = from;
    while (i < n) {
        const unsigned char lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const int length = (lead & 0xE0) == 0xC0   ? 2
                           : (lead & 0xF0) == 0xE0 ? 3
                           : (lead & 0xF8) == 0xF0 ? 4
                                                   : 0;
        if (length == 0 || i + length > n)
            return i;
        char32_t code = lead & (0x7Fu >> length); // the lead byte's payload bits
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000}; // else overlong
        if (code < smallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

Position positionAfter(const QString& text)
{
    Position at;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i; // CRLF is one line end
        at.advance(text[i]);
    }
    return at;
}

// ';' only when the header has no ',' outside quotes but has a ';'.
QChar detectSeparator(const QString& text)
{
    bool quoted = false;
    bool comma = false;
    bool semicolon = false;
    bool inHeader = false; // blank lines before the header are skipped
    for (const QChar c : text) {
        const bool lineEnd = c == u'\n' || c == u'\r';
        if (!inHeader && lineEnd)
            continue;
        inHeader = true;
        if (c == u'"')
            quoted = !quoted; // a doubled quote toggles twice: no change
        else if (!quoted && lineEnd)
            break;
        else if (!quoted && c == u',')
            comma = true;
        else if (!quoted && c == u';')
            semicolon = true;
    }
    return !comma && semicolon ? QChar(u';') : QChar(u',');
}

bool isBlank(const QString& s)
{
    for (const QChar c : s)
        if (c != u' ' && c != u'\t')
            return false;
    return true;
}

class Parser
{
public:
    explicit Parser(const QString& text)
        : m_text(text)
    {
        m_table.separator = detectSeparator(text);
    }

    std::optional<CsvTable> run(QString* errorMessage);

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote
    };

    void endField()
    {
        m_record.append(unneutralised(m_field));
        m_field.clear();
        m_state = State::FieldStart;
    }
    void endRecord();
    std::optional<CsvTable> fail(Position at, const QString& message, QString* errorMessage)
    {
        if (errorMessage)
            *errorMessage = located(at, message);
        return std::nullopt;
    }

    const QString& m_text;
    CsvTable m_table;
    bool m_haveHeader = false;
    bool m_inRecord = false;
    int m_recordLine = 0;
    QStringList m_record;
    QString m_field;
    State m_state = State::FieldStart;
};

void Parser::endRecord()
{
    endField();
    if (!m_haveHeader) {
        m_table.header = m_record;
        m_table.lineOfHeader = m_recordLine;
        m_haveHeader = true;
    } else {
        m_table.rows.append(m_record);
        m_table.lineOfRow.append(m_recordLine);
    }
    m_record.clear();
    m_inRecord = false;
}

std::optional<CsvTable> Parser::run(QString* errorMessage)
{
    const QChar separator = m_table.separator;
    Position at;
    Position openingQuote;
    for (qsizetype i = 0; i < m_text.size(); at.advance(m_text[i]), ++i) {
        const QChar c = m_text[i];
        const bool lineEnd = c == u'\n' || c == u'\r';
        if (c == u'\r' && i + 1 < m_text.size() && m_text[i + 1] == u'\n')
            ++i; // the '\n' of a CRLF; advance() then sees one line end
        if (!m_inRecord) {
            if (lineEnd)
                continue; // a blank line is no record
            m_inRecord = true;
            m_recordLine = at.line;
        }
        switch (m_state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == separator) {
                endField();
            } else if (lineEnd) {
                endRecord();
            } else if (c == u'"') {
                if (!isBlank(m_field))
                    return fail(at,
                                tulana::tr("a quote appears inside a field that does not "
                                           "start with one; put the whole field in quotes "
                                           "and write the quote twice (\"\")"),
                                errorMessage);
                m_field.clear();
                openingQuote = at;
                m_state = State::Quoted;
            } else {
                m_field.append(c);
                m_state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == u'"' && i + 1 < m_text.size() && m_text[i + 1] == u'"') {
                m_field.append(c);
                at.advance(c);
                ++i;
            } else if (c == u'"') {
                m_state = State::AfterQuote;
            } else {
                m_field.append(lineEnd ? QChar(u'\n') : c);
            }
            break;
        case State::AfterQuote:
            if (c == separator)
                endField();
            else if (lineEnd)
                endRecord();
            else if (c != u' ' && c != u'\t')
                return fail(at,
                            tulana::tr("text follows the closing quote of a field; a quote "
                                       "inside a quoted field is written twice (\"\")"),
                            errorMessage);
            break;
        }
    }
    if (m_state == State::Quoted)
        return fail(openingQuote, tulana::tr("a quoted field is not closed"), errorMessage);
    if (m_inRecord)
        endRecord(); // the last line had no line end
    return std::move(m_table);
}

} // namespace

std::optional<CsvTable> readCsv(const QByteArray& utf8, QString* errorMessage)
{
    const qsizetype start = utf8.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (const qsizetype bad = firstInvalidUtf8(utf8, start); bad >= 0) {
        const Position at = positionAfter(QString::fromUtf8(utf8.mid(start, bad - start)));
        if (errorMessage)
            *errorMessage =
                located(at, tulana::tr("the text is not valid UTF-8; save the file from the "
                                       "spreadsheet as \"CSV UTF-8\""));
        return std::nullopt;
    }
    const QString text = QString::fromUtf8(utf8.mid(start));
    return Parser(text).run(errorMessage);
}

QString csvField(QString field)
{
    if (needsNeutralising(field))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')))
        field = QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                QLatin1Char('"');
    return field;
}

} // namespace tulana
