#include "VisibleControls.h"

#include <algorithm>

namespace tulana {
namespace {

// 0xC2 leads the two-byte UTF-8 of U+0080 to U+00BF; the C1 controls are
// those whose second byte is 0x80 to 0x9F.
constexpr unsigned char kLeadOfC1 = 0xC2;

// Tab and line feed lay the reports out; as bytes, C1 controls are two
// (kLeadOfC1, then a continuation byte).
bool isC0OrDel(unsigned char c)
{
    return c < 0x80 && isControlCharacter(c) && c != '\t' && c != '\n';
}

bool needsLook(unsigned char c)
{
    return isC0OrDel(c) || c == kLeadOfC1;
}

bool isC1Continuation(unsigned char c)
{
    return c >= 0x80 && c <= 0x9F;
}

// How `c` is shown (controlShownAs), in UTF-8: three bytes, as every
// character from U+0800 to U+FFFF.
void appendShown(QByteArray& out, char16_t c)
{
    const char16_t shown = controlShownAs(c);
    out.append(char(0xE0 | (shown >> 12)));
    out.append(char(0x80 | ((shown >> 6) & 0x3F)));
    out.append(char(0x80 | (shown & 0x3F)));
}

// The first byte from `p` on that must change: a C0 control or DEL, the
// lead byte of a C1 control, or a lead byte whose second byte is still to
// come. Other characters from U+0080 to U+00BF (a no-break space, ©) share
// the lead byte and pass.
const unsigned char* firstToChange(const unsigned char* p, const unsigned char* end)
{
    for (;;) {
        p = std::find_if(p, end, needsLook);
        if (p == end || *p != kLeadOfC1 || p + 1 == end || isC1Continuation(p[1]))
            return p;
        // The rest of U+0080 to U+00BF is passed whole; a lead byte followed
        // by anything else (text that is not UTF-8) is passed alone, so
        // that what follows it is still looked at.
        p += p[1] >= 0xA0 && p[1] <= 0xBF ? 2 : 1;
    }
}

} // namespace

qsizetype firstControlCharacter(const QString& text)
{
    const auto at = std::find_if(text.cbegin(), text.cend(),
                                 [](QChar c) { return isControlCharacter(c.unicode()); });
    return at == text.cend() ? -1 : at - text.cbegin();
}

QString controlsShown(QString text)
{
    for (QChar& c : text) {
        const char16_t u = c.unicode();
        if (isControlCharacter(u))
            c = QChar(controlShownAs(u));
    }
    return text;
}

std::string_view VisibleControls::filter(std::string_view utf8)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(utf8.data());
    const auto* end = begin + utf8.size();
    const auto* first = firstToChange(begin, end);
    if (first == end && (!m_heldLeadByte || begin == end))
        return utf8; // an empty piece keeps a held lead byte held

    m_buffer.clear();
    const auto* p = begin;
    if (m_heldLeadByte) {
        m_heldLeadByte = false;
        if (p != end && isC1Continuation(*p)) {
            appendShown(m_buffer, *p); // the second byte is the code point
            ++p;
        } else {
            m_buffer.append(char(kLeadOfC1));
        }
        first = firstToChange(p, end);
    }
    while (p != end) {
        m_buffer.append(reinterpret_cast<const char*>(p), first - p);
        if (first == end)
            break;
        const unsigned char c = *first;
        p = first + 1;
        if (c != kLeadOfC1) {
            appendShown(m_buffer, c);
        } else if (p == end) {
            m_heldLeadByte = true; // its second byte is in the next piece
        } else if (isC1Continuation(*p)) {
            appendShown(m_buffer, *p);
            ++p;
        } else {
            m_buffer.append(char(c));
        }
        first = firstToChange(p, end);
    }
    return std::string_view(m_buffer.constData(), std::size_t(m_buffer.size()));
}

QByteArray VisibleControls::finish()
{
    if (!m_heldLeadByte)
        return {};
    m_heldLeadByte = false;
    return QByteArray(1, char(kLeadOfC1));
}

} // namespace tulana
