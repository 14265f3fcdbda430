#include "Fingerprint.h"

#include "io/JsonWriter.h"
#include "io/TenderSections.h"

#include <QCryptographicHash>

namespace tulana {
namespace {

void writeCriteria(JsonWriter& w, const std::vector<Criterion>& nodes)
{
    w.beginArray();
    for (const Criterion& c : nodes) {
        w.beginObject();
        w.field("id", c.id);
        w.field("weight", c.weight);
        if (c.isGroup()) {
            w.key("children");
            writeCriteria(w, c.children);
        } else {
            w.field("maxMarks", c.maxMarks);
            if (c.minMarks)
                w.field("minMarks", *c.minMarks);
        }
        w.endObject();
    }
    w.endArray();
}

// What decides a bid's openness assessment (and so its class, flags and any
// openness marks): the claim, the kind of system, the licences and each
// component's state and licence. Names, notes and where a record was
// imported from are not.
void writeOpenness(JsonWriter& w, const openness::OpennessRecord& r)
{
    w.key("openness");
    w.beginObject();
    w.field("claim", toKey(r.claim));
    w.field("category", toKey(r.category));
    w.key("licences");
    w.beginInlineArray();
    for (const QString* l :
         {&r.licences.distribution, &r.licences.code, &r.licences.data, &r.licences.document})
        w.value(*l);
    w.endArray();
    w.key("components");
    w.beginArray();
    for (const openness::ComponentEntry& e : r.components) {
        w.beginInlineArray();
        w.value(e.component);
        w.value(toKey(e.state));
        w.value(e.licence);
        w.endArray();
    }
    w.endArray();
    w.endObject();
}

// What decides a bid's lifecycle cost: each line's kind, amount and years
// (not its note, a description that may be corrected).
void writeCosts(JsonWriter& w, const std::vector<cost::CostLine>& lines)
{
    w.key("costs");
    w.beginArray();
    for (const cost::CostLine& line : lines) {
        w.beginInlineArray();
        w.value(line.kind);
        w.value(line.amount);
        if (line.fromYear)
            w.value(double(*line.fromYear));
        else
            w.null();
        if (line.toYear)
            w.value(double(*line.toYear));
        else
            w.null();
        w.endArray();
    }
    w.endArray();
}

void writeScheme(JsonWriter& w, const openness::OpennessScheme& s)
{
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
    w.key("outcomeMarks");
    w.beginArray();
    for (const openness::OutcomeMarks& m : s.outcomeMarks) {
        w.beginInlineArray();
        w.value(m.outcome);
        w.value(m.marks);
        w.endArray();
    }
    w.endArray();
    w.key("table");
    w.beginArray();
    for (const openness::ComponentMarks& m : s.table) {
        w.beginInlineArray();
        w.value(m.component);
        w.value(m.marks);
        w.endArray();
    }
    w.endArray();
    w.endObject();
}

void writeBid(JsonWriter& w, const Bid& bid, const std::vector<LeafRef>& leaves)
{
    w.beginObject();
    w.field("id", bid.id);
    w.field("nature", toKey(bid.nature));
    w.key("price");
    if (bid.hasPrice())
        w.value(bid.price);
    else
        w.null();
    w.field("tax", bid.tax);
    w.field("status", toKey(bid.status));
    w.key("marks");
    w.beginObject();
    for (int c = 0; c < bid.marks.criteria() && std::size_t(c) < leaves.size(); ++c) {
        w.key(leaves[std::size_t(c)].criterion->id);
        w.beginInlineArray();
        for (int e = 0; e < bid.marks.evaluators(); ++e) {
            if (bid.marks.isMarked(c, e))
                w.value(bid.marks.at(c, e));
            else
                w.null();
        }
        w.endArray();
    }
    w.endObject();
    if (bid.openness) // absent from tenders without openness records: their fingerprint stays
        writeOpenness(w, *bid.openness);
    // The committee's eligibility findings decide whether the bid is scored;
    // absent while empty, so fingerprints of tenders without them stay. The
    // designation and certifications change no score and are left out.
    writeBidEligibility(w, bid.eligibility, {}, {});
    if (!bid.costs.empty()) // absent without cost lines: older fingerprints stay as they were
        writeCosts(w, bid.costs);
    w.endObject();
}

} // namespace

QByteArray evaluationInputs(const Tender& t)
{
    JsonWriter w;
    w.beginObject();
    w.field("format", QStringLiteral("tulana-evaluation-inputs"));
    w.field("version", 1.0);
    w.field("method", toKey(t.method));
    w.field("technicalWeight", t.technicalWeight);
    w.field("financialWeight", t.financialWeight);
    w.field("minimumTechnicalScore", t.minimumTechnicalScore);
    if (t.budget)
        w.field("budget", *t.budget);
    w.field("rulebook", t.rulebook);
    w.key("evaluation");
    w.beginObject();
    w.field("technicalScore", toKey(t.options.technicalBasis));
    w.field("priceFormula", toKey(t.options.priceFormula));
    w.field("decimals", double(t.options.decimals));
    w.field("rounding", toKey(t.options.roundingPoint));
    w.field("tieBreak", toKey(t.options.tieBreak));
    w.field("pricesIncludeTax", t.options.pricesIncludeTax);
    w.endObject();
    if (!t.openness.isEmpty())
        writeScheme(w, t.openness);
    writeEligibilityCriteria(w, t.eligibility); // absent while there are none
    writeLifecycleTerms(w, t.lifecycle);        // nothing under the default terms
    w.key("criteria");
    writeCriteria(w, t.criteria);
    w.key("bids");
    w.beginArray();
    const std::vector<LeafRef> leaves = leavesOf(t.criteria);
    for (const Bid& bid : t.bids)
        writeBid(w, bid, leaves);
    w.endArray();
    w.endObject();
    const std::string out = w.take();
    return QByteArray(out.data(), qsizetype(out.size()));
}

QString evaluationFingerprint(const Tender& tender)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(evaluationInputs(tender), QCryptographicHash::Sha256).toHex());
}

QString groupFingerprint(const QString& hex)
{
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 8)
        groups << hex.mid(i, 8);
    return groups.join(QLatin1Char(' '));
}

QString findFingerprint(const QString& text)
{
    const qsizetype at = text.indexOf(QLatin1String(kFingerprintLabel));
    if (at < 0)
        return {};
    QString hex;
    bool inTag = false; // markup (HTML, ODF XML) between the groups is skipped
    for (qsizetype i = at + qsizetype(qstrlen(kFingerprintLabel)); i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inTag) {
            inTag = c != QLatin1Char('>');
            continue;
        }
        if (c == QLatin1Char('<')) {
            inTag = true;
        } else if (c.isSpace()) {
            continue;
        } else if ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                   (c >= QLatin1Char('a') && c <= QLatin1Char('f'))) {
            hex += c;
            if (hex.size() == 64)
                return hex;
        } else {
            break;
        }
    }
    return {};
}

} // namespace tulana
