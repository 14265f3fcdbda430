// The "committee" section of a .tulana file (format version 3,
// docs/file-format.md): the members' conflict declarations, their notes
// beside marks, and the committee's moderations with the original marks;
// and the spread bands, announced with the rules in "tender.spreadBands".
#include "TenderSections.h"

#include "i18n/Translate.h"

namespace tulana {
namespace {

using json = nlohmann::json;

QDateTime readUtcTime(JsonReader& r, const json& j, const QString& path)
{
    const QString text = r.string(j, "time", path, false);
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid() || !text.endsWith(u'Z')) {
        r.fail(
            JsonReader::child(path, "time"),
            tulana::tr("\"%1\" is not a time in UTC: write it as YYYY-MM-DDThh:mm:ssZ").arg(text));
        return {};
    }
    return time;
}

template <typename Read>
void readEach(JsonReader& r, const json& j, const QString& path, const char* key, Read&& read)
{
    const QString list = JsonReader::child(path, key);
    if (!j.contains(key) || !r.isArray(j[key], list))
        return;
    for (std::size_t i = 0; i < j[key].size(); ++i) {
        const QString at = JsonReader::index(list, i);
        if (r.isObject(j[key][i], at))
            read(j[key][i], at);
    }
}

} // namespace

void readCommittee(JsonReader& r, const json& j, CommitteeRecord& out)
{
    const QString path = QStringLiteral("committee");
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(j, path, {"declarations", "notes", "moderations"});
    readEach(r, j, path, "declarations", [&](const json& d, const QString& at) {
        r.rejectUnknownKeys(d, at, {"member", "bid", "conflict", "description"});
        out.declarations.push_back({r.string(d, "member", at, true), r.string(d, "bid", at, true),
                                    r.boolean(d, "conflict", at).value_or(false),
                                    r.string(d, "description", at, false)});
    });
    readEach(r, j, path, "notes", [&](const json& n, const QString& at) {
        r.rejectUnknownKeys(n, at, {"bid", "criterion", "member", "text"});
        out.notes.push_back({r.string(n, "bid", at, true), r.string(n, "criterion", at, true),
                             r.string(n, "member", at, true), r.string(n, "text", at, true)});
    });
    readEach(r, j, path, "moderations", [&](const json& m, const QString& at) {
        r.rejectUnknownKeys(
            m, at, {"bid", "criterion", "member", "original", "moderated", "reason", "time"});
        Moderation mod;
        mod.bid = r.string(m, "bid", at, true);
        mod.criterion = r.string(m, "criterion", at, true);
        mod.member = r.string(m, "member", at, true);
        mod.original = r.number(m, "original", at, true).value_or(mod.original);
        mod.moderated = r.number(m, "moderated", at, true).value_or(mod.moderated);
        mod.reason = r.string(m, "reason", at, true);
        mod.time = readUtcTime(r, m, at);
        out.moderations.push_back(std::move(mod));
    });
}

void readSpreadBands(JsonReader& r, const json& j, const QString& path, SpreadBands& out)
{
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(j, path, {"notable", "wide"});
    out.notable = r.number(j, "notable", path, true).value_or(out.notable);
    out.wide = r.number(j, "wide", path, true).value_or(out.wide);
}

void writeSpreadBands(JsonWriter& w, const SpreadBands& bands)
{
    if (bands.isDefault())
        return;
    w.key("spreadBands");
    w.beginObject();
    w.field("notable", bands.notable);
    w.field("wide", bands.wide);
    w.endObject();
}

void writeCommittee(JsonWriter& w, const CommitteeRecord& c)
{
    if (c.declarations.empty() && c.notes.empty() && c.moderations.empty())
        return;
    w.key("committee");
    w.beginObject();
    if (!c.declarations.empty()) {
        w.key("declarations");
        w.beginArray();
        for (const ConflictDeclaration& d : c.declarations) {
            w.beginObject();
            w.field("member", d.member);
            w.field("bid", d.bid);
            w.field("conflict", d.conflict);
            if (!d.description.isEmpty())
                w.field("description", d.description);
            w.endObject();
        }
        w.endArray();
    }
    if (!c.notes.empty()) {
        w.key("notes");
        w.beginArray();
        for (const MarkNote& n : c.notes) {
            w.beginObject();
            w.field("bid", n.bid);
            w.field("criterion", n.criterion);
            w.field("member", n.member);
            w.field("text", n.text);
            w.endObject();
        }
        w.endArray();
    }
    if (!c.moderations.empty()) {
        w.key("moderations");
        w.beginArray();
        for (const Moderation& m : c.moderations) {
            w.beginObject();
            w.field("bid", m.bid);
            w.field("criterion", m.criterion);
            w.field("member", m.member);
            w.field("original", m.original);
            w.field("moderated", m.moderated);
            w.field("reason", m.reason);
            if (m.time.isValid())
                w.field("time", m.time.toUTC().toString(Qt::ISODate));
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
}

} // namespace tulana
