// Reading the optional sections "organisation", "context" and "decision".
#include "TenderSections.h"

#include "considerations/ContextQuestions.h"
#include "i18n/Translate.h"
#include "tender/Amount.h"

#include <QRegularExpression>

#include <cmath>

namespace tulana {
namespace {

using nlohmann::json;

void readPerson(JsonReader& r, const json& j, const char* key, const QString& path, Person& out)
{
    if (!j.contains(key))
        return;
    const QString at = JsonReader::child(path, key);
    if (!r.isObject(j[key], at))
        return;
    r.rejectUnknownKeys(j[key], at, {"name", "designation"});
    out.name = r.string(j[key], "name", at, false);
    out.designation = r.string(j[key], "designation", at, false);
}

// The consideration ids, for messages: "data-sensitivity, resource-constraints, ...".
QString knownConsiderations()
{
    QStringList ids;
    for (const ContextQuestion& q : contextQuestions().questions)
        ids << q.consideration;
    return ids.join(QStringLiteral(", "));
}

bool isConsideration(JsonReader& r, const std::string& key, const QString& at)
{
    if (contextQuestions().question(QString::fromStdString(key)))
        return true;
    r.fail(at, tulana::tr("no consideration of Table 3 has the id \"%1\": use one of %2")
                   .arg(QString::fromStdString(key), knownConsiderations()));
    return false;
}

void readAnswer(JsonReader& r, const json& j, const QString& id, const QString& at,
                ContextAnswer& out)
{
    if (!r.isObject(j, at))
        return;
    r.rejectUnknownKeys(j, at, {"answer", "note"});
    out.option = r.string(j, "answer", at, false);
    out.note = r.string(j, "note", at, false);
    const ContextQuestion* q = contextQuestions().question(id);
    if (q && !out.option.isEmpty() && !q->option(out.option))
        r.fail(JsonReader::child(at, "answer"),
               tulana::tr("\"%1\" is not an answer to \"%2\": use %3")
                   .arg(out.option, q->question, q->optionIds().join(QStringLiteral(", "))));
}

void readJustification(JsonReader& r, const json& j, const QString& path, Justification& out)
{
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(j, path, {"reasons", "evaluation", "statement"});
    out.evaluation = r.string(j, "evaluation", path, false);
    out.statement = r.string(j, "statement", path, false);
    if (!j.contains("reasons"))
        return;
    const QString reasonsPath = JsonReader::child(path, "reasons");
    if (!r.isObject(j["reasons"], reasonsPath))
        return;
    for (auto it = j["reasons"].begin(); it != j["reasons"].end(); ++it) {
        const QString at = JsonReader::child(reasonsPath, it.key().c_str());
        if (!isConsideration(r, it.key(), at))
            continue;
        if (!it.value().is_string()) {
            r.fail(at, tulana::tr("expected text, found %1").arg(JsonReader::describe(it.value())));
            continue;
        }
        out.reasons[QString::fromStdString(it.key())] =
            QString::fromStdString(it.value().get<std::string>());
    }
}

} // namespace

std::optional<double> readAmount(JsonReader& r, const json& j, const char* key, const QString& path,
                                 bool required)
{
    const std::optional<double> amount = r.number(j, key, path, required);
    // NaN is null: a figure not yet entered, for the value checks to report.
    if (amount && !std::isnan(*amount) && !isWithinAmountCeiling(*amount))
        r.fail(JsonReader::child(path, key), amountCeilingProblem(*amount));
    return amount;
}

void readOrganisation(JsonReader& r, const json& j, Organisation& out)
{
    const QString path = QStringLiteral("organisation");
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(
        j, path,
        {"name", "address", "fileNumber", "policy", "preparedBy", "reviewedBy", "approvedBy"});
    out.name = r.string(j, "name", path, false);
    out.address = r.string(j, "address", path, false);
    out.fileNumber = r.string(j, "fileNumber", path, false);
    out.policy = r.string(j, "policy", path, false);
    readPerson(r, j, "preparedBy", path, out.preparedBy);
    readPerson(r, j, "reviewedBy", path, out.reviewedBy);
    readPerson(r, j, "approvedBy", path, out.approvedBy);
}

void readContext(JsonReader& r, const json& j, ContextAnswers& out)
{
    const QString path = QStringLiteral("context");
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(j, path, {"purpose", "answers"});
    out.purpose = r.string(j, "purpose", path, false);
    if (!j.contains("answers"))
        return;
    const QString answersPath = JsonReader::child(path, "answers");
    if (!r.isObject(j["answers"], answersPath))
        return;
    for (auto it = j["answers"].begin(); it != j["answers"].end(); ++it) {
        const QString at = JsonReader::child(answersPath, it.key().c_str());
        if (!isConsideration(r, it.key(), at))
            continue;
        const QString id = QString::fromStdString(it.key());
        readAnswer(r, it.value(), id, at, out.answers[id]);
    }
}

void readDecision(JsonReader& r, const json& j, Decision& out)
{
    const QString path = QStringLiteral("decision");
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(j, path, {"selectedBid", "date", "finalised", "justification"});
    out.selectedBid = r.string(j, "selectedBid", path, false);
    const QString date = r.string(j, "date", path, false);
    if (!date.isEmpty()) {
        // Only the ISO form: "03/04/2026" means different days to different readers.
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        out.date = QDate::fromString(date, Qt::ISODate);
        if (!iso.match(date).hasMatch() || !out.date.isValid()) {
            out.date = QDate();
            r.fail(JsonReader::child(path, "date"),
                   tulana::tr("\"%1\" is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31")
                       .arg(date));
        }
    }
    out.finalised = r.boolean(j, "finalised", path).value_or(false);
    if (j.contains("justification"))
        readJustification(r, j["justification"], JsonReader::child(path, "justification"),
                          out.justification);
}

} // namespace tulana
