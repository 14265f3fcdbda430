#include "JsonWriter.h"
#include "ShortDecimal.h"

#include <charconv>
#include <cmath>

namespace tulana {

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
    const QByteArray utf8 = text.toUtf8();
    writeUtf8String(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

void JsonWriter::writeUtf8String(std::string_view utf8)
{
    static const char hex[] = "0123456789abcdef";
    m_out += '"';
    // Runs of characters that need no escape (nearly all of them) are copied
    // whole: one append per run, not one per byte, for a 100 MB report.
    std::size_t plainFrom = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(utf8.data() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\t':
            m_out += "\\t";
            break;
        case '\r':
            m_out += "\\r";
            break;
        default: // the other control characters
            m_out += "\\u00";
            m_out += hex[u >> 4];
            m_out += hex[u & 0xf];
        }
    }
    m_out.append(utf8.data() + plainFrom, utf8.size() - plainFrom);
    m_out += '"';
}

} // namespace tulana
