#pragma once

#include <QByteArray>
#include <QString>

namespace tulana {

// The one way Tulana writes a file: through QSaveFile, so the old file is
// replaced only once the new one is completely on disk. On failure the old
// file is untouched and `errorMessage` says why in plain words.
bool saveFileAtomically(const QString& path, const QByteArray& contents, QString* errorMessage);

} // namespace tulana
