// Writing the optional sections "organisation", "context" and "decision" in
// their canonical order: considerations follow Table 3.
#include "TenderSections.h"

#include "considerations/ContextQuestions.h"

namespace tulana {
namespace {

void writePerson(JsonWriter& w, const char* key, const Person& p)
{
    if (p.isEmpty())
        return;
    w.key(key);
    w.beginObject();
    w.field("name", p.name);
    w.field("designation", p.designation);
    w.endObject();
}

void writeIfSet(JsonWriter& w, const char* key, const QString& text)
{
    if (!text.isEmpty())
        w.field(key, text);
}

// Consideration ids in Table 3's order, then any others (only a program can
// put others there: the loader refuses them) in their own order.
template <typename Map> QStringList orderedKeys(const Map& map)
{
    QStringList keys;
    for (const ContextQuestion& q : contextQuestions().questions)
        if (map.count(q.consideration))
            keys << q.consideration;
    for (const auto& entry : map)
        if (!keys.contains(entry.first))
            keys << entry.first;
    return keys;
}

} // namespace

void writeOrganisation(JsonWriter& w, const Organisation& o)
{
    if (o.isEmpty())
        return;
    w.key("organisation");
    w.beginObject();
    writeIfSet(w, "name", o.name);
    writeIfSet(w, "address", o.address);
    writeIfSet(w, "fileNumber", o.fileNumber);
    writeIfSet(w, "policy", o.policy);
    writePerson(w, "preparedBy", o.preparedBy);
    writePerson(w, "reviewedBy", o.reviewedBy);
    writePerson(w, "approvedBy", o.approvedBy);
    w.endObject();
}

void writeContext(JsonWriter& w, const ContextAnswers& c)
{
    if (c.isEmpty())
        return;
    w.key("context");
    w.beginObject();
    writeIfSet(w, "purpose", c.purpose);
    if (!c.answers.empty()) {
        w.key("answers");
        w.beginObject();
        for (const QString& id : orderedKeys(c.answers)) {
            const ContextAnswer& a = c.answers.at(id);
            w.key(id);
            w.beginObject();
            writeIfSet(w, "answer", a.option);
            writeIfSet(w, "note", a.note);
            w.endObject();
        }
        w.endObject();
    }
    w.endObject();
}

void writeDecision(JsonWriter& w, const Decision& d)
{
    if (d.isEmpty())
        return;
    w.key("decision");
    w.beginObject();
    writeIfSet(w, "selectedBid", d.selectedBid);
    if (d.date.isValid())
        w.field("date", d.date.toString(Qt::ISODate));
    w.field("finalised", d.finalised);
    const Justification& j = d.justification;
    if (!j.isEmpty()) {
        w.key("justification");
        w.beginObject();
        if (!j.reasons.empty()) {
            w.key("reasons");
            w.beginObject();
            for (const QString& id : orderedKeys(j.reasons)) {
                w.key(id);
                w.value(j.reasons.at(id));
            }
            w.endObject();
        }
        writeIfSet(w, "evaluation", j.evaluation);
        writeIfSet(w, "statement", j.statement);
        w.endObject();
    }
    w.endObject();
}

} // namespace tulana
