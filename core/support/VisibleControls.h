#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>

namespace tulana {

// A control character: C0 (U+0000 to U+001F), DEL, C1 (U+0080 to U+009F).
constexpr bool isControlCharacter(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

// How a control character is shown: its control picture for C0 and DEL
// (U+2400 + c, U+2421), U+FFFD for C1 (which has no pictures).
constexpr char16_t controlShownAs(char16_t c)
{
    return c < 0x20 ? char16_t(0x2400 + c) : c == 0x7F ? char16_t(0x2421) : char16_t(0xFFFD);
}

// Where the first control character in `text` is, or -1. An id holds none:
// it is typed on one line, and no screen or memo would show one as typed.
qsizetype firstControlCharacter(const QString& text);

// `text` for a message that quotes it on one line: every control character
// (tab and line feed too) as its control picture, or U+FFFD for C1.
QString controlsShown(QString text);

// Text from a file reaches a terminal through Tulana's plain-text output: a
// bidder's name in `score`'s table, a criterion id in a problem on stderr.
// A control character in it (an ESC starting a terminal's escape sequence, a
// carriage return that lets the rest of a line overwrite its start, a BEL)
// would act on the terminal instead of showing: retitle the window, hide or
// recolour what follows. So on the way out each is shown as a visible
// stand-in, as typed and never run: a C0 control (U+0000 to U+001F) and DEL
// as its Unicode control picture (ESC as "␛", U+241B; CR as "␍"), a C1
// control (U+0080 to U+009F, which some terminals also obey) as U+FFFD.
// Tab and line feed pass: the reports are laid out with them.
//
// The output is UTF-8 and arrives in pieces; a C1 control split across two
// pieces is recognised all the same.
class VisibleControls
{
public:
    // `utf8` as it is to be written, with its control characters replaced.
    // Returns `utf8` itself when it holds none (the usual case: no copy).
    std::string_view filter(std::string_view utf8);
    // What is held back at the end of the last piece (a lone lead byte),
    // to be written when nothing follows.
    QByteArray finish();

private:
    QByteArray m_buffer;
    bool m_heldLeadByte = false; // the last piece ended in 0xC2
};

} // namespace tulana
