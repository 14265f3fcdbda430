#include "MemoZip.h"

#include "i18n/Translate.h"

#include <QtEndian>

#include <algorithm>

#include <zlib.h>

namespace tulana::zip {
namespace {

quint32 le32(const QByteArray& data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}
quint16 le16(const QByteArray& data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}
void put32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}
void put16(QByteArray& out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

// ZIP stores DEFLATE without zlib's header and checksum: window bits −15.
// Inflates at most `size` bytes, in steps, so that memory grows with what
// the data really holds, never with what the header claims; a stream that
// holds more, or less, than `size` is refused.
std::optional<QByteArray> inflateRaw(const QByteArray& in, qsizetype size)
{
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return std::nullopt;
    constexpr qsizetype kStep = 1024 * 1024;
    QByteArray out;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    z.avail_in = uInt(in.size());
    int status = Z_OK;
    char probe = 0; // one byte past the declared size: is there more?
    while (status == Z_OK) {
        const qsizetype done = out.size();
        const qsizetype step = std::min(kStep, size - done);
        if (step > 0) {
            out.resize(done + step);
            z.next_out = reinterpret_cast<Bytef*>(out.data() + done);
            z.avail_out = uInt(step);
        } else {
            z.next_out = reinterpret_cast<Bytef*>(&probe);
            z.avail_out = 1;
        }
        status = inflate(&z, Z_NO_FLUSH);
        out.resize(done + (step > 0 ? step - qsizetype(z.avail_out) : 0));
        if (step == 0 && z.avail_out == 0)
            break; // more than declared
        if (status == Z_BUF_ERROR && z.avail_in == 0)
            break; // the data ended before the stream did
    }
    inflateEnd(&z);
    if (status != Z_STREAM_END || out.size() != size)
        return std::nullopt;
    return out;
}

QByteArray deflateRaw(const QByteArray& in)
{
    z_stream z{};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(in.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

} // namespace

std::optional<std::vector<Entry>> read(const QByteArray& zip, QString* why, const Limits& limits)
{
    const auto refuse = [&](const QString& reason) -> std::optional<std::vector<Entry>> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const auto damaged = [&] { return refuse(tulana::tr("it is not a whole ZIP archive")); };
    // The end-of-central-directory record: 22 bytes and a comment of up to 64 KiB.
    qsizetype end = zip.size() - 22;
    while (end >= 0 && end >= zip.size() - 22 - 0xffff && le32(zip, end) != 0x06054b50)
        --end;
    if (end < 0 || le32(zip, end) != 0x06054b50)
        return damaged();
    const int count = le16(zip, end + 10);
    if (count > limits.maxEntries)
        return refuse(tulana::tr("it has %1 entries, more than the %2 a memo may have")
                          .arg(count)
                          .arg(limits.maxEntries));
    qsizetype at = le32(zip, end + 16);
    qsizetype total = 0;
    const auto mb = [](qsizetype bytes) { return QString::number(bytes / (1024 * 1024)); };
    std::vector<Entry> entries;
    for (int i = 0; i < count; ++i) {
        if (at < 0 || at + 46 > zip.size() || le32(zip, at) != 0x02014b50)
            return damaged();
        const quint16 method = le16(zip, at + 10);
        const quint32 packed = le32(zip, at + 20);
        const quint32 size = le32(zip, at + 24);
        const quint16 nameLength = le16(zip, at + 28);
        const quint16 extra = le16(zip, at + 30);
        const quint16 comment = le16(zip, at + 32);
        const qsizetype local = le32(zip, at + 42);
        Entry e;
        e.name = zip.mid(at + 46, nameLength);
        const QString name = QString::fromUtf8(e.name);
        if (qsizetype(size) > limits.maxEntryBytes)
            return refuse(tulana::tr("its entry \u201c%1\u201d would be %2 MB uncompressed, more "
                                     "than the %3 MB an entry may have")
                              .arg(name, mb(size), mb(limits.maxEntryBytes)));
        if (total + qsizetype(size) > limits.maxTotalBytes)
            return refuse(tulana::tr("its entries would be more than %1 MB uncompressed")
                              .arg(mb(limits.maxTotalBytes)));
        if (local + 30 > zip.size() || le32(zip, local) != 0x04034b50)
            return damaged();
        const qsizetype data = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
        if (data + qsizetype(packed) > zip.size())
            return damaged();
        const QByteArray bytes = zip.mid(data, packed);
        if (method == 0) {
            if (packed != size)
                return damaged();
            e.data = bytes;
            e.compress = false;
        } else if (method == 8) {
            const auto inflated = inflateRaw(bytes, size);
            if (!inflated)
                return refuse(
                    tulana::tr("its entry \u201c%1\u201d does not hold the %2 bytes its header "
                               "declares")
                        .arg(name)
                        .arg(size));
            e.data = *inflated;
        } else {
            return refuse(tulana::tr("its entry \u201c%1\u201d is compressed in a way Tulana "
                                     "does not read (method %2)")
                              .arg(name)
                              .arg(method));
        }
        total += e.data.size();
        entries.push_back(std::move(e));
        at += 46 + nameLength + extra + comment;
    }
    return entries;
}

QByteArray write(const std::vector<Entry>& entries)
{
    QByteArray out;
    QByteArray directory;
    for (const Entry& e : entries) {
        const QByteArray packed = e.compress ? deflateRaw(e.data) : e.data;
        const quint16 method = e.compress ? 8 : 0;
        const auto crc = quint32(
            crc32(0, reinterpret_cast<const Bytef*>(e.data.constData()), uInt(e.data.size())));
        const auto offset = quint32(out.size());
        const auto header = [&](QByteArray& to, bool central) {
            put32(to, central ? 0x02014b50 : 0x04034b50);
            if (central)
                put16(to, 20); // made by
            put16(to, 20);     // needed to extract: 2.0
            put16(to, 0);      // flags
            put16(to, method);
            put16(to, 0);    // time
            put16(to, 0x21); // date: 1980-01-01, so the same memo gives the same bytes
            put32(to, crc);
            put32(to, quint32(packed.size()));
            put32(to, quint32(e.data.size()));
            put16(to, quint16(e.name.size()));
            put16(to, 0); // extra
            if (central) {
                put16(to, 0); // comment
                put16(to, 0); // disk
                put16(to, 0); // internal attributes
                put32(to, 0); // external attributes
                put32(to, offset);
            }
            to.append(e.name);
        };
        header(out, false);
        out.append(packed);
        header(directory, true);
    }
    const auto directoryOffset = quint32(out.size());
    out.append(directory);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

} // namespace tulana::zip
