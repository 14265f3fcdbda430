#include "MemoZip.h"

#include <QtEndian>

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
std::optional<QByteArray> inflateRaw(const QByteArray& in, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return std::nullopt;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int status = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    if (status != Z_STREAM_END || qsizetype(z.total_out) != size)
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

std::optional<std::vector<Entry>> read(const QByteArray& zip)
{
    // The end-of-central-directory record: 22 bytes and a comment of up to 64 KiB.
    qsizetype end = zip.size() - 22;
    while (end >= 0 && end >= zip.size() - 22 - 0xffff && le32(zip, end) != 0x06054b50)
        --end;
    if (end < 0 || le32(zip, end) != 0x06054b50)
        return std::nullopt;
    const int count = le16(zip, end + 10);
    qsizetype at = le32(zip, end + 16);
    std::vector<Entry> entries;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > zip.size() || le32(zip, at) != 0x02014b50)
            return std::nullopt;
        const quint16 method = le16(zip, at + 10);
        const quint32 packed = le32(zip, at + 20);
        const quint32 size = le32(zip, at + 24);
        const quint16 nameLength = le16(zip, at + 28);
        const quint16 extra = le16(zip, at + 30);
        const quint16 comment = le16(zip, at + 32);
        const qsizetype local = le32(zip, at + 42);
        Entry e;
        e.name = zip.mid(at + 46, nameLength);
        if (local + 30 > zip.size() || le32(zip, local) != 0x04034b50)
            return std::nullopt;
        const qsizetype data = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
        if (data + qsizetype(packed) > zip.size())
            return std::nullopt;
        const QByteArray bytes = zip.mid(data, packed);
        if (method == 0) {
            e.data = bytes;
            e.compress = false;
        } else if (method == 8) {
            const auto inflated = inflateRaw(bytes, size);
            if (!inflated)
                return std::nullopt;
            e.data = *inflated;
        } else {
            return std::nullopt;
        }
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
