#include "JsonWriter.h"
#include "ShortDecimal.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>
#include <type_traits>

namespace tulana {
namespace {

// Appends a run that needs no escape: UTF-8 as it is, or ASCII held in
// UTF-16, one byte per character.
void appendPlain(std::string& out, const char* text, std::size_t size)
{
    out.append(text, size);
}

void appendPlain(std::string& out, const char16_t* text, std::size_t size)
{
    const std::size_t at = out.size();
    out.resize(at + size);
    std::transform(text, text + size, out.begin() + std::ptrdiff_t(at),
                   [](char16_t c) { return char(c); });
}

// `text` as a JSON string: UTF-8, or UTF-16 that is all ASCII. Runs of
// characters that need no escape (nearly all of them) are copied whole: one
// append per run, not one per character, for a 100 MB report.
template <typename Char> void appendQuoted(std::string& out, std::basic_string_view<Char> text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    std::size_t plainFrom = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto u = static_cast<std::make_unsigned_t<Char>>(text[i]);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        appendPlain(out, text.data() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default: // the other control characters
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        }
    }
    appendPlain(out, text.data() + plainFrom, text.size() - plainFrom);
    out += '"';
}

} // namespace

JsonWriter::JsonWriter(Sink sink)
    : m_sink(std::move(sink))
{
    m_out.reserve(kStreamPieceBytes + kStreamPieceBytes / 4);
}

void JsonWriter::handOn()
{
    if (!m_failed && !m_out.empty() && !m_sink(m_out))
        m_failed = true;
    m_out.clear();
}

bool JsonWriter::finish()
{
    if (m_sink)
        handOn();
    return !m_failed;
}

void JsonWriter::newline()
{
    m_out += '\n';
    m_out.append(m_levels.size() * 2, ' ');
}

void JsonWriter::beforeValue()
{
    // Between two values: a place where a piece may end.
    if (m_sink && m_out.size() >= kStreamPieceBytes)
        handOn();
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    const bool first = m_empty.back() == '1';
    if (!first)
        m_out += ',';
    m_empty.back() = '0';
    if (m_levels.back() != 'i')
        newline();
    else if (!first)
        m_out += ' ';
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels += 'o';
    m_empty += '1';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels += 'a';
    m_empty += '1';
}

void JsonWriter::beginInlineArray()
{
    beforeValue();
    m_out += '[';
    m_levels += 'i';
    m_empty += '1';
}

void JsonWriter::endObject()
{
    const bool wasEmpty = m_empty.back() == '1';
    m_levels.pop_back();
    m_empty.pop_back();
    if (!wasEmpty)
        newline();
    m_out += '}';
    if (m_levels.empty())
        m_out += '\n';
}

void JsonWriter::endArray()
{
    const bool wasEmpty = m_empty.back() == '1';
    const bool wasInline = m_levels.back() == 'i';
    m_levels.pop_back();
    m_empty.pop_back();
    if (!wasEmpty && !wasInline)
        newline();
    m_out += ']';
}

void JsonWriter::key(const char* name)
{
    key(std::string_view(name));
}

void JsonWriter::key(const QString& name)
{
    const QByteArray utf8 = name.toUtf8();
    key(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

void JsonWriter::key(std::string_view utf8Name)
{
    beforeValue();
    writeUtf8String(utf8Name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::value(const QString& text)
{
    beforeValue();
    writeString(text);
}

void JsonWriter::value(double number)
{
    beforeValue();
    if (!std::isfinite(number)) { // JSON has no NaN or infinity
        m_out += "null";
        return;
    }
    char buffer[32];
    char* end = writeShortDecimal(buffer, buffer + sizeof buffer, number);
    if (!end)
        end = std::to_chars(buffer, buffer + sizeof buffer, number).ptr;
    m_out.append(buffer, end);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::writeString(const QString& text)
{
    // Nearly all of a report's text is ASCII: that is escaped straight from
    // UTF-16, without a UTF-8 copy made first (half a million strings in a
    // large report). Anything else goes through Qt's UTF-8 conversion.
    const QStringView view(text);
    const char16_t* begin = view.utf16();
    const char16_t* end = begin + view.size();
    if (std::all_of(begin, end, [](char16_t c) { return c < 0x80; })) {
        appendQuoted(m_out, std::u16string_view(begin, std::size_t(view.size())));
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    writeUtf8String(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

void JsonWriter::writeUtf8String(std::string_view utf8)
{
    appendQuoted(m_out, utf8);
}

} // namespace tulana
