#include "OcdsImport.h"

#include "i18n/Translate.h"
#include "support/JsonReader.h"
#include "support/VisibleControls.h"
#include "tender/Amount.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>

namespace tulana {
namespace {

using json = nlohmann::json;

const json* member(const json& object, const char* key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

QString text(const json& object, const char* key)
{
    const json* value = member(object, key);
    return value && value->is_string() ? QString::fromStdString(value->get<std::string>())
                                       : QString();
}

std::optional<double> number(const json& object, const char* key)
{
    const json* value = member(object, key);
    if (!value || !value->is_number())
        return std::nullopt;
    const double d = value->get<double>();
    return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

// Later releases over earlier ones, object by object (a compiled release's
// rule for objects; arrays are replaced whole).
void mergeInto(json& target, const json& release)
{
    for (auto it = release.begin(); it != release.end(); ++it) {
        if (it->is_object() && target.contains(it.key()) && target[it.key()].is_object())
            mergeInto(target[it.key()], *it);
        else
            target[it.key()] = *it;
    }
}

// The release to read: a record package's compiled release, a release
// package's releases merged in order, or the release itself.
std::optional<json> releaseOf(const json& document, Problems& problems, const QString& where)
{
    if (const json* records = member(document, "records"); records && records->is_array()) {
        for (const json& record : *records)
            if (const json* compiled = member(record, "compiledRelease"))
                return *compiled;
        problems.append(error(where, tulana::tr("the record package has no compiled release")));
        return std::nullopt;
    }
    if (const json* releases = member(document, "releases"); releases && releases->is_array()) {
        if (releases->empty()) {
            problems.append(error(where, tulana::tr("the release package has no releases")));
            return std::nullopt;
        }
        json merged = json::object();
        for (const json& release : *releases)
            if (release.is_object())
                mergeInto(merged, release);
        return merged;
    }
    if (member(document, "ocid"))
        return document;
    problems.append(error(where, tulana::tr("it is not OCDS: no releases, records or ocid")));
    return std::nullopt;
}

class Mapper
{
public:
    Mapper(const json& release, OcdsImport& out)
        : m_release(release)
        , m_out(out)
    {}

    Tender map()
    {
        Tender t;
        const json empty = json::object();
        const json* tenderSection = member(m_release, "tender");
        const json& tender = tenderSection ? *tenderSection : empty;
        t.reference = text(tender, "id");
        if (t.reference.isEmpty())
            t.reference = text(m_release, "ocid");
        t.title = text(tender, "title");
        t.procuringEntity = entityName(tender);
        if (const json* value = member(tender, "value"))
            if (const QString currency = text(*value, "currency"); !currency.isEmpty())
                t.currency = currency;
        method(tender, t);
        criteria(tender, t);
        bids(tender, t);
        note(tulana::tr("the committee's members (OCDS does not list evaluators): add them on "
                        "the Committee page"));
        return t;
    }

private:
    void note(const QString& what) { m_out.notMapped << what; }

    // The "amount" of a release's value. One beyond what Tulana takes
    // anywhere (tender/Amount.h) is left for the officer to enter, and said:
    // kept, it would make a tender file that does not open again. `whose()`
    // names the value ("bid no. 3's value in the release"), worded only then.
    std::optional<double> amountOf(const json& value, const auto& whose)
    {
        const std::optional<double> amount = number(value, "amount");
        if (!amount || isWithinAmountCeiling(*amount))
            return amount;
        note(tulana::tr("%1: %2; it is left blank here")
                 .arg(whose(), amountCeilingProblem(*amount)));
        return std::nullopt;
    }

    QString entityName(const json& tender) const
    {
        if (const json* entity = member(tender, "procuringEntity"))
            if (const QString name = text(*entity, "name"); !name.isEmpty())
                return name;
        if (const json* buyer = member(m_release, "buyer"))
            return text(*buyer, "name");
        return {};
    }

    void method(const json& tender, Tender& t)
    {
        const QString criteria = text(tender, "awardCriteria");
        const json* rules = member(tender, "evaluationRules");
        if (rules) { // Tulana's own extension: the announced rules whole
            if (const auto m = selectionMethodFromKey(text(*rules, "method")))
                t.method = *m;
            if (const auto w = number(*rules, "technicalWeight"))
                t.technicalWeight = *w;
            if (const auto w = number(*rules, "financialWeight"))
                t.financialWeight = *w;
            if (const auto m = number(*rules, "minimumTechnicalScore"))
                t.minimumTechnicalScore = *m;
            if (const auto f = priceFormulaFromKey(text(*rules, "priceFormula")))
                t.options.priceFormula = *f;
            if (const auto b = technicalScoreBasisFromKey(text(*rules, "technicalScoreBasis")))
                t.options.technicalBasis = *b;
            if (const auto d = number(*rules, "decimals"); d && *d >= 0 && *d <= 6)
                t.options.decimals = int(*d);
            if (const auto r = roundingPointFromKey(text(*rules, "roundingPoint")))
                t.options.roundingPoint = *r;
            if (const auto b = tieBreakFromKey(text(*rules, "tieBreak")))
                t.options.tieBreak = *b;
        } else if (criteria == QLatin1String("priceOnly")) {
            t.method = SelectionMethod::Lcs;
        } else if (criteria == QLatin1String("qualityOnly")) {
            t.method = member(tender, "value") ? SelectionMethod::Fbs : SelectionMethod::Qbs;
        } else if (criteria == QLatin1String("ratedCriteria")) {
            t.method = SelectionMethod::Qcbs;
        } else {
            note(criteria.isEmpty()
                     ? tulana::tr("the selection method (the release has no award criteria): "
                                  "QCBS is assumed")
                     : tulana::tr("the award criteria \"%1\" (not a method Tulana knows): QCBS "
                                  "is assumed")
                           .arg(criteria));
        }
        if (t.method == SelectionMethod::Fbs)
            if (const json* value = member(tender, "value"))
                t.budget = amountOf(*value,
                                    [] { return tulana::tr("the tender's value in the release"); });
        if (!rules)
            note(tulana::tr("the minimum technical score, price formula, rounding and "
                            "tie-break: Tulana's defaults are set; check them against the "
                            "tender document"));
    }

    // The award criteria breakdown (on the first lot): price gives the
    // financial weight, each quality criterion a criterion of its share.
    void criteria(const json& tender, Tender& t)
    {
        const json* lots = member(tender, "lots");
        const json* first = lots && lots->is_array() && !lots->empty() ? &(*lots)[0] : nullptr;
        if (lots && lots->is_array() && lots->size() > 1)
            note(tulana::tr("lots after the first (%1 in all): only the first lot's award "
                            "criteria are read")
                     .arg(lots->size()));
        const json* award = first ? member(*first, "awardCriteria") : nullptr;
        const json* list = award ? member(*award, "criteria") : nullptr;
        if (!list || !list->is_array()) {
            note(tulana::tr("the technical criteria (the release has no award criteria "
                            "breakdown): add them on the Criteria page"));
            return;
        }
        double price = 0;
        double quality = 0;
        std::vector<std::pair<QString, double>> named;
        for (const json& c : *list) {
            const json* numbers = member(c, "numbers");
            std::optional<double> percent;
            if (numbers && numbers->is_array())
                for (const json& n : *numbers) {
                    const QString kind = text(n, "weight");
                    if (kind == QLatin1String("percentageExact") ||
                        kind == QLatin1String("percentageRangeMiddle"))
                        percent = number(n, "number");
                    else if (kind == QLatin1String("decimalExact") ||
                             kind == QLatin1String("decimalRangeMiddle"))
                        if (const auto d = number(n, "number"))
                            percent = *d * 100;
                }
            const QString type = text(c, "type");
            const QString name = text(c, "name");
            if (!percent) {
                note(tulana::tr("the criterion \"%1\": its weight is not given as a percentage "
                                "or a decimal")
                         .arg(name));
                continue;
            }
            // A share of the award is between none and all of it. Beyond, a
            // decimal near the double's ceiling is infinite once made a
            // percentage, large ones overflow the sums below, and every weight
            // becomes "nan"; a negative one would take weight from the others.
            if (!(*percent >= 0 && *percent <= 100)) {
                note(tulana::tr("the criterion \"%1\": its weight is not a percentage between 0 "
                                "and 100 (or a decimal between 0 and 1); set it on the Criteria "
                                "page")
                         .arg(name));
                continue;
            }
            if (type == QLatin1String("price") || type == QLatin1String("cost"))
                price += *percent;
            else {
                quality += *percent;
                named.push_back({name, *percent});
            }
        }
        if (!member(tender, "evaluationRules") && t.method == SelectionMethod::Qcbs &&
            price + quality > 0) {
            t.technicalWeight = 100.0 * quality / (price + quality);
            t.financialWeight = 100.0 - t.technicalWeight;
        }
        for (std::size_t i = 0; i < named.size() && quality > 0; ++i) {
            Criterion c;
            c.id = QStringLiteral("C%1").arg(i + 1);
            c.name = named[i].first.isEmpty() ? c.id : named[i].first;
            c.maxMarks = 10;
            c.weight = 100.0 * named[i].second / quality;
            t.criteria.push_back(c);
        }
        if (!named.empty())
            note(tulana::tr("each criterion's maximum marks and sub-criteria (OCDS gives only "
                            "weights): 10 marks each is set"));
    }

    void bids(const json& tender, Tender& t)
    {
        const json* bidsSection = member(m_release, "bids");
        const json* details = bidsSection ? member(*bidsSection, "details") : nullptr;
        if (details && details->is_array()) {
            for (const json& d : *details) {
                const auto whose = [number = t.bids.size() + 1] {
                    return tulana::tr("bid no. %1's value in the release")
                        .arg(QString::number(number));
                };
                Bid bid = t.newBid();
                bid.id = text(d, "id");
                if (const json* tenderers = member(d, "tenderers");
                    tenderers && tenderers->is_array() && !tenderers->empty())
                    bid.bidder = text((*tenderers)[0], "name");
                if (const json* value = member(d, "value"))
                    if (const auto amount = amountOf(*value, whose))
                        bid.price = *amount;
                if (text(d, "status") == QLatin1String("withdrawn")) {
                    bid.status = BidStatus::Withdrawn;
                    bid.statusReason = tulana::tr("withdrawn (from the OCDS release)");
                }
                t.bids.push_back(bid);
            }
        } else if (const json* tenderers = member(tender, "tenderers");
                   tenderers && tenderers->is_array()) {
            for (const json& who : *tenderers) {
                Bid bid = t.newBid();
                bid.bidder = text(who, "name");
                t.bids.push_back(bid);
            }
        }
        giveUsableIds(t.bids);
        if (t.bids.empty()) {
            note(tulana::tr("the bids (the release lists no bids or tenderers)"));
            return;
        }
        note(tulana::tr("each bid's system, its nature (open source, proprietary or mixed) and "
                        "its marks: OCDS has no fields for them"));
        note(tulana::tr("each bid's tax: a bid's value is read as its price, tax included"));
    }

    // A tender refuses an id that is blank, used twice or holds a control
    // character; a published release may have any of these. Such a bid gets
    // the first free "B<n>" from its own position on, and the officer is
    // told which, so that it can be matched with the release by hand.
    void giveUsableIds(std::vector<Bid>& bids)
    {
        QSet<QString> taken;
        std::vector<std::size_t> toName;
        for (std::size_t i = 0; i < bids.size(); ++i) {
            QString& id = bids[i].id;
            id = id.trimmed(); // as the Bids page keeps a typed id
            if (id.isEmpty() || firstControlCharacter(id) >= 0 || taken.contains(id))
                toName.push_back(i);
            else
                taken.insert(id);
        }
        // Every number below the last one given is taken or was skipped for
        // an earlier position: searching on from there gives the same ids
        // and keeps 30,000 unnamed bids linear.
        std::size_t next = 1;
        for (const std::size_t i : toName) {
            next = std::max(next, i + 1);
            QString id;
            while (taken.contains(id = QStringLiteral("B%1").arg(next)))
                ++next;
            taken.insert(id);
            const QString given = std::exchange(bids[i].id, id);
            if (given.isEmpty())
                continue; // the release gave none: nothing to match
            const QString why = firstControlCharacter(given) >= 0
                                    ? tulana::tr("holds a control character")
                                    : tulana::tr("is an earlier bid's");
            note(tulana::tr("bid no. %1's id in the release, \"%2\", %3: it is %4 here; check it "
                            "against the release")
                     .arg(QString::number(i + 1), controlsShown(given), why, id));
        }
    }

    const json& m_release;
    OcdsImport& m_out;
};

} // namespace

OcdsImport importOcds(const QByteArray& text, const QString& fileName)
{
    OcdsImport out;
    const std::optional<json> document = parseJson(text, fileName, out.problems);
    if (!document)
        return out;
    const std::optional<json> release = releaseOf(*document, out.problems, fileName);
    if (!release)
        return out;
    out.tender = Mapper(*release, out).map();
    return out;
}

} // namespace tulana
