#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace tulana {

// Writes JSON in one canonical layout: two-space indentation, keys in the
// order they are written, arrays of plain values on one line, numbers in
// their shortest exact form. Saving the same data always gives the same
// bytes, so project files diff cleanly and round-trip exactly.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();       // one element per line
    void beginInlineArray(); // all elements on one line
    void endArray();

    void key(const char* name); // plain ASCII names written as they are
    void key(const QString& name);
    void key(std::string_view utf8Name);
    void value(const QString& text);
    void value(double number);
    void value(bool flag);
    void value(const char*) = delete; // would silently become a bool: pass a QString
    void null();

    template <typename T> void field(const char* name, const T& v)
    {
        key(name);
        value(v);
    }

    std::string take() { return std::move(m_out); }

private:
    void beforeValue();
    void newline();
    void writeString(const QString& text);
    void writeUtf8String(std::string_view utf8);

    std::string m_out;
    std::string m_levels; // 'o' object, 'a' array, 'i' inline array
    std::string m_empty;  // '1' while the container at that depth has no element
    bool m_afterKey = false;
};

} // namespace tulana
