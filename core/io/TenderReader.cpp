// Reading the .tulana format (docs/file-format.md).
#include "TenderFile.h"
#include "i18n/Translate.h"

#include "io/PlaceNames.h"
#include "io/TenderSax.h"
#include "io/TenderSections.h"
#include "support/InputFile.h"
#include "support/JsonReader.h"
#include "support/JsonTree.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>

namespace tulana {
namespace {

using nlohmann::json;

template <typename E>
void readEnum(JsonReader& r, const json& object, const char* key, const QString& path,
              std::optional<E> (*fromKey)(const QString&), E* out)
{
    const QString text = r.string(object, key, path, false);
    if (text.isEmpty())
        return;
    if (const auto value = fromKey(text))
        *out = *value;
    else
        r.fail(JsonReader::child(path, key),
               tulana::tr("\"%1\" is not one of the allowed values").arg(text));
}

void readOptions(JsonReader& r, const json& j, const QString& path, EvaluationOptions& o)
{
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(
        j, path,
        {"technicalScore", "priceFormula", "decimals", "rounding", "tieBreak", "pricesIncludeTax"});
    readEnum(r, j, "technicalScore", path, &technicalScoreBasisFromKey, &o.technicalBasis);
    readEnum(r, j, "priceFormula", path, &priceFormulaFromKey, &o.priceFormula);
    readEnum(r, j, "rounding", path, &roundingPointFromKey, &o.roundingPoint);
    readEnum(r, j, "tieBreak", path, &tieBreakFromKey, &o.tieBreak);
    if (const auto d = r.integer(j, "decimals", path, false))
        o.decimals = *d;
    if (const auto b = r.boolean(j, "pricesIncludeTax", path))
        o.pricesIncludeTax = *b;
}

void readTenderSection(JsonReader& r, const json& j, Tender& t)
{
    const QString path = QStringLiteral("tender");
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(j, path,
                        {"reference", "title", "procuringEntity", "category", "currency",
                         "rulebook", "method", "technicalWeight", "financialWeight",
                         "minimumTechnicalScore", "budget", "evaluation", "openness", "lifecycle",
                         "eligibility", "spreadBands"});
    t.reference = r.string(j, "reference", path, true);
    t.title = r.string(j, "title", path, true);
    t.procuringEntity = r.string(j, "procuringEntity", path, false);
    t.category = r.string(j, "category", path, false);
    t.currency = r.string(j, "currency", path, false, t.currency);
    t.rulebook = r.string(j, "rulebook", path, false);
    readEnum(r, j, "method", path, &selectionMethodFromKey, &t.method);
    if (const auto v = r.number(j, "technicalWeight", path, false))
        t.technicalWeight = *v;
    if (const auto v = r.number(j, "financialWeight", path, false))
        t.financialWeight = *v;
    if (const auto v = r.number(j, "minimumTechnicalScore", path, false))
        t.minimumTechnicalScore = *v;
    t.budget = readAmount(r, j, "budget", path, false);
    if (j.contains("evaluation"))
        readOptions(r, j["evaluation"], JsonReader::child(path, "evaluation"), t.options);
    if (j.contains("openness"))
        readOpennessScheme(r, j["openness"], JsonReader::child(path, "openness"), t.openness);
    if (j.contains("lifecycle"))
        readLifecycleTerms(r, j["lifecycle"], JsonReader::child(path, "lifecycle"), t.lifecycle);
    if (j.contains("spreadBands"))
        readSpreadBands(r, j["spreadBands"], JsonReader::child(path, "spreadBands"),
                        t.committee.bands);
    if (j.contains("eligibility"))
        readEligibilityCriteria(r, j["eligibility"], JsonReader::child(path, "eligibility"),
                                t.eligibility);
}

// `level` is 1 for the top level; groups deeper than kMaxCriteriaDepth are
// refused, not read.
void readCriteria(JsonReader& r, const json& j, const QString& path, std::vector<Criterion>& out,
                  int level = 1)
{
    if (!r.isArray(j, path))
        return;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const QString at = JsonReader::index(path, i);
        const json& node = j[i];
        if (!r.isObject(node, at))
            continue;
        r.rejectUnknownKeys(
            node, at, {"id", "name", "description", "weight", "maxMarks", "minMarks", "children"});
        Criterion c;
        c.id = r.string(node, "id", at, true);
        c.name = r.string(node, "name", at, true);
        c.description = r.string(node, "description", at, false);
        c.weight = r.number(node, "weight", at, true).value_or(0.0);
        if (node.contains("children") && level >= kMaxCriteriaDepth) {
            r.fail(JsonReader::child(at, "children"), criteriaTooDeepMessage());
        } else if (node.contains("children")) {
            readCriteria(r, node["children"], JsonReader::child(at, "children"), c.children,
                         level + 1);
            if (node.contains("maxMarks") || node.contains("minMarks"))
                r.fail(at,
                       tulana::tr("a group has no marks of its own: move maxMarks and minMarks to "
                                  "its criteria"));
        } else {
            c.maxMarks = r.number(node, "maxMarks", at, true).value_or(c.maxMarks);
            c.minMarks = r.number(node, "minMarks", at, false);
        }
        out.push_back(std::move(c));
    }
}

void readEvaluators(JsonReader& r, const json& j, std::vector<Evaluator>& out)
{
    const QString path = QStringLiteral("evaluators");
    if (!r.isArray(j, path))
        return;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const QString at = JsonReader::index(path, i);
        if (!r.isObject(j[i], at))
            continue;
        r.rejectUnknownKeys(j[i], at, {"id", "name", "designation"});
        out.push_back({r.string(j[i], "id", at, true), r.string(j[i], "name", at, true),
                       r.string(j[i], "designation", at, false)});
    }
}

// `leafOfId[n]` is the leaf row of the criterion whose id is numbered n in
// `ids`, or -1.
void readMarks(JsonReader& r, const FileMarks& marks, const QString& path, const CriterionIds& ids,
               const std::vector<int>& leafOfId, Bid& bid)
{
    const int evaluators = bid.marks.evaluators();
    std::vector<bool> given(std::size_t(bid.marks.criteria()), false);
    auto notList = marks.notLists.begin();
    for (std::size_t i = 0; i < marks.rows.size(); ++i) {
        const FileMarks::Row& row = marks.rows[i];
        const int leaf = leafOfId[row.criterion];
        const std::string& id = ids[row.criterion];
        // Built only for a message: a large tender has half a million rows.
        const auto at = [&] { return JsonReader::child(path, id.c_str()); };
        while (notList != marks.notLists.end() && notList->row < i)
            ++notList;
        if (leaf < 0) {
            r.fail(at(),
                   tulana::tr("no criterion has the id \"%1\"").arg(QString::fromStdString(id)));
            continue;
        }
        if (given[std::size_t(leaf)]) {
            r.fail(at(), repeatedKeyMessage(id));
            continue;
        }
        given[std::size_t(leaf)] = true;
        if (!row.isArray) {
            r.fail(at(), tulana::tr("expected a list, found %1").arg(notList->found));
            continue;
        }
        if (int(row.count) != evaluators) {
            r.fail(at(), tulana::tr("%1 marks given but the committee has %2 evaluators")
                             .arg(row.count)
                             .arg(evaluators));
            continue;
        }
        for (int e = 0; e < evaluators; ++e)
            bid.marks.set(leaf, e, marks.values[row.first + std::size_t(e)]);
    }
    for (const FileMarks::BadMark& bad : marks.badMarks)
        r.fail(JsonReader::index(
                   JsonReader::child(path, ids[marks.rows[bad.row].criterion].c_str()), bad.index),
               tulana::tr("a mark must be a number or null, found %1").arg(bad.found));
}

// Frees each bid's rows of marks in `parsed` once they are read, so that the
// next bid's sheet reuses that memory instead of new pages, which cost more
// than the work itself on a virtual machine (docs/performance.md, "Page
// faults").
void readBids(JsonReader& r, const json& j, TenderDocumentJson& parsed, Tender& t)
{
    const QString path = QStringLiteral("bids");
    if (!r.isArray(j, path))
        return;
    std::vector<FileMarks>& marks = parsed.marks;
    std::unordered_map<std::string, int> leafById;
    int row = 0;
    for (const LeafRef& leaf : leavesOf(t.criteria))
        leafById.emplace(leaf.criterion->id.toStdString(), row++);
    std::vector<int> leafOfId(parsed.criterionIds.size(), -1);
    for (std::uint32_t n = 0; n < leafOfId.size(); ++n)
        if (const auto it = leafById.find(parsed.criterionIds[n]); it != leafById.end())
            leafOfId[n] = it->second;
    t.bids.reserve(j.size());
    for (std::size_t i = 0; i < j.size(); ++i) {
        const QString at = JsonReader::index(path, i);
        const json& node = j[i];
        if (!r.isObject(node, at))
            continue;
        r.rejectUnknownKeys(node, at,
                            {"id", "bidder", "system", "nature", "price", "tax", "status",
                             "statusReason", "marks", "openness", "costs", "eligibility",
                             "enterprise", "certifications"});
        Bid bid = t.newBid();
        bid.id = r.string(node, "id", at, true);
        bid.bidder = r.string(node, "bidder", at, true);
        bid.system = r.string(node, "system", at, false);
        const QString nature = r.string(node, "nature", at, true);
        if (!nature.isEmpty() && !bidNatureFromKey(nature, &bid.nature))
            r.fail(JsonReader::child(at, "nature"),
                   tulana::tr("\"%1\" is not a nature: use open-source, proprietary or mixed")
                       .arg(nature));
        const QString status = r.string(node, "status", at, false);
        if (!status.isEmpty() && !bidStatusFromKey(status, &bid.status))
            r.fail(JsonReader::child(at, "status"),
                   tulana::tr("\"%1\" is not a status: use responsive, non-responsive or withdrawn")
                       .arg(status));
        bid.statusReason = r.string(node, "statusReason", at, false);
        if (const auto price = readAmount(r, node, "price", at, false))
            bid.price = *price;
        bid.tax = readAmount(r, node, "tax", at, false).value_or(0.0);
        if (node.contains("marks")) {
            const QString marksPath = JsonReader::child(at, "marks");
            if (r.isObject(node["marks"], marksPath) && i < marks.size())
                readMarks(r, marks[i], marksPath, parsed.criterionIds, leafOfId, bid);
        }
        if (i < marks.size())
            marks[i] = FileMarks();
        if (node.contains("openness")) {
            bid.openness.emplace();
            readOpennessRecord(r, node["openness"], JsonReader::child(at, "openness"),
                               *bid.openness);
        }
        if (node.contains("costs"))
            readCostLines(r, node["costs"], JsonReader::child(at, "costs"), bid.costs);
        if (node.contains("eligibility"))
            readEligibilityResponses(r, node["eligibility"], JsonReader::child(at, "eligibility"),
                                     bid.eligibility);
        if (node.contains("enterprise"))
            readEnterprise(r, node["enterprise"], JsonReader::child(at, "enterprise"),
                           bid.enterprise);
        if (node.contains("certifications"))
            readCertifications(r, node["certifications"], JsonReader::child(at, "certifications"),
                               bid.certifications);
        t.bids.push_back(std::move(bid));
    }
}

} // namespace

TenderLoad readTender(const QByteArray& text, TenderJsonParser parser)
{
    TenderLoad load;
    auto parsed = parser == TenderJsonParser::Fast ? parseTenderJson(text, load.problems)
                                                   : parseTenderJsonReference(text, load.problems);
    if (!parsed)
        return load;
    const json& doc = parsed->document;
    JsonReader r(load.problems);
    if (!r.isObject(doc, QStringLiteral("(top level)")))
        return load;
    const QString format = r.string(doc, "format", {}, true);
    // An empty "format" is a wrong one; a missing one was reported above.
    const auto given = doc.find("format");
    const bool isText = given != doc.end() && given->is_string();
    if (isText && format != QLatin1String(kTenderFormat)) {
        r.fail(QStringLiteral("format"),
               tulana::tr("this is a \"%1\" file, not a Tulana tender (\"%2\")")
                   .arg(format, QLatin1String(kTenderFormat)));
        return load;
    }
    const auto version = r.integer(doc, "version", {}, true);
    if (!version)
        return load;
    if (*version > kTenderFormatVersion) {
        r.fail(QStringLiteral("version"),
               tulana::tr(
                   "this file was written by a newer version of Tulana (file format version %1; "
                   "this version reads up to %2). Open it with a newer Tulana; nothing was changed")
                   .arg(*version)
                   .arg(kTenderFormatVersion));
        return load;
    }
    if (*version < 1) {
        r.fail(QStringLiteral("version"),
               tulana::tr("%1 is not a valid format version").arg(*version));
        return load;
    }
    r.rejectUnknownKeys(doc, {},
                        {"format", "version", "tender", "organisation", "criteria", "evaluators",
                         "bids", "context", "decision", "process", "committee"});

    Tender t;
    for (const char* key : {"tender", "criteria", "evaluators", "bids"})
        if (!doc.contains(key))
            r.fail(
                QString::fromUtf8(key),
                tulana::tr("the required section \"%1\" is missing").arg(QString::fromUtf8(key)));
    if (doc.contains("tender"))
        readTenderSection(r, doc["tender"], t);
    if (doc.contains("criteria"))
        readCriteria(r, doc["criteria"], QStringLiteral("criteria"), t.criteria);
    if (doc.contains("evaluators"))
        readEvaluators(r, doc["evaluators"], t.evaluators);
    if (doc.contains("bids"))
        readBids(r, doc["bids"], *parsed, t);
    // Optional: an evaluation needs none of them (docs/file-format.md).
    if (doc.contains("organisation"))
        readOrganisation(r, doc["organisation"], t.organisation);
    if (doc.contains("context"))
        readContext(r, doc["context"], t.context);
    if (doc.contains("decision"))
        readDecision(r, doc["decision"], t.decision);
    if (doc.contains("process")) {
        if (*version < 2)
            r.fail(QStringLiteral("process"),
                   tulana::tr("a recorded process needs format version 2; this file says %1")
                       .arg(*version));
        readProcess(r, doc["process"], t.process);
    }
    if (doc.contains("committee") || !t.committee.bands.isDefault()) {
        if (*version < 3)
            r.fail(QStringLiteral("committee"),
                   tulana::tr("the committee's record needs format version 3; this file says %1")
                       .arg(*version));
        if (doc.contains("committee"))
            readCommittee(r, doc["committee"], t.committee);
    }
    // Marks are filed under criterion ids, findings under eligibility
    // criterion ids...: with an id used twice, the next save would lose
    // data, so such a file is not opened.
    load.problems += idProblems(t);
    if (!hasErrors(load.problems))
        load.tender = std::move(t);
    return load;
}

TenderLoad loadTenderFile(const QString& path)
{
    QString why;
    const std::optional<QByteArray> bytes =
        readInputFile(path, kMaxTenderFileBytes, &why, kTenderParserPadding);
    if (!bytes) {
        TenderLoad load;
        load.problems << error(path, why);
        return load;
    }
    TenderLoad load = readTender(*bytes);
    for (Problem& p : load.problems)
        p.where = p.where.isEmpty() ? path : path + QStringLiteral(": ") + p.where;
    return load;
}

QString placeWithinFile(const QString& where, const QString& path)
{
    const QString prefix = path + QStringLiteral(": ");
    if (where.startsWith(prefix))
        return where.mid(prefix.size());
    return where == path ? QString() : where;
}

Problems loadProblemsInWords(Problems problems, const QString& path)
{
    for (Problem& p : problems) {
        const QString place = placeWithinFile(p.where, path);
        if (!place.isEmpty())
            p.where = path + QStringLiteral(": ") + placeInFile(place);
    }
    return problems;
}

} // namespace tulana
