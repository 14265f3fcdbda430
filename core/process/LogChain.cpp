#include "LogChain.h"

#include "crypto/Digest.h"
#include "crypto/Signing.h"
#include "support/JsonWriter.h"

#include <algorithm>

namespace tulana::process {

QByteArray entryBytes(const ProcessRecord::Entry& e)
{
    // Written by hand in a fixed order, so the bytes never depend on a
    // library's choice of key order or number format.
    JsonWriter w;
    w.beginObject();
    w.field("format", QStringLiteral("tulana-log-entry"));
    w.field("sequence", double(e.sequence));
    w.field("time", e.time.toUTC().toString(Qt::ISODate));
    w.field("actor", e.actor);
    w.field("kind", e.kind);
    w.field("summary", e.summary);
    w.field("reason", e.reason);
    w.field("digest", QString::fromLatin1(e.digest.toHex()));
    w.field("previous", QString::fromLatin1(e.previous.toHex()));
    w.endObject();
    const std::string out = w.take();
    return QByteArray(out.data(), qsizetype(out.size()));
}

QByteArray leafHash(const ProcessRecord::Entry& entry)
{
    return crypto::sha256(QByteArray(QByteArray(1, '\x00') + entryBytes(entry)));
}

QByteArray nextHead(const QByteArray& previousHead, const QByteArray& leaf)
{
    return crypto::sha256(QByteArray(QByteArray(1, '\x01') + previousHead + leaf));
}

QByteArray emptyHead()
{
    return QByteArray(32, '\0');
}

QByteArray headOf(const std::vector<ProcessRecord::Entry>& log, std::size_t size)
{
    QByteArray head = emptyHead();
    for (std::size_t i = 0; i < size && i < log.size(); ++i)
        head = nextHead(head, leafHash(log[i]));
    return head;
}

void appendEntry(ProcessRecord& record, ProcessRecord::Entry entry,
                 const crypto::SecretBytes& actorSecretKey)
{
    entry.sequence = int(record.log.size()) + 1;
    // From the last entry alone: appending stays constant time however long
    // the log (the log is verified when read, not on every append).
    entry.previous = record.log.empty()
                         ? emptyHead()
                         : nextHead(record.log.back().previous, leafHash(record.log.back()));
    entry.signature = crypto::sign(actorSecretKey, entryBytes(entry));
    record.log.push_back(std::move(entry));
}

QString checkpointText(const std::vector<ProcessRecord::Entry>& log)
{
    return QStringLiteral("%1:%2")
        .arg(log.size())
        .arg(QString::fromLatin1(headOf(log, log.size()).toHex()));
}

std::optional<Checkpoint> parseCheckpoint(const QString& text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const qulonglong size = text.left(colon).toULongLong(&ok);
    const QByteArray hex = text.mid(colon + 1).trimmed().toLower().toLatin1();
    static const QByteArray digits("0123456789abcdef");
    if (!ok || hex.size() != 64 ||
        !std::all_of(hex.begin(), hex.end(), [](char c) { return digits.contains(c); }))
        return std::nullopt;
    return Checkpoint{std::size_t(size), QByteArray::fromHex(hex)};
}

} // namespace tulana::process
