#include "SaveFile.h"
#include "i18n/Translate.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tulana {

namespace {

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
    if (file.write(contents) != contents.size() || !file.flush())
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
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    if (file.write(contents) != contents.size())
        return fail();
    if (!file.commit())
        return fail();
    return true;
}

} // namespace tulana
