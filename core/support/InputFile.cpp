#include "InputFile.h"

#include "i18n/Translate.h"

#include <QFile>

#include <algorithm>

namespace tulana {
namespace {

QString tooLarge(qint64 limit)
{
    return tulana::tr("holds more than %1 MB, the most Tulana reads from a file of this kind "
                      "(docs/reliability.md, \"Limits on input\"): is it the right file?")
        .arg(limit / kMebibyte);
}

} // namespace

std::optional<QByteArray> readInputFile(const QString& path, qint64 limit, QString* errorMessage,
                                        qint64 spare)
{
    const auto fail = [&](const QString& why) {
        if (errorMessage)
            *errorMessage = why;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(tulana::tr("cannot be opened: %1").arg(file.errorString()));
    if (!file.isSequential() && file.size() > limit)
        return fail(tooLarge(limit));
    QByteArray bytes;
    // A regular file's size is known: one allocation, no copy on growth.
    if (!file.isSequential())
        bytes.reserve(qsizetype(file.size() + spare));
    constexpr qint64 chunk = 1024 * 1024;
    QByteArray buffer(chunk, Qt::Uninitialized);
    for (;;) {
        // One byte past the limit tells a file of exactly `limit` bytes
        // from a larger one.
        const qint64 want = std::min(chunk, limit + 1 - qint64(bytes.size()));
        const qint64 got = file.read(buffer.data(), want);
        if (got < 0)
            return fail(tulana::tr("cannot be read: %1").arg(file.errorString()));
        if (got == 0)
            break;
        bytes.append(buffer.constData(), qsizetype(got));
        if (bytes.size() > limit)
            return fail(tooLarge(limit));
    }
    if (bytes.capacity() - bytes.size() < spare)
        bytes.reserve(bytes.size() + qsizetype(spare));
    return bytes;
}

} // namespace tulana
