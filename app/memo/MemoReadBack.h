#pragma once

#include "MemoFormat.h"
#include "memo/MemoCompare.h"
#include "memo/MemoMadeWith.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tulana {

// A memo file read back: what a reader sees of it (memo/MemoCompare.h), the
// fingerprint it prints and the record of what it was made with.
struct MemoReading
{
    MemoFormat format = MemoFormat::Markdown;
    QString fingerprint; // the 64 hex digits after "SHA-256:", empty when none
    std::optional<MemoMadeWith> madeWith;
    MemoText text;
};

// Reads a memo file's bytes in the given format:
// - PDF: the document information (title, subject, keywords) and the text of
//   each page, line by line (poppler);
// - ODT: the paragraphs of content.xml, its elements as markup, and every
//   other entry of the archive (styles, metadata, pictures) as markup; the
//   archive is read within zip::Limits;
// - HTML: the text between the tags, line by line, entities decoded; every
//   tag (with its attributes, the <meta> copy of the fingerprint among them)
//   and the style sheet as markup;
// - Markdown: every line as it is.
// Nothing, with `why` in the user's words, when the file is not a memo of
// that format Tulana can read.
std::optional<MemoReading> readMemoBytes(const QByteArray& bytes, MemoFormat format, QString* why);

} // namespace tulana
