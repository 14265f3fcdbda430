#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace tulana {

// Writes JSON in one canonical layout: two-space indentation, keys in the
// order they are written, arrays of plain values on one line, numbers in
// their shortest exact form. Saving the same data always gives the same
// bytes, so project files diff cleanly and round-trip exactly.
//
// Built with a sink, it streams: the text is handed on in pieces of about
// kStreamPieceBytes, each ending between two values (never inside a string,
// so never inside a UTF-8 character), and the whole document is never held.
// The pieces put together are the very bytes the writer would have built.
class JsonWriter
{
public:
    // Takes one piece of the document; returns false when it could not be
    // written (a full disk, a closed pipe). The writer then drops the rest.
    using Sink = std::function<bool(std::string_view utf8)>;
    static constexpr std::size_t kStreamPieceBytes = 64 * 1024;

    JsonWriter() = default;         // builds the whole text in memory: take()
    explicit JsonWriter(Sink sink); // streams it: finish()

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

    // Streaming: hands on what is still held. False when a piece (this one
    // or an earlier one) could not be written.
    bool finish();
    // A piece could not be written: whatever follows is dropped, and a long
    // report may stop early.
    bool failed() const { return m_failed; }

private:
    void beforeValue();
    void handOn();
    void newline();
    void writeString(const QString& text);
    void writeUtf8String(std::string_view utf8);

    std::string m_out;
    std::string m_levels; // 'o' object, 'a' array, 'i' inline array
    std::string m_empty;  // '1' while the container at that depth has no element
    bool m_afterKey = false;
    Sink m_sink;
    bool m_failed = false;
};

// A document that `write(JsonWriter&)` writes, the two ways a report is
// wanted: streamed to `sink` (false when a piece could not be written), or
// whole, as bytes.
template <typename Write> bool streamJson(const JsonWriter::Sink& sink, Write&& write)
{
    JsonWriter w(sink);
    write(w);
    return w.finish();
}

template <typename Write> QByteArray wholeJson(Write&& write)
{
    JsonWriter w;
    write(w);
    const std::string text = w.take();
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace tulana
