#include "InputFile.h"

#include "i18n/Translate.h"

#include <QFile>

#include <algorithm>
#include <cstdint>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace tulana {
namespace {

// Asks the kernel to back the 2 MB-aligned part of a large buffer with huge
// pages. Every first touch of a 4 KB page costs a fault, more so on a
// virtual machine, and a 22 MB tender's buffer took about 5,600 of them
// (docs/performance.md, "Page faults"). Only a hint: where the kernel's
// transparent huge pages are off, or the call fails, nothing changes. For a
// buffer just reserved, whose data() starts its allocation and whose
// capacity() lies inside it. Where glibc served it from the heap (after a
// larger block was freed), that stretch of the heap keeps the hint: at most
// a few MB more resident, once the kernel merges pages.
void preferHugePages(char* data, qsizetype size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t huge = 2 * 1024 * 1024;
    const std::uintptr_t start = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t begin = (start + huge - 1) & ~(huge - 1);
    const std::uintptr_t end = (start + std::uintptr_t(size)) & ~(huge - 1);
    if (end > begin)
        ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(size);
#endif
}

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
    if (!file.isSequential()) {
        bytes.reserve(qsizetype(file.size() + spare));
        preferHugePages(bytes.data(), bytes.capacity());
    }
    // A regular file is read in steps of its size, not of a fixed 1 MB: most
    // files read are a few kilobytes, and under ASan a fresh megabyte for
    // each cost more than reading them (a fuzzing run of training cases ran
    // twice as fast without it).
    constexpr qint64 largestChunk = 1024 * 1024;
    constexpr qint64 smallestChunk = 4 * 1024; // a file whose size reads 0 (/proc) still has bytes
    const qint64 chunk =
        file.isSequential() ? largestChunk : std::clamp(file.size(), smallestChunk, largestChunk);
    QByteArray buffer(qsizetype(chunk), Qt::Uninitialized);
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
