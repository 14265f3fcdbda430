#include "OcdsRelease.h"

#include "i18n/Translate.h"
#include "support/JsonWriter.h"

#include <QRegularExpression>

namespace tulana {
namespace {

// The extensions the package declares (their extension.json addresses, as
// the OCDS extension registry lists them) and Tulana's own, by name.
const char* const kExtensions[] = {
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/master/"
    "extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/"
    "extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/"
    "ocds_awardCriteriaBreakdown_extension/master/extension.json",
};

QString isoDate(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODate);
}

QString buyerId()
{
    return QStringLiteral("buyer");
}

QString tendererId(const Bid& bid)
{
    return QStringLiteral("tenderer-") + bid.id;
}

// OCDS codes for where a bid stands.
QString bidStatus(Standing s)
{
    switch (s) {
    case Standing::Qualified:
        return QStringLiteral("valid");
    case Standing::Withdrawn:
        return QStringLiteral("withdrawn");
    case Standing::Incomplete:
        return QStringLiteral("pending");
    default:
        return QStringLiteral("disqualified");
    }
}

QString awardCriteria(SelectionMethod m)
{
    switch (m) {
    case SelectionMethod::Qcbs:
        return QStringLiteral("ratedCriteria");
    case SelectionMethod::Lcs:
        return QStringLiteral("priceOnly");
    case SelectionMethod::Qbs:
    case SelectionMethod::Fbs:
        return QStringLiteral("qualityOnly");
    }
    return {};
}

void value(JsonWriter& json, const char* name, double amount, const QString& currency)
{
    json.key(name);
    json.beginObject();
    json.field("amount", amount);
    json.field("currency", currency);
    json.endObject();
}

// The amount a buyer pays for an opened bid: the quoted price with its tax.
double bidAmount(const Bid& bid)
{
    return bid.price + bid.tax;
}

class ReleaseWriter
{
public:
    ReleaseWriter(JsonWriter& json, const Tender& tender, const Evaluation& evaluation,
                  const OcdsOptions& options)
        : m_json(json)
        , m_tender(tender)
        , m_evaluation(evaluation)
        , m_options(options)
        , m_ocid(ocidFor(tender, options.ocidPrefix))
        , m_awarded(awardedBid())
    {}

    void write()
    {
        m_json.beginObject();
        m_json.field("ocid", m_ocid);
        m_json.field("id", m_ocid + QStringLiteral("-award"));
        m_json.field("date", isoDate(m_options.published));
        m_json.key("tag");
        m_json.beginInlineArray();
        m_json.value(QStringLiteral("award"));
        m_json.endArray();
        m_json.field("initiationType", QStringLiteral("tender"));
        m_json.field("language", QStringLiteral("en"));
        parties();
        organisation("buyer", buyerId(), m_tender.procuringEntity);
        tenderSection();
        bids();
        awards();
        m_json.endObject();
    }

private:
    // The officer's selection when there is one, else the evaluation's winner.
    int awardedBid() const
    {
        const int selected = bidIndex(m_tender, m_tender.decision.selectedBid);
        return selected >= 0 ? selected : m_evaluation.winner;
    }

    void organisation(const char* name, const QString& id, const QString& label)
    {
        m_json.key(name);
        m_json.beginObject();
        m_json.field("id", id);
        m_json.field("name", label);
        m_json.endObject();
    }

    void roles(std::initializer_list<const char*> codes)
    {
        m_json.key("roles");
        m_json.beginInlineArray();
        for (const char* code : codes)
            m_json.value(QString::fromLatin1(code));
        m_json.endArray();
    }

    void parties()
    {
        m_json.key("parties");
        m_json.beginArray();
        m_json.beginObject();
        m_json.field("id", buyerId());
        m_json.field("name", m_tender.procuringEntity);
        roles({"buyer", "procuringEntity"});
        m_json.endObject();
        for (std::size_t b = 0; b < m_tender.bids.size(); ++b) {
            const Bid& bid = m_tender.bids[b];
            m_json.beginObject();
            m_json.field("id", tendererId(bid));
            m_json.field("name", bid.bidder);
            if (int(b) == m_awarded)
                roles({"tenderer", "supplier"});
            else
                roles({"tenderer"});
            m_json.endObject();
        }
        m_json.endArray();
    }

    void tenderSection()
    {
        m_json.key("tender");
        m_json.beginObject();
        m_json.field("id", m_tender.reference);
        m_json.field("title", m_tender.title);
        m_json.field("status", m_tender.decision.finalised ? QStringLiteral("complete")
                                                           : QStringLiteral("active"));
        organisation("procuringEntity", buyerId(), m_tender.procuringEntity);
        if (m_tender.budget)
            value(m_json, "value", *m_tender.budget, m_tender.currency);
        m_json.field("awardCriteria", awardCriteria(m_tender.method));
        m_json.field("awardCriteriaDetails", criteriaInWords());
        m_json.field("numberOfTenderers", double(m_tender.bids.size()));
        m_json.key("tenderers");
        m_json.beginArray();
        for (const Bid& bid : m_tender.bids)
            organisationInline(tendererId(bid), bid.bidder);
        m_json.endArray();
        lots();
        rules();
        m_json.endObject();
    }

    void organisationInline(const QString& id, const QString& label)
    {
        m_json.beginObject();
        m_json.field("id", id);
        m_json.field("name", label);
        m_json.endObject();
    }

    QString criteriaInWords() const
    {
        if (m_tender.method != SelectionMethod::Qcbs)
            return displayName(m_tender.method);
        return tulana::tr("%1: technical %2%, financial %3%; minimum technical score %4")
            .arg(displayName(m_tender.method), QString::number(m_tender.technicalWeight, 'g', 10),
                 QString::number(m_tender.financialWeight, 'g', 10),
                 QString::number(m_tender.minimumTechnicalScore, 'g', 10));
    }

    void criterion(const char* type, const QString& name, double percent)
    {
        m_json.beginObject();
        m_json.field("type", QString::fromLatin1(type));
        m_json.field("name", name);
        m_json.key("numbers");
        m_json.beginArray();
        m_json.beginObject();
        m_json.field("number", percent);
        m_json.field("weight", QStringLiteral("percentageExact"));
        m_json.endObject();
        m_json.endArray();
        m_json.endObject();
    }

    // One lot holds the award criteria (the breakdown extension adds them to
    // lots): price, and each top-level quality criterion with its share of
    // the combined score.
    void lots()
    {
        m_json.key("lots");
        m_json.beginArray();
        m_json.beginObject();
        m_json.field("id", QStringLiteral("1"));
        m_json.field("title", m_tender.title);
        m_json.key("awardCriteria");
        m_json.beginObject();
        m_json.key("criteria");
        m_json.beginArray();
        const SelectionMethod m = m_tender.method;
        const double technicalShare = m == SelectionMethod::Qcbs  ? m_tender.technicalWeight
                                      : m == SelectionMethod::Lcs ? 0.0
                                                                  : 100.0;
        if (m != SelectionMethod::Qbs && m != SelectionMethod::Fbs)
            criterion("price", tulana::tr("Evaluated price"), 100.0 - technicalShare);
        if (technicalShare > 0) {
            double total = 0;
            for (const Criterion& c : m_tender.criteria)
                total += c.weight;
            if (m_tender.openness.isOn())
                total += m_tender.openness.maxMarks;
            for (const Criterion& c : m_tender.criteria)
                if (c.weight > 0)
                    criterion("quality", c.name, technicalShare * c.weight / total);
            if (m_tender.openness.isOn() && m_tender.openness.maxMarks > 0)
                criterion("quality", tulana::tr("Openness of the AI system"),
                          technicalShare * m_tender.openness.maxMarks / total);
        }
        m_json.endArray();
        m_json.endObject();
        m_json.endObject();
        m_json.endArray();
    }

    void rules()
    {
        const EvaluationOptions& o = m_tender.options;
        m_json.key("evaluationRules");
        m_json.beginObject();
        m_json.field("method", toKey(m_tender.method));
        if (m_tender.method == SelectionMethod::Qcbs) {
            m_json.field("technicalWeight", m_tender.technicalWeight);
            m_json.field("financialWeight", m_tender.financialWeight);
        }
        m_json.field("minimumTechnicalScore", m_tender.minimumTechnicalScore);
        m_json.field("priceFormula", toKey(o.priceFormula));
        m_json.field("technicalScoreBasis", toKey(o.technicalBasis));
        m_json.field("decimals", double(o.decimals));
        m_json.field("roundingPoint", toKey(o.roundingPoint));
        m_json.field("tieBreak", toKey(o.tieBreak));
        m_json.field("financialBasis", cost::toKey(m_tender.lifecycle.basis));
        m_json.field("pricesIncludeTax", o.pricesIncludeTax);
        m_json.endObject();
    }

    void bids()
    {
        m_json.key("bids");
        m_json.beginObject();
        m_json.key("details");
        m_json.beginArray();
        for (std::size_t b = 0; b < m_tender.bids.size(); ++b) {
            const Bid& bid = m_tender.bids[b];
            const BidResult& r = m_evaluation.results[b];
            m_json.beginObject();
            m_json.field("id", bid.id);
            m_json.field("status", bidStatus(r.standing));
            m_json.key("tenderers");
            m_json.beginArray();
            organisationInline(tendererId(bid), bid.bidder);
            m_json.endArray();
            // A financial proposal that is not opened has no figure here.
            if (m_evaluation.envelopeOpened(int(b)))
                value(m_json, "value", bidAmount(bid), m_tender.currency);
            m_json.key("relatedLots");
            m_json.beginInlineArray();
            m_json.value(QStringLiteral("1"));
            m_json.endArray();
            m_json.field("hasRank", r.rank > 0);
            if (r.rank > 0)
                m_json.field("rank", double(r.rank));
            scores(r, int(b));
            m_json.endObject();
        }
        m_json.endArray();
        m_json.endObject();
    }

    void scores(const BidResult& r, int bid)
    {
        m_json.key("evaluation");
        m_json.beginObject();
        m_json.field("standing", toKey(r.standing));
        if (r.technicallyScored) {
            m_json.field("technicalScore", r.technical);
            if (r.rank > 0)
                m_json.field("technicalScoreUsed", r.technicalForCombination);
        }
        if (m_evaluation.envelopeOpened(bid)) {
            m_json.field("evaluatedPrice", *r.evaluatedPrice);
            if (r.financial)
                m_json.field("financialScore", *r.financial);
            if (r.combined)
                m_json.field("combinedScore", *r.combined);
        }
        m_json.endObject();
    }

    void awards()
    {
        if (m_awarded < 0)
            return; // nothing awarded yet: no award object
        const Bid& bid = m_tender.bids[std::size_t(m_awarded)];
        const Decision& d = m_tender.decision;
        m_json.key("awards");
        m_json.beginArray();
        m_json.beginObject();
        m_json.field("id", m_ocid + QStringLiteral("-award-1"));
        m_json.field("title", m_tender.title);
        m_json.field("status", d.finalised ? QStringLiteral("active") : QStringLiteral("pending"));
        if (d.finalised && d.date.isValid())
            m_json.field("date", isoDate(d.date.startOfDay(Qt::UTC)));
        if (m_evaluation.envelopeOpened(m_awarded))
            value(m_json, "value", bidAmount(bid), m_tender.currency);
        m_json.key("suppliers");
        m_json.beginArray();
        organisationInline(tendererId(bid), bid.bidder);
        m_json.endArray();
        m_json.key("relatedBids");
        m_json.beginInlineArray();
        m_json.value(bid.id);
        m_json.endArray();
        m_json.endObject();
        m_json.endArray();
    }

    JsonWriter& m_json;
    const Tender& m_tender;
    const Evaluation& m_evaluation;
    const OcdsOptions& m_options;
    const QString m_ocid;
    const int m_awarded;
};

} // namespace

bool isOcidPrefix(const QString& prefix)
{
    static const QRegularExpression shape(QStringLiteral("^ocds-[a-z0-9]{6}$"));
    return shape.match(prefix).hasMatch();
}

QString ocidFor(const Tender& tender, const QString& prefix)
{
    static const QRegularExpression outside(QStringLiteral("[^A-Za-z0-9-]"));
    QString id = tender.reference;
    id.replace(outside, QStringLiteral("-"));
    return prefix + QLatin1Char('-') + (id.isEmpty() ? QStringLiteral("tender") : id);
}

QByteArray ocdsReleasePackage(const Tender& tender, const Evaluation& evaluation,
                              const OcdsOptions& options)
{
    JsonWriter json;
    json.beginObject();
    json.field("uri", QStringLiteral("urn:tulana:") + ocidFor(tender, options.ocidPrefix));
    json.field("version", QStringLiteral("1.1"));
    json.field("publishedDate", isoDate(options.published));
    json.key("publisher");
    json.beginObject();
    json.field("name", tender.procuringEntity);
    json.endObject();
    json.key("extensions");
    json.beginArray();
    for (const char* url : kExtensions)
        json.value(QString::fromLatin1(url));
    json.endArray();
    json.key("releases");
    json.beginArray();
    ReleaseWriter(json, tender, evaluation, options).write();
    json.endArray();
    json.endObject();
    std::string text = json.take();
    text += '\n';
    return QByteArray::fromStdString(text);
}

} // namespace tulana
