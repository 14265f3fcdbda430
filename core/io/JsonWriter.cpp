#include "JsonWriter.h"

#include <charconv>
#include <cmath>

namespace tulana {

void JsonWriter::newline()
{
    m_out += '\n';
    m_out.append(m_levels.size() * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    if (m_empty.back() == '0')
        m_out += ',';
    m_empty.back() = '0';
    if (m_levels.back() == 'i')
        m_out += m_out.back() == '[' ? "" : " ";
    else
        newline();
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
    key(QString::fromUtf8(name));
}

void JsonWriter::key(const QString& name)
{
    beforeValue();
    writeString(name);
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
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    m_out.append(buffer, result.ptr);
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
    static const char hex[] = "0123456789abcdef";
    m_out += '"';
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
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
        default:
            if (u < 0x20) {
                m_out += "\\u00";
                m_out += hex[u >> 4];
                m_out += hex[u & 0xf];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

} // namespace tulana
