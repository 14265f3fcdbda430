#include "Fingerprint.h"

#include "io/JsonWriter.h"

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
