#pragma once

#include <QByteArray>

#include <string_view>

namespace tulana {

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
