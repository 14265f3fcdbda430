// Reading a pack (pack.json, sources.json, the cases) and the references the
// app provides (docs/training.md, "A pack").
#include "training/TrainingJson.h"

#include "considerations/Table3.h"
#include "i18n/Translate.h"
#include "io/TenderFile.h"

#include <QDir>
#include <QFileInfo>

#include <set>

namespace tulana::training {
namespace {

using detail::json;

void prefix(Problems& problems, const QString& file, qsizetype from = 0)
{
    for (qsizetype i = from; i < problems.size(); ++i)
        problems[i].where = detail::located(file, problems[i].where);
}

// sources.json: {"format", "version", "sources": [{"key", "title", "where", "note", "hi"}]}
void readSources(const QString& path, const QString& display, std::map<QString, Source>& out,
                 Problems& problems)
{
    Problems found;
    QByteArray text;
    const auto root = detail::readJsonFile(path, display, problems, &text);
    if (!root)
        return;
    JsonReader r(found);
    std::set<QString> seen;
    if (r.isObject(*root, {})) {
        r.rejectUnknownKeys(*root, {}, {"format", "version", "about", "sources"});
        detail::checkFormat(r, *root, kSourcesFormat);
        const auto list = root->find("sources");
        if (list == root->end())
            r.fail(QStringLiteral("sources"),
                   tulana::tr("the required field \"sources\" is missing"));
        else if (r.isArray(*list, QStringLiteral("sources")))
            for (std::size_t i = 0; i < list->size(); ++i) {
                const json& j = (*list)[i];
                const QString p = JsonReader::index(QStringLiteral("sources"), i);
                if (!r.isObject(j, p))
                    continue;
                r.rejectUnknownKeys(j, p, {"key", "title", "where", "note", "hi"});
                detail::checkTranslationKeys(r, j, p, {"title", "note"});
                Source s;
                s.key = r.string(j, "key", p, true);
                s.title = detail::readTranslated(r, j, "title", p, true);
                s.where = r.string(j, "where", p, true);
                s.note = detail::readTranslated(r, j, "note", p, false);
                if (s.key.isEmpty())
                    continue;
                if (!seen.insert(s.key).second)
                    r.fail(JsonReader::child(p, "key"),
                           tulana::tr("the key \"%1\" is used twice").arg(s.key));
                out[s.key] = s; // a pack's own source replaces a bundled one of that key
            }
    }
    detail::addLines(found, detail::jsonLines(text));
    prefix(found, display);
    problems += found;
}

void readAnchors(const QString& path, std::map<QString, Anchor>& out, Problems& problems)
{
    const QString display = QStringLiteral("anchors.json");
    Problems found;
    const auto root = detail::readJsonFile(path, display, problems);
    if (!root)
        return;
    JsonReader r(found);
    if (r.isObject(*root, {})) {
        r.rejectUnknownKeys(*root, {}, {"format", "version", "about", "anchors"});
        detail::checkFormat(r, *root, kAnchorsFormat);
        const auto list = root->find("anchors");
        if (list != root->end() && r.isArray(*list, QStringLiteral("anchors")))
            for (std::size_t i = 0; i < list->size(); ++i) {
                const json& j = (*list)[i];
                const QString p = JsonReader::index(QStringLiteral("anchors"), i);
                if (!r.isObject(j, p))
                    continue;
                r.rejectUnknownKeys(j, p, {"name", "meaning", "hi"});
                detail::checkTranslationKeys(r, j, p, {"meaning"});
                Anchor a;
                a.name = r.string(j, "name", p, true);
                a.meaning = detail::readTranslated(r, j, "meaning", p, true);
                if (!a.name.isEmpty() && !out.emplace(a.name, a).second)
                    r.fail(JsonReader::child(p, "name"),
                           tulana::tr("the anchor \"%1\" is listed twice").arg(a.name));
            }
    }
    prefix(found, display);
    problems += found;
}

// The pack directory a case file sits in (<pack>/cases/<id>/case.json), if any.
QString packDirOf(const QString& caseJsonPath)
{
    QDir dir = QFileInfo(caseJsonPath).absoluteDir();
    for (int up = 0; up < 3; ++up) {
        if (dir.exists(QStringLiteral("pack.json")))
            return dir.path();
        if (!dir.cdUp())
            break;
    }
    return {};
}

// "passMark": a percentage of the pack's points, above 0 and at most 100.
// Absent is allowed (older packs); a certificate then says none was announced.
std::optional<double> readPassMark(JsonReader& r, const json& root)
{
    const std::optional<double> mark = r.number(root, "passMark", {}, false);
    if (mark && (!(*mark > 0) || *mark > 100)) {
        r.fail(QStringLiteral("passMark"),
               tulana::tr("the pass mark is a percentage of the pack's points: more than 0 "
                          "and at most 100, not %1")
                   .arg(*mark));
        return std::nullopt;
    }
    return mark;
}

} // namespace

QString bundledPackDir()
{
    return QStringLiteral(":/tulana/training");
}

References bundledReferences(Problems* problems)
{
    static const std::pair<References, Problems> bundled = [] {
        std::pair<References, Problems> b;
        readSources(bundledPackDir() + QStringLiteral("/sources.json"),
                    QStringLiteral("sources.json"), b.first.sources, b.second);
        readAnchors(bundledPackDir() + QStringLiteral("/anchors.json"), b.first.anchors, b.second);
        return b;
    }();
    if (problems)
        *problems += bundled.second;
    References references = bundled.first;
    references.considerations = table3().ids();
    return references;
}

CaseLoad loadCase(const QString& caseJsonPath, const References& references,
                  const QString& displayPath)
{
    const QString display = displayPath.isEmpty() ? caseJsonPath : displayPath;
    CaseLoad load;
    QByteArray text;
    const auto root = detail::readJsonFile(caseJsonPath, display, load.problems, &text);
    if (!root)
        return load;
    Problems found;
    Problems tenderProblems;
    JsonReader r(found);
    TrainingCase c = detail::parseCase(r, *root);
    c.file = caseJsonPath;
    Problems warnings;
    detail::checkCaseReferences(r, warnings, c, references);
    found += warnings;
    if (!c.tenderFile.isEmpty()) {
        const QString written = c.tenderFile;
        c.tenderFile = QDir::cleanPath(QFileInfo(caseJsonPath).dir().filePath(written));
        const QString tenderDisplay =
            QDir::cleanPath(QFileInfo(display).path() + QLatin1Char('/') + written);
        detail::loadAndCheckTender(r, tenderProblems, c, tenderDisplay);
    }
    detail::addLines(found, detail::jsonLines(text));
    prefix(found, display);
    load.problems += found;
    load.problems += tenderProblems;
    if (root->is_object())
        load.trainingCase = std::move(c);
    return load;
}

CaseLoad loadCase(const QString& caseJsonPath)
{
    References references = bundledReferences();
    const QString packDir = packDirOf(caseJsonPath);
    CaseLoad extra;
    if (!packDir.isEmpty() && QFileInfo::exists(packDir + QStringLiteral("/sources.json")))
        readSources(
            packDir + QStringLiteral("/sources.json"),
            QDir::cleanPath(QFileInfo(caseJsonPath).path() + QStringLiteral("/../../sources.json")),
            references.sources, extra.problems);
    CaseLoad load = loadCase(caseJsonPath, references);
    load.problems = extra.problems + load.problems;
    return load;
}

PackLoad loadPack(const QString& packDir)
{
    PackLoad load;
    const QDir dir(packDir);
    const QString packFile = QStringLiteral("pack.json");
    QByteArray packText;
    const auto root =
        detail::readJsonFile(dir.filePath(packFile), packFile, load.problems, &packText);
    if (!root)
        return load;

    References references = bundledReferences(&load.problems);
    TrainingPack pack;
    pack.dir = packDir;
    QStringList caseDirs;
    {
        Problems found;
        JsonReader r(found);
        if (!r.isObject(*root, {})) {
            prefix(found, packFile);
            load.problems += found;
            return load;
        }
        r.rejectUnknownKeys(*root, {},
                            {"format", "version", "id", "title", "about", "licence", "authors",
                             "packVersion", "issuer", "passMark", "cases", "hi"});
        detail::checkTranslationKeys(r, *root, {}, {"title", "about", "issuer"});
        detail::checkFormat(r, *root, kPackFormat);
        pack.id = r.string(*root, "id", {}, true);
        detail::checkId(r, pack.id, QStringLiteral("id"));
        pack.title = detail::readTranslated(r, *root, "title", {}, true);
        pack.about = detail::readTranslated(r, *root, "about", {}, false);
        pack.licence = r.string(*root, "licence", {}, false);
        pack.authors = r.string(*root, "authors", {}, false);
        pack.packVersion = r.string(*root, "packVersion", {}, false);
        pack.issuer = detail::readTranslated(r, *root, "issuer", {}, false);
        pack.passMark = readPassMark(r, *root);
        caseDirs = detail::readStrings(r, *root, "cases", {}, true);
        detail::addLines(found, detail::jsonLines(packText));
        prefix(found, packFile);
        load.problems += found;
    }

    // A pack's own sources.json adds to (or replaces) the bundled sources;
    // the bundled pack's is the bundled one.
    if (QDir(packDir).canonicalPath() != QDir(bundledPackDir()).canonicalPath() &&
        dir.exists(QStringLiteral("sources.json")))
        readSources(dir.filePath(QStringLiteral("sources.json")), QStringLiteral("sources.json"),
                    references.sources, load.problems);
    pack.sources = references.sources;

    std::map<QString, QString> caseIds;  // id -> where first listed
    std::map<QString, QString> listedAt; // case file -> where first listed
    const std::map<QString, int> packLines = detail::jsonLines(packText);
    // A problem of the i-th entry of "cases", with its line in pack.json.
    const auto listing = [&](qsizetype i, const QString& message) {
        Problems one{error(JsonReader::index(QStringLiteral("cases"), std::size_t(i)), message)};
        detail::addLines(one, packLines);
        prefix(one, packFile);
        load.problems += one;
    };
    for (qsizetype i = 0; i < caseDirs.size(); ++i) {
        const QString entry = caseDirs.at(i);
        const QString where =
            detail::located(packFile, JsonReader::index(QStringLiteral("cases"), std::size_t(i)));
        const QString relative = entry.endsWith(QLatin1String(".json"))
                                     ? entry
                                     : QDir::cleanPath(entry + QStringLiteral("/case.json"));
        if (const auto [it, inserted] = listedAt.emplace(relative, where); !inserted) {
            listing(i,
                    tulana::tr("the case \"%1\" is already listed at %2").arg(entry, it->second));
            continue;
        }
        if (!dir.exists(relative)) {
            listing(i, tulana::tr("no case file \"%1\"").arg(relative));
            continue;
        }
        CaseLoad c = loadCase(dir.filePath(relative), references, relative);
        load.problems += c.problems;
        if (!c.trainingCase)
            continue;
        const QString id = c.trainingCase->id;
        if (!id.isEmpty()) {
            const auto [it, inserted] = caseIds.emplace(id, where);
            if (!inserted) {
                listing(i,
                        tulana::tr("the case id \"%1\" is already used by %2").arg(id, it->second));
                continue;
            }
        }
        if (!hasErrors(c.problems))
            pack.cases.push_back(std::move(*c.trainingCase));
    }
    load.pack = std::move(pack);
    return load;
}

std::optional<Tender> loadCaseTender(const TrainingCase& trainingCase)
{
    if (trainingCase.tender)
        return trainingCase.tender;
    TenderLoad load = loadTenderFile(trainingCase.tenderFile);
    if (hasErrors(load.problems))
        return std::nullopt;
    return std::move(load.tender);
}

} // namespace tulana::training
