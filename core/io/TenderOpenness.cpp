// Reading and writing the openness parts of the .tulana format: the tender's
// announced scheme ("tender.openness") and each bid's record
// ("bids[i].openness"); docs/file-format.md and docs/openness.md.
#include "TenderSections.h"

#include "i18n/Translate.h"
#include "openness/Component.h"
#include "openness/SpdxExpression.h"

namespace tulana {
namespace {

using nlohmann::json;

template <typename E>
void readKey(JsonReader& r, const json& j, const char* key, const QString& path,
             bool (*fromKey)(const QString&, E*), const QString& allowed, E* out)
{
    const QString text = r.string(j, key, path, false);
    if (!text.isEmpty() && !fromKey(text, out))
        r.fail(JsonReader::child(path, key),
               tulana::tr("\"%1\" is not allowed here: use %2").arg(text, allowed));
}

void readMarksList(JsonReader& r, const json& j, const char* listKey, const char* idKey,
                   const QString& path, std::vector<std::pair<QString, double>>& out)
{
    if (!j.contains(listKey))
        return;
    const QString listPath = JsonReader::child(path, listKey);
    if (!r.isArray(j[listKey], listPath))
        return;
    for (std::size_t i = 0; i < j[listKey].size(); ++i) {
        const QString at = JsonReader::index(listPath, i);
        const json& item = j[listKey][i];
        if (!r.isObject(item, at))
            continue;
        r.rejectUnknownKeys(item, at, {idKey, "marks"});
        out.emplace_back(r.string(item, idKey, at, true),
                         r.number(item, "marks", at, true).value_or(0.0));
    }
}

// A licence as given; one that nests parentheses past what the SPDX parser
// takes is refused here, as the import refuses it.
QString readLicence(JsonReader& r, const json& j, const char* key, const QString& path)
{
    const QString licence = r.string(j, key, path, false);
    if (openness::nestsTooDeepForSpdx(licence))
        r.fail(JsonReader::child(path, key), openness::spdxNestingMessage());
    return licence;
}

void readLicences(JsonReader& r, const json& j, const QString& path, openness::ReleaseLicences& out)
{
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(j, path, {"distribution", "code", "data", "document"});
    out.distribution = readLicence(r, j, "distribution", path);
    out.code = readLicence(r, j, "code", path);
    out.data = readLicence(r, j, "data", path);
    out.document = readLicence(r, j, "document", path);
}

void readComponents(JsonReader& r, const json& j, const QString& path,
                    openness::OpennessRecord& out)
{
    if (!r.isArray(j, path))
        return;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const QString at = JsonReader::index(path, i);
        if (!r.isObject(j[i], at))
            continue;
        r.rejectUnknownKeys(j[i], at, {"component", "state", "licence", "note", "location"});
        openness::ComponentEntry e;
        e.component = r.string(j[i], "component", at, true);
        if (!e.component.isEmpty() && !openness::ComponentCatalogue::builtIn().find(e.component))
            r.fail(
                JsonReader::child(at, "component"),
                tulana::tr("\"%1\" is not a component Tulana knows (docs/openness.md lists them)")
                    .arg(e.component));
        else if (out.entry(e.component))
            r.fail(JsonReader::child(at, "component"),
                   tulana::tr("\"%1\" is listed twice").arg(e.component));
        const QString state = r.string(j[i], "state", at, true);
        if (!state.isEmpty() && !openness::releaseStateFromKey(state, &e.state))
            r.fail(
                JsonReader::child(at, "state"),
                tulana::tr("\"%1\" is not a state: use released, partly-released, documented-only, "
                           "not-released or not-applicable")
                    .arg(state));
        e.licence = readLicence(r, j[i], "licence", at);
        e.note = r.string(j[i], "note", at, false);
        e.location = r.string(j[i], "location", at, false);
        out.components.push_back(std::move(e));
    }
}

void readIndexGrades(JsonReader& r, const json& j, const QString& path,
                     openness::OpennessRecord& out)
{
    if (!r.isArray(j, path))
        return;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const QString at = JsonReader::index(path, i);
        if (!r.isObject(j[i], at))
            continue;
        r.rejectUnknownKeys(j[i], at, {"parameter", "grade", "notes", "link", "location"});
        openness::IndexParameterGrade g;
        g.parameter = r.string(j[i], "parameter", at, true);
        readKey(r, j[i], "grade", at, &openness::indexGradeFromKey,
                QStringLiteral("open, partial, closed or not-graded"), &g.grade);
        g.notes = r.string(j[i], "notes", at, false);
        g.link = r.string(j[i], "link", at, false);
        g.location = r.string(j[i], "location", at, false);
        out.indexGrades.push_back(std::move(g));
    }
}

void readNotes(JsonReader& r, const json& j, const QString& path, QStringList& out)
{
    if (!r.isArray(j, path))
        return;
    for (std::size_t i = 0; i < j.size(); ++i) {
        if (j[i].is_string())
            out << QString::fromStdString(j[i].get<std::string>());
        else
            r.fail(JsonReader::index(path, i),
                   tulana::tr("expected text, found %1").arg(JsonReader::describe(j[i])));
    }
}

void writeIfSet(JsonWriter& w, const char* key, const QString& text)
{
    if (!text.isEmpty())
        w.field(key, text);
}

} // namespace

void readOpennessScheme(JsonReader& r, const json& j, const QString& path,
                        openness::OpennessScheme& out)
{
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(
        j, path,
        {"enabled", "basis", "maxMarks", "partialCredit", "classMarks", "outcomeMarks", "table"});
    const QString basis = r.string(j, "basis", path, true);
    if (!basis.isEmpty() && !openness::opennessBasisFromKey(basis, &out.basis))
        r.fail(JsonReader::child(path, "basis"),
               tulana::tr("\"%1\" is not a basis: use off, mof-class, outcomes or points-table")
                   .arg(basis));
    out.enabled = r.boolean(j, "enabled", path).value_or(true);
    out.maxMarks =
        r.number(j, "maxMarks", path, out.basis != openness::OpennessBasis::Off).value_or(0.0);
    out.partialCredit = r.number(j, "partialCredit", path, false).value_or(out.partialCredit);
    if (j.contains("classMarks")) {
        const QString at = JsonReader::child(path, "classMarks");
        const json& c = j["classMarks"];
        if (r.isArray(c, at)) {
            if (c.size() != 3)
                r.fail(at, tulana::tr("give three marks: for Class I, Class II and Class III"));
            for (std::size_t i = 0; i < std::min<std::size_t>(3, c.size()); ++i) {
                if (c[i].is_number())
                    out.classMarks[i] = c[i].get<double>();
                else
                    r.fail(
                        JsonReader::index(at, i),
                        tulana::tr("expected a number, found %1").arg(JsonReader::describe(c[i])));
            }
        }
    }
    std::vector<std::pair<QString, double>> items;
    readMarksList(r, j, "outcomeMarks", "outcome", path, items);
    for (auto& [id, marks] : items)
        out.outcomeMarks.push_back({id, marks});
    items.clear();
    readMarksList(r, j, "table", "component", path, items);
    for (auto& [id, marks] : items)
        out.table.push_back({id, marks});
}

void readOpennessRecord(JsonReader& r, const json& j, const QString& path,
                        openness::OpennessRecord& out)
{
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(j, path,
                        {"system", "producer", "version", "source", "sourceFile", "category",
                         "claim", "claimNote", "licences", "components", "indexGrades", "notes"});
    out.systemName = r.string(j, "system", path, false);
    out.producer = r.string(j, "producer", path, false);
    out.version = r.string(j, "version", path, false);
    readKey(r, j, "source", path, &openness::recordSourceFromKey,
            QStringLiteral("manual, model-openness-tool or osai-index"), &out.source);
    out.sourceFile = r.string(j, "sourceFile", path, false);
    readKey(r, j, "category", path, &openness::modelCategoryFromKey,
            QStringLiteral("not-stated, generative or predictive"), &out.category);
    readKey(r, j, "claim", path, &openness::opennessClaimFromKey,
            QStringLiteral("not-stated, open-source or open"), &out.claim);
    out.claimNote = r.string(j, "claimNote", path, false);
    if (j.contains("licences"))
        readLicences(r, j["licences"], JsonReader::child(path, "licences"), out.licences);
    if (j.contains("components"))
        readComponents(r, j["components"], JsonReader::child(path, "components"), out);
    if (j.contains("indexGrades"))
        readIndexGrades(r, j["indexGrades"], JsonReader::child(path, "indexGrades"), out);
    if (j.contains("notes"))
        readNotes(r, j["notes"], JsonReader::child(path, "notes"), out.notes);
}

void writeOpennessScheme(JsonWriter& w, const openness::OpennessScheme& s)
{
    if (s.isEmpty())
        return;
    w.key("openness");
    w.beginObject();
    w.field("enabled", s.enabled);
    w.field("basis", toKey(s.basis));
    w.field("maxMarks", s.maxMarks);
    w.field("partialCredit", s.partialCredit);
    w.key("classMarks");
    w.beginInlineArray();
    for (double m : s.classMarks)
        w.value(m);
    w.endArray();
    if (!s.outcomeMarks.empty()) {
        w.key("outcomeMarks");
        w.beginArray();
        for (const openness::OutcomeMarks& m : s.outcomeMarks) {
            w.beginObject();
            w.field("outcome", m.outcome);
            w.field("marks", m.marks);
            w.endObject();
        }
        w.endArray();
    }
    if (!s.table.empty()) {
        w.key("table");
        w.beginArray();
        for (const openness::ComponentMarks& m : s.table) {
            w.beginObject();
            w.field("component", m.component);
            w.field("marks", m.marks);
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
}

void writeOpennessRecord(JsonWriter& w, const openness::OpennessRecord& rec)
{
    w.key("openness");
    w.beginObject();
    writeIfSet(w, "system", rec.systemName);
    writeIfSet(w, "producer", rec.producer);
    writeIfSet(w, "version", rec.version);
    w.field("source", toKey(rec.source));
    writeIfSet(w, "sourceFile", rec.sourceFile);
    w.field("category", toKey(rec.category));
    w.field("claim", toKey(rec.claim));
    writeIfSet(w, "claimNote", rec.claimNote);
    if (!rec.licences.isEmpty()) {
        w.key("licences");
        w.beginObject();
        writeIfSet(w, "distribution", rec.licences.distribution);
        writeIfSet(w, "code", rec.licences.code);
        writeIfSet(w, "data", rec.licences.data);
        writeIfSet(w, "document", rec.licences.document);
        w.endObject();
    }
    w.key("components");
    w.beginArray();
    for (const openness::ComponentEntry& e : rec.components) {
        w.beginObject();
        w.field("component", e.component);
        w.field("state", toKey(e.state));
        writeIfSet(w, "licence", e.licence);
        writeIfSet(w, "note", e.note);
        writeIfSet(w, "location", e.location);
        w.endObject();
    }
    w.endArray();
    if (!rec.indexGrades.empty()) {
        w.key("indexGrades");
        w.beginArray();
        for (const openness::IndexParameterGrade& g : rec.indexGrades) {
            w.beginObject();
            w.field("parameter", g.parameter);
            w.field("grade", toKey(g.grade));
            writeIfSet(w, "notes", g.notes);
            writeIfSet(w, "link", g.link);
            writeIfSet(w, "location", g.location);
            w.endObject();
        }
        w.endArray();
    }
    if (!rec.notes.isEmpty()) {
        w.key("notes");
        w.beginArray();
        for (const QString& n : rec.notes)
            w.value(n);
        w.endArray();
    }
    w.endObject();
}

} // namespace tulana
