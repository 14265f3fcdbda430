#pragma once

#include "MemoFormat.h"
#include "MemoStyle.h"
#include "memo/MemoDocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tulana {

// From the file name's extension: .pdf, .odt, .html/.htm, .md.
std::optional<MemoFormat> memoFormatForPath(const QString& path);

// Writes the memo through QSaveFile: the old file survives a failure, and
// `errorMessage` says why in plain words. A PDF carries the fingerprint in
// its text and in its document information (subject and keywords).
bool exportMemo(const MemoDocument& memo, const QString& path, MemoFormat format,
                QString* errorMessage, const MemoStyle& style = {});

// The bytes of the memo file exportMemo() writes, or nothing with
// `errorMessage` saying why; verify-memo makes the memo again with this.
std::optional<QByteArray> memoFileBytes(const MemoDocument& memo, MemoFormat format,
                                        QString* errorMessage, const MemoStyle& style = {});

// The fingerprint printed in a memo file (any of the four formats): 64 hex
// digits, or empty with `errorMessage` saying why none was found.
QString readMemoFingerprint(const QString& path, QString* errorMessage);

} // namespace tulana
