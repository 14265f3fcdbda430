#pragma once

#include "MemoStyle.h"
#include "memo/MemoDocument.h"

#include <QString>

#include <optional>

namespace tulana {

enum class MemoFormat
{
    Pdf,      // paginated, for signing and filing (through cairo: CairoPdfDevice.h)
    Odt,      // editable in LibreOffice or Word (QTextDocumentWriter)
    Html,     // a standalone page with print CSS
    Markdown, // plain text with tables
};

// From the file name's extension: .pdf, .odt, .html/.htm, .md.
std::optional<MemoFormat> memoFormatForPath(const QString& path);

// Writes the memo through QSaveFile: the old file survives a failure, and
// `errorMessage` says why in plain words. A PDF carries the fingerprint in
// its text and in its document information (subject and keywords).
bool exportMemo(const MemoDocument& memo, const QString& path, MemoFormat format,
                QString* errorMessage, const MemoStyle& style = {});

// The fingerprint printed in a memo file (any of the four formats): 64 hex
// digits, or empty with `errorMessage` saying why none was found.
QString readMemoFingerprint(const QString& path, QString* errorMessage);

} // namespace tulana
