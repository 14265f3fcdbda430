// The training readers take paths, not bytes: the input is written to a file
// in a folder the harness makes once (and removes at exit).
#pragma once

#include "FuzzInput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace tulana::fuzz {

inline const QTemporaryDir& scratch()
{
    static const QTemporaryDir dir;
    if (!dir.isValid())
        fail("no temporary folder");
    return dir;
}

// Writes `content` to `relativePath` in the scratch folder; returns its path.
inline QString writeScratch(const QString& relativePath, const QByteArray& content)
{
    const QString path = scratch().filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(content) != content.size())
        fail("cannot write the scratch file");
    return path;
}

} // namespace tulana::fuzz
