// The "process" section of a .tulana file (format version 2,
// docs/file-format.md): signers, the envelope key and its shares, the sealed
// financial envelopes and the signed log. Keys, ciphertexts and signatures
// are written in base64, digests in hex (as sha256sum prints them).
#include "TenderSections.h"

#include "i18n/Translate.h"

#include <QRegularExpression>

namespace tulana {
namespace {

using json = nlohmann::json;

// Bytes written as text, with the length they must have (0: any, but not
// empty; -1: may be empty).
QByteArray readBytes(JsonReader& r, const json& j, const char* key, const QString& path, bool hex,
                     int size, bool required = true)
{
    const QString text = r.string(j, key, path, required);
    if (text.isEmpty())
        return {};
    const QByteArray latin = text.toLatin1();
    QByteArray bytes;
    bool ok = true;
    if (hex) {
        static const QRegularExpression digits(QStringLiteral("^[0-9a-f]*$"));
        ok = latin.size() % 2 == 0 && digits.match(text).hasMatch();
        bytes = QByteArray::fromHex(latin);
    } else {
        const auto decoded =
            QByteArray::fromBase64Encoding(latin, QByteArray::AbortOnBase64DecodingErrors);
        ok = bool(decoded);
        bytes = decoded.decoded;
    }
    if (!ok) {
        r.fail(JsonReader::child(path, key),
               hex ? tulana::tr("is not written in hexadecimal digits (0-9, a-f)")
                   : tulana::tr("is not written in base64"));
        return {};
    }
    if (size > 0 && bytes.size() != size) {
        r.fail(JsonReader::child(path, key),
               tulana::tr("has %1 bytes where %2 are expected").arg(bytes.size()).arg(size));
        return {};
    }
    return bytes;
}

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

void readEntry(JsonReader& r, const json& j, const QString& path, ProcessRecord::Entry& e)
{
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(j, path,
                        {"sequence", "time", "actor", "kind", "summary", "reason", "digest",
                         "previous", "signature"});
    e.sequence = r.integer(j, "sequence", path, true).value_or(0);
    const QString time = r.string(j, "time", path, true);
    e.time = QDateTime::fromString(time, Qt::ISODate);
    if (!time.isEmpty() && (!e.time.isValid() || !time.endsWith(u'Z')))
        r.fail(
            JsonReader::child(path, "time"),
            tulana::tr("\"%1\" is not a time in UTC: write it as YYYY-MM-DDThh:mm:ssZ").arg(time));
    e.actor = r.string(j, "actor", path, true);
    e.kind = r.string(j, "kind", path, true);
    e.summary = r.string(j, "summary", path, true);
    e.reason = r.string(j, "reason", path, false);
    e.digest = readBytes(r, j, "digest", path, true, 32, false);
    e.previous = readBytes(r, j, "previous", path, true, 32);
    e.signature = readBytes(r, j, "signature", path, false, 64);
}

} // namespace

void readProcess(JsonReader& r, const json& j, ProcessRecord& out)
{
    const QString path = QStringLiteral("process");
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(
        j, path, {"signers", "envelopeKey", "threshold", "shares", "envelopes", "sheets", "log"});
    const auto each = [&](const char* key, auto&& read) {
        const QString list = JsonReader::child(path, key);
        if (!j.contains(key) || !r.isArray(j[key], list))
            return;
        for (std::size_t i = 0; i < j[key].size(); ++i)
            read(j[key][i], JsonReader::index(list, i));
    };
    each("signers", [&](const json& s, const QString& at) {
        if (!r.isObject(s, at))
            return;
        r.rejectUnknownKeys(s, at, {"actor", "signingKey"});
        out.signers.push_back(
            {r.string(s, "actor", at, true), readBytes(r, s, "signingKey", at, false, 32)});
    });
    out.envelopeKey = readBytes(r, j, "envelopeKey", path, false, 32, false);
    out.threshold = r.integer(j, "threshold", path, false).value_or(0);
    each("shares", [&](const json& s, const QString& at) {
        if (!r.isObject(s, at))
            return;
        r.rejectUnknownKeys(s, at, {"member", "number", "sealed"});
        out.shares.push_back({r.string(s, "member", at, true),
                              r.integer(s, "number", at, true).value_or(0),
                              readBytes(r, s, "sealed", at, false, 0)});
    });
    each("envelopes", [&](const json& s, const QString& at) {
        if (!r.isObject(s, at))
            return;
        r.rejectUnknownKeys(s, at, {"bid", "sealed"});
        out.envelopes.push_back(
            {r.string(s, "bid", at, true), readBytes(r, s, "sealed", at, false, 0)});
    });
    each("sheets", [&](const json& s, const QString& at) {
        if (!r.isObject(s, at))
            return;
        r.rejectUnknownKeys(s, at, {"member", "bytes"});
        out.sheets.push_back(
            {r.string(s, "member", at, true), readBytes(r, s, "bytes", at, false, 0)});
    });
    each("log", [&](const json& s, const QString& at) {
        ProcessRecord::Entry e;
        readEntry(r, s, at, e);
        out.log.push_back(std::move(e));
    });
}

void writeProcess(JsonWriter& w, const ProcessRecord& p)
{
    if (!p.isRecorded())
        return;
    w.key("process");
    w.beginObject();
    w.key("signers");
    w.beginArray();
    for (const ProcessRecord::Signer& s : p.signers) {
        w.beginObject();
        w.field("actor", s.actor);
        w.field("signingKey", base64(s.signingKey));
        w.endObject();
    }
    w.endArray();
    if (!p.envelopeKey.isEmpty())
        w.field("envelopeKey", base64(p.envelopeKey));
    if (p.threshold > 0)
        w.field("threshold", double(p.threshold));
    w.key("shares");
    w.beginArray();
    for (const ProcessRecord::KeyShare& s : p.shares) {
        w.beginObject();
        w.field("member", s.member);
        w.field("number", double(s.number));
        w.field("sealed", base64(s.sealed));
        w.endObject();
    }
    w.endArray();
    w.key("envelopes");
    w.beginArray();
    for (const ProcessRecord::Envelope& e : p.envelopes) {
        w.beginObject();
        w.field("bid", e.bid);
        w.field("sealed", base64(e.sealed));
        w.endObject();
    }
    w.endArray();
    if (!p.sheets.empty()) { // absent until a sheet is received: older files stay as they were
        w.key("sheets");
        w.beginArray();
        for (const ProcessRecord::Sheet& s : p.sheets) {
            w.beginObject();
            w.field("member", s.member);
            w.field("bytes", base64(s.bytes));
            w.endObject();
        }
        w.endArray();
    }
    w.key("log");
    w.beginArray();
    for (const ProcessRecord::Entry& e : p.log) {
        w.beginObject();
        w.field("sequence", double(e.sequence));
        w.field("time", e.time.toUTC().toString(Qt::ISODate));
        w.field("actor", e.actor);
        w.field("kind", e.kind);
        w.field("summary", e.summary);
        if (!e.reason.isEmpty())
            w.field("reason", e.reason);
        if (!e.digest.isEmpty())
            w.field("digest", hex(e.digest));
        w.field("previous", hex(e.previous));
        w.field("signature", base64(e.signature));
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace tulana
