// Reading and writing the eligibility parts of the .tulana format:
// "tender.eligibility", "bids[i].eligibility", "bids[i].enterprise" and
// "bids[i].certifications" (docs/file-format.md). Only the shape and the
// keys are checked here; whether an alternative is allowed, or a response
// names a known criterion, is the validator's to judge, so unfinished work
// still opens.
#include "TenderSections.h"

#include "i18n/Translate.h"

#include <QRegularExpression>

namespace tulana {
namespace {

using nlohmann::json;

// An enum field: empty leaves `out` as it is; an unknown key is a located
// error listing the keys allowed.
template <typename E>
void readKey(JsonReader& r, const json& j, const char* key, const QString& path, bool required,
             std::optional<E> (*fromKey)(const QString&), const QStringList& allowed, E& out)
{
    const QString text = r.string(j, key, path, required);
    if (text.isEmpty())
        return;
    if (const auto v = fromKey(text))
        out = *v;
    else
        r.fail(JsonReader::child(path, key), tulana::tr("\"%1\" is not allowed here: use %2")
                                                 .arg(text, allowed.join(QStringLiteral(", "))));
}

// A list of keys, e.g. ["pilot-deployment", "third-party-audit"].
template <typename E>
void readKeyList(JsonReader& r, const json& j, const char* key, const QString& path,
                 std::optional<E> (*fromKey)(const QString&), const QStringList& allowed,
                 std::vector<E>& out)
{
    if (!j.contains(key))
        return;
    const QString at = JsonReader::child(path, key);
    if (!r.isArray(j[key], at))
        return;
    for (std::size_t i = 0; i < j[key].size(); ++i) {
        const json& v = j[key][i];
        const QString here = JsonReader::index(at, i);
        if (!v.is_string()) {
            r.fail(here, tulana::tr("expected text, found %1").arg(JsonReader::describe(v)));
            continue;
        }
        const QString text = QString::fromStdString(v.get<std::string>());
        const auto value = fromKey(text);
        if (!value)
            r.fail(here, tulana::tr("\"%1\" is not allowed here: use %2")
                             .arg(text, allowed.join(QStringLiteral(", "))));
        else if (std::find(out.begin(), out.end(), *value) != out.end())
            r.fail(here, tulana::tr("\"%1\" is listed twice").arg(text));
        else
            out.push_back(*value);
    }
}

template <typename E> void writeKeyList(JsonWriter& w, const char* key, const std::vector<E>& list)
{
    if (list.empty())
        return;
    w.key(key);
    w.beginInlineArray();
    for (E v : list)
        w.value(eligibility::toKey(v));
    w.endArray();
}

void writeIfSet(JsonWriter& w, const char* key, const QString& text)
{
    if (!text.isEmpty())
        w.field(key, text);
}

} // namespace

void readEligibilityCriteria(JsonReader& r, const json& j, const QString& path,
                             std::vector<eligibility::Criterion>& out)
{
    using namespace eligibility;
    if (!r.isArray(j, path))
        return;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const QString at = JsonReader::index(path, i);
        if (!r.isObject(j[i], at))
            continue;
        r.rejectUnknownKeys(j[i], at, {"id", "name", "kind", "requirement", "alternatives"});
        eligibility::Criterion c;
        c.id = r.string(j[i], "id", at, true);
        c.name = r.string(j[i], "name", at, true);
        readKey(r, j[i], "kind", at, true, &criterionKindFromKey, criterionKindKeys(), c.kind);
        c.requirement = r.string(j[i], "requirement", at, false);
        readKeyList(r, j[i], "alternatives", at, &alternativeFromKey, alternativeKeys(),
                    c.alternatives);
        out.push_back(std::move(c));
    }
}

void readEligibilityResponses(JsonReader& r, const json& j, const QString& path,
                              std::vector<eligibility::Response>& out)
{
    using namespace eligibility;
    if (!r.isArray(j, path))
        return;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const QString at = JsonReader::index(path, i);
        if (!r.isObject(j[i], at))
            continue;
        r.rejectUnknownKeys(j[i], at, {"criterion", "met", "how", "evidence"});
        Response response;
        response.criterion = r.string(j[i], "criterion", at, true);
        readKey(r, j[i], "met", at, true, &metFromKey, metKeys(), response.met);
        readKey(r, j[i], "how", at, false, &metByFromKey, metByKeys(), response.how);
        response.evidence = r.string(j[i], "evidence", at, false);
        out.push_back(std::move(response));
    }
}

void readEnterprise(JsonReader& r, const json& j, const QString& path, eligibility::Enterprise& out)
{
    using namespace eligibility;
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(j, path, {"designation", "registration"});
    readKey(r, j, "designation", path, false, &designationFromKey, designationKeys(),
            out.designation);
    out.registration = r.string(j, "registration", path, false);
}

void readCertifications(JsonReader& r, const json& j, const QString& path,
                        std::vector<eligibility::Certification>& out)
{
    using namespace eligibility;
    if (!r.isArray(j, path))
        return;
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    for (std::size_t i = 0; i < j.size(); ++i) {
        const QString at = JsonReader::index(path, i);
        if (!r.isObject(j[i], at))
            continue;
        r.rejectUnknownKeys(j[i], at, {"scheme", "aspects", "issuer", "reference", "validUntil"});
        Certification c;
        readKey(r, j[i], "scheme", at, true, &schemeFromKey, schemeKeys(), c.scheme);
        readKeyList(r, j[i], "aspects", at, &aspectFromKey, aspectKeys(), c.aspects);
        c.issuer = r.string(j[i], "issuer", at, false);
        c.reference = r.string(j[i], "reference", at, false);
        const QString date = r.string(j[i], "validUntil", at, false);
        if (!date.isEmpty()) {
            c.validUntil = QDate::fromString(date, Qt::ISODate);
            if (!iso.match(date).hasMatch() || !c.validUntil.isValid()) {
                c.validUntil = QDate();
                r.fail(JsonReader::child(at, "validUntil"),
                       tulana::tr("\"%1\" is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31")
                           .arg(date));
            }
        }
        out.push_back(std::move(c));
    }
}

void writeEligibilityCriteria(JsonWriter& w, const std::vector<eligibility::Criterion>& criteria)
{
    if (criteria.empty())
        return;
    w.key("eligibility");
    w.beginArray();
    for (const eligibility::Criterion& c : criteria) {
        w.beginObject();
        w.field("id", c.id);
        w.field("name", c.name);
        w.field("kind", eligibility::toKey(c.kind));
        writeIfSet(w, "requirement", c.requirement);
        writeKeyList(w, "alternatives", c.alternatives);
        w.endObject();
    }
    w.endArray();
}

void writeBidEligibility(JsonWriter& w, const std::vector<eligibility::Response>& responses,
                         const eligibility::Enterprise& enterprise,
                         const std::vector<eligibility::Certification>& certifications)
{
    if (!responses.empty()) {
        w.key("eligibility");
        w.beginArray();
        for (const eligibility::Response& response : responses) {
            w.beginObject();
            w.field("criterion", response.criterion);
            w.field("met", eligibility::toKey(response.met));
            if (response.how != eligibility::MetBy::Requirement)
                w.field("how", eligibility::toKey(response.how));
            writeIfSet(w, "evidence", response.evidence);
            w.endObject();
        }
        w.endArray();
    }
    if (!enterprise.isEmpty()) {
        w.key("enterprise");
        w.beginObject();
        w.field("designation", eligibility::toKey(enterprise.designation));
        writeIfSet(w, "registration", enterprise.registration);
        w.endObject();
    }
    if (certifications.empty())
        return;
    w.key("certifications");
    w.beginArray();
    for (const eligibility::Certification& c : certifications) {
        w.beginObject();
        w.field("scheme", eligibility::toKey(c.scheme));
        writeKeyList(w, "aspects", c.aspects);
        writeIfSet(w, "issuer", c.issuer);
        writeIfSet(w, "reference", c.reference);
        if (c.validUntil.isValid())
            w.field("validUntil", c.validUntil.toString(Qt::ISODate));
        w.endObject();
    }
    w.endArray();
}

} // namespace tulana
