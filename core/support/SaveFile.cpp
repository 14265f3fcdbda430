#include "SaveFile.h"
#include "i18n/Translate.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tulana {

namespace {

// Writes all of `contents`, or fails with the device's error set. A write
// that runs out of room part-way (a full disk, a file size limit) returns a
// short count with no error recorded, and the message would read "Unknown
// error"; writing the rest then fails at once and records why ("No space left
// on device", "File too large").
bool writeWhole(QFileDevice& file, const QByteArray& contents)
{
    qint64 written = 0;
    while (written < contents.size()) {
        const qint64 n = file.write(contents.constData() + written, contents.size() - written);
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

// A device or a pipe (/dev/stdout, a FIFO) is written in place: a new file
// renamed over it would replace the device itself, and there is no old
// content to keep.
bool writeInPlace(const QString& path, const QByteArray& contents, QString* errorMessage)
{
    QFile file(path);
    const auto fail = [&] {
        if (errorMessage)
            *errorMessage = tulana::tr("Could not save %1: %2").arg(path, file.errorString());
        return false;
    };
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail();
    if (!writeWhole(file, contents) || !file.flush())
        return fail();
    file.close();
    return file.error() == QFileDevice::NoError || fail();
}

} // namespace

bool saveFileAtomically(const QString& path, const QByteArray& contents, QString* errorMessage)
{
    const QFileInfo target(path);
    if (target.exists() && !target.isFile() && !target.isDir())
        return writeInPlace(path, contents, errorMessage);
    QSaveFile file(path);
    const auto fail = [&] {
        if (errorMessage)
            *errorMessage = tulana::tr("Could not save %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    };
    // Unbuffered: a buffered write "succeeds" into memory, and a flush at
    // the commit that runs out of room part-way went unnoticed: QSaveFile
    // renamed the cut-off file over the old one and reported success.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail();
    if (!writeWhole(file, contents) || !file.flush())
        return fail();
    if (!file.commit())
        return fail();
    return true;
}

} // namespace tulana
