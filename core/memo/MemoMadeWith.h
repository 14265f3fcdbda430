#pragma once

#include "memo/MemoBuilder.h"

#include <QString>

#include <optional>

namespace tulana {

// What a memo was made with that the tender file does not say: its
// language, its date, the tender file's name printed in it, and the version
// of Tulana. Written into every memo (the PDF's keywords, the ODT's
// meta.xml, an HTML <meta>, a Markdown comment) so that verify-memo can make
// the same memo again from the tender and compare what a reader sees; the
// record is itself checked by that regeneration (a memo whose record says
// "hi" but whose text is English does not match).
struct MemoMadeWith
{
    MemoOptions options; // language, date and source file as used
    QString version;     // TULANA_VERSION of the program that wrote the memo
};

// The label that starts the record in every format; never translated.
inline constexpr const char* kMadeWithLabel = "tulana-memo-made-with:";

// "tulana-memo-made-with:language=en&date=2026-03-20&source=x.tulana&version=0.1.0",
// each value percent-encoded so that the record is one word of ASCII.
QString madeWithRecord(const MemoMadeWith& madeWith);

// The record found after kMadeWithLabel in `text`, or nothing when there is
// none or it is malformed (unknown language, a date not YYYY-MM-DD).
std::optional<MemoMadeWith> findMadeWith(const QString& text);

// The memo made again with what the record says, from the tender as it is:
// what verify-memo compares a memo with.
MemoDocument regenerateMemo(const Tender& tender, const MemoMadeWith& madeWith);

} // namespace tulana
