#include "EvaluatorSheet.h"

#include "crypto/Signing.h"
#include "eligibility/EligibilityCheck.h"
#include "eligibility/EligibilityText.h"
#include "i18n/Translate.h"
#include "openness/OpennessAssessment.h"
#include "process/ProcessState.h"
#include "support/JsonReader.h"
#include "support/NumberText.h"
#include "support/Utf8.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

namespace tulana::committee {
namespace {

using json = nlohmann::json;

constexpr const char* kFormat = "tulana-sheet";
constexpr int kVersion = 1;

// Everything but the signature. nlohmann's objects keep their keys sorted,
// so the same sheet always gives the same text: the signed bytes.
json body(const EvaluatorSheet& s)
{
    json j;
    j["format"] = kFormat;
    j["version"] = kVersion;
    j["tender"] = {{"reference", utf8(s.reference)},
                   {"title", utf8(s.title)},
                   {"procuringEntity", utf8(s.procuringEntity)},
                   {"rulesDigest", s.rulesDigest.toHex().toStdString()}};
    j["member"] = {{"id", utf8(s.member)}, {"name", utf8(s.memberName)}};
    j["criteria"] = json::array();
    for (const SheetCriterion& c : s.criteria)
        j["criteria"].push_back({{"id", utf8(c.id)},
                                 {"name", utf8(c.name)},
                                 {"description", utf8(c.description)},
                                 {"group", utf8(c.group)},
                                 {"maxMarks", c.maxMarks},
                                 {"weight", c.weight}});
    j["bids"] = json::array();
    for (const SheetBid& b : s.bids)
        j["bids"].push_back({{"id", utf8(b.id)},
                             {"bidder", utf8(b.bidder)},
                             {"system", utf8(b.system)},
                             {"nature", utf8(b.nature)},
                             {"openness", utf8(b.openness)},
                             {"eligibility", utf8(b.eligibility)}});
    j["declarations"] = json::array();
    for (const SheetDeclaration& d : s.declarations)
        j["declarations"].push_back(
            {{"bid", utf8(d.bid)}, {"conflict", d.conflict}, {"description", utf8(d.description)}});
    j["marks"] = json::array();
    for (const SheetMark& m : s.marks)
        j["marks"].push_back({{"bid", utf8(m.bid)},
                              {"criterion", utf8(m.criterion)},
                              {"marks", m.marks},
                              {"note", utf8(m.note)}});
    return j;
}

QByteArray dumped(const json& j, int indent)
{
    const std::string text = j.dump(indent, ' ', false, json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace

const SheetDeclaration* EvaluatorSheet::declaration(const QString& bid) const
{
    for (const SheetDeclaration& d : declarations)
        if (d.bid == bid)
            return &d;
    return nullptr;
}

const SheetMark* EvaluatorSheet::mark(const QString& bid, const QString& criterion) const
{
    for (const SheetMark& m : marks)
        if (m.bid == bid && m.criterion == criterion)
            return &m;
    return nullptr;
}

std::optional<EvaluatorSheet> issueSheet(const Tender& tender, const QString& member,
                                         Problems* problems)
{
    Problems found;
    const auto refuse = [&](const QString& why) {
        found << error(QStringLiteral("process.sheets"), why);
        if (problems)
            *problems += found;
        return std::nullopt;
    };
    const int memberAt = evaluatorIndex(tender, member);
    if (memberAt < 0)
        return refuse(tulana::tr("%1 is not a member of the committee").arg(member));
    if (!tender.process.signer(member))
        return refuse(tulana::tr("a sheet is signed by its member's key, and the tender records "
                                 "no key for %1: announce the rules with the committee's keys "
                                 "first (docs/process.md)")
                          .arg(member));
    const process::ProcessState state = process::processState(tender.process);
    if (const std::optional<QString> why = process::outOfOrder(state, process::Act::SheetIssued))
        return refuse(tulana::tr("a sheet cannot be issued now: %1").arg(*why));

    EvaluatorSheet sheet;
    sheet.reference = tender.reference;
    sheet.title = tender.title;
    sheet.procuringEntity = tender.procuringEntity;
    sheet.rulesDigest =
        tender.process.log[std::size_t(state.fixedBy.at(process::Part::Rules))].digest;
    sheet.member = member;
    sheet.memberName = tender.evaluators[std::size_t(memberAt)].name;
    for (const LeafRef& leaf : leavesOf(tender.criteria)) {
        const Criterion& c = *leaf.criterion;
        sheet.criteria.push_back(
            {c.id, c.name, c.description, leaf.groupName, c.maxMarks, c.weight});
    }
    const bool eligibilityRecorded = eligibility::recordsEligibility(tender);
    for (std::size_t i = 0; i < tender.bids.size(); ++i) {
        const Bid& b = tender.bids[i];
        if (b.status != BidStatus::Responsive)
            continue;
        const eligibility::Outcome eligible = eligibility::assessEligibility(tender, int(i));
        if (eligible.excludesBid())
            continue;
        sheet.bids.push_back(
            {b.id, b.bidder, b.system, displayName(b.nature),
             b.openness ? openness::assessmentAsText(openness::assessOpenness(*b.openness))
                        : QString(),
             eligibilityRecorded ? eligibility::describeOutcome(eligible) : QString()});
    }
    return sheet;
}

QByteArray signedBytes(const EvaluatorSheet& sheet)
{
    return QByteArrayLiteral("tulana-sheet-signature-1\n") + dumped(body(sheet), -1);
}

QByteArray sheetFileBytes(const EvaluatorSheet& sheet)
{
    json j = body(sheet);
    if (!sheet.signature.isEmpty())
        j["signature"] = sheet.signature.toBase64().toStdString();
    return dumped(j, 2) + '\n';
}

std::optional<EvaluatorSheet> readSheet(const QByteArray& bytes, Problems* problems)
{
    Problems found;
    const auto done = [&](std::optional<EvaluatorSheet> sheet) {
        if (problems)
            *problems += found;
        return hasErrors(found) ? std::nullopt : sheet;
    };
    const std::optional<json> parsed = parseJson(bytes, QStringLiteral("sheet"), found);
    if (!parsed)
        return done(std::nullopt);
    const json& j = *parsed;
    JsonReader r(found);
    if (!r.isObject(j, QStringLiteral("(top level)")))
        return done(std::nullopt);
    if (r.string(j, "format", {}, true) != QLatin1String(kFormat)) {
        r.fail(QStringLiteral("format"), tulana::tr("this is not a Tulana evaluator sheet"));
        return done(std::nullopt);
    }
    const std::optional<int> version = r.integer(j, "version", {}, true);
    if (version && *version != kVersion)
        r.fail(QStringLiteral("version"),
               tulana::tr("this sheet is of version %1; this Tulana reads version %2")
                   .arg(*version)
                   .arg(kVersion));
    r.rejectUnknownKeys(j, {},
                        {"format", "version", "tender", "member", "criteria", "bids",
                         "declarations", "marks", "signature"});
    EvaluatorSheet s;
    const QString tenderPath = QStringLiteral("tender");
    if (j.contains("tender") && r.isObject(j["tender"], tenderPath)) {
        const json& t = j["tender"];
        r.rejectUnknownKeys(t, tenderPath,
                            {"reference", "title", "procuringEntity", "rulesDigest"});
        s.reference = r.string(t, "reference", tenderPath, true);
        s.title = r.string(t, "title", tenderPath, true);
        s.procuringEntity = r.string(t, "procuringEntity", tenderPath, true);
        s.rulesDigest =
            QByteArray::fromHex(r.string(t, "rulesDigest", tenderPath, true).toLatin1());
    } else if (!j.contains("tender"))
        r.fail(tenderPath, tulana::tr("the required section \"tender\" is missing"));
    const QString memberPath = QStringLiteral("member");
    if (j.contains("member") && r.isObject(j["member"], memberPath)) {
        r.rejectUnknownKeys(j["member"], memberPath, {"id", "name"});
        s.member = r.string(j["member"], "id", memberPath, true);
        s.memberName = r.string(j["member"], "name", memberPath, true);
    } else if (!j.contains("member"))
        r.fail(memberPath, tulana::tr("the required section \"member\" is missing"));
    const auto each = [&](const char* key, auto&& read) {
        const QString list = QString::fromLatin1(key);
        if (!j.contains(key)) {
            r.fail(list, tulana::tr("the required section \"%1\" is missing").arg(list));
            return;
        }
        if (!r.isArray(j[key], list))
            return;
        for (std::size_t i = 0; i < j[key].size(); ++i) {
            const QString at = JsonReader::index(list, i);
            if (r.isObject(j[key][i], at))
                read(j[key][i], at);
        }
    };
    each("criteria", [&](const json& c, const QString& at) {
        r.rejectUnknownKeys(c, at, {"id", "name", "description", "group", "maxMarks", "weight"});
        s.criteria.push_back({r.string(c, "id", at, true), r.string(c, "name", at, true),
                              r.string(c, "description", at, true), r.string(c, "group", at, true),
                              r.number(c, "maxMarks", at, true).value_or(0),
                              r.number(c, "weight", at, true).value_or(0)});
    });
    each("bids", [&](const json& b, const QString& at) {
        r.rejectUnknownKeys(b, at, {"id", "bidder", "system", "nature", "openness", "eligibility"});
        s.bids.push_back({r.string(b, "id", at, true), r.string(b, "bidder", at, true),
                          r.string(b, "system", at, true), r.string(b, "nature", at, true),
                          r.string(b, "openness", at, true), r.string(b, "eligibility", at, true)});
    });
    each("declarations", [&](const json& d, const QString& at) {
        r.rejectUnknownKeys(d, at, {"bid", "conflict", "description"});
        s.declarations.push_back({r.string(d, "bid", at, true),
                                  r.boolean(d, "conflict", at).value_or(false),
                                  r.string(d, "description", at, true)});
    });
    each("marks", [&](const json& m, const QString& at) {
        r.rejectUnknownKeys(m, at, {"bid", "criterion", "marks", "note"});
        s.marks.push_back({r.string(m, "bid", at, true), r.string(m, "criterion", at, true),
                           r.number(m, "marks", at, true).value_or(NAN),
                           r.string(m, "note", at, true)});
    });
    const QString signature = r.string(j, "signature", {}, false);
    if (!signature.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            signature.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 64)
            r.fail(QStringLiteral("signature"), tulana::tr("is not a signature"));
        else
            s.signature = decoded.decoded;
    }
    return done(std::move(s));
}

Problems unfinishedSheet(const EvaluatorSheet& sheet)
{
    Problems out;
    for (const SheetBid& b : sheet.bids) {
        const SheetDeclaration* d = sheet.declaration(b.id);
        if (!d) {
            out << error(QStringLiteral("declarations"),
                         tulana::tr("declare a conflict of interest with %1 (%2), or none")
                             .arg(b.id, b.bidder));
            continue;
        }
        if (d->conflict && d->description.trimmed().isEmpty())
            out << error(QStringLiteral("declarations"),
                         tulana::tr("say what your conflict of interest with %1 is").arg(b.id));
        for (const SheetCriterion& c : sheet.criteria) {
            const SheetMark* m = sheet.mark(b.id, c.id);
            if (d->conflict) {
                if (m)
                    out << error(QStringLiteral("marks"),
                                 tulana::tr("you declared a conflict of interest with %1 and do "
                                            "not mark it; remove your mark for \"%2\"")
                                     .arg(b.id, c.name));
                continue;
            }
            if (!m)
                out << error(QStringLiteral("marks"),
                             tulana::tr("%1 is not yet marked on \"%2\"").arg(b.id, c.name));
            else if (!(m->marks >= 0 && m->marks <= c.maxMarks))
                out << error(QStringLiteral("marks"),
                             tulana::tr("%1 on \"%2\": %3 is not a mark between 0 and %4")
                                 .arg(b.id, c.name, numberText(m->marks), numberText(c.maxMarks)));
        }
    }
    // One declaration a bid and one mark a bid and criterion: a second would
    // be signed with the first, though the sheet window and the receipt take
    // the first mark, and the receipt kept both declarations and both notes.
    std::set<QString> declared;
    for (const SheetDeclaration& d : sheet.declarations) {
        bool known = false;
        for (const SheetBid& b : sheet.bids)
            known = known || b.id == d.bid;
        if (!known)
            out << error(QStringLiteral("declarations"),
                         tulana::tr("%1 is not a bid on this sheet").arg(d.bid));
        else if (!declared.insert(d.bid).second)
            out << error(QStringLiteral("declarations"),
                         tulana::tr("the sheet has two declarations for %1").arg(d.bid));
    }
    std::set<std::pair<QString, QString>> marked;
    for (const SheetMark& m : sheet.marks) {
        if (marked.insert({m.bid, m.criterion}).second)
            continue;
        const auto c = std::find_if(sheet.criteria.begin(), sheet.criteria.end(),
                                    [&](const SheetCriterion& k) { return k.id == m.criterion; });
        out << error(QStringLiteral("marks"),
                     tulana::tr("the sheet has two marks for %1 on \"%2\"")
                         .arg(m.bid, c != sheet.criteria.end() ? c->name : m.criterion));
    }
    for (const SheetMark& m : sheet.marks) {
        bool bidKnown = false;
        bool criterionKnown = false;
        for (const SheetBid& b : sheet.bids)
            bidKnown = bidKnown || b.id == m.bid;
        for (const SheetCriterion& c : sheet.criteria)
            criterionKnown = criterionKnown || c.id == m.criterion;
        if (!bidKnown || !criterionKnown)
            out << error(QStringLiteral("marks"),
                         tulana::tr("a mark for %1 on \"%2\", which is not on this sheet")
                             .arg(m.bid, m.criterion));
    }
    return out;
}

void putInSheetOrder(EvaluatorSheet& sheet)
{
    // Each id's place on the sheet, found once rather than in every comparison.
    std::map<QString, std::size_t> bidPlace, criterionPlace;
    for (std::size_t i = 0; i < sheet.bids.size(); ++i)
        bidPlace.try_emplace(sheet.bids[i].id, i);
    for (std::size_t i = 0; i < sheet.criteria.size(); ++i)
        criterionPlace.try_emplace(sheet.criteria[i].id, i);
    const auto placeIn = [](const std::map<QString, std::size_t>& places, const QString& id) {
        const auto found = places.find(id);
        return found != places.end() ? found->second : places.size();
    };
    std::stable_sort(sheet.declarations.begin(), sheet.declarations.end(),
                     [&](const SheetDeclaration& a, const SheetDeclaration& b) {
                         return placeIn(bidPlace, a.bid) < placeIn(bidPlace, b.bid);
                     });
    std::stable_sort(
        sheet.marks.begin(), sheet.marks.end(), [&](const SheetMark& a, const SheetMark& b) {
            return std::pair(placeIn(bidPlace, a.bid), placeIn(criterionPlace, a.criterion)) <
                   std::pair(placeIn(bidPlace, b.bid), placeIn(criterionPlace, b.criterion));
        });
}

Problems signSheet(EvaluatorSheet& sheet, const crypto::SecretBytes& memberSecretKey)
{
    Problems problems = unfinishedSheet(sheet);
    if (hasErrors(problems))
        return problems;
    putInSheetOrder(sheet);
    sheet.signature.clear();
    sheet.signature = crypto::sign(memberSecretKey, signedBytes(sheet));
    return problems;
}

bool signatureHolds(const EvaluatorSheet& sheet, const QByteArray& memberPublicKey)
{
    return !sheet.signature.isEmpty() &&
           crypto::verifySignature(memberPublicKey, signedBytes(sheet), sheet.signature);
}

} // namespace tulana::committee
