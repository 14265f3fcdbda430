#include "RegistryJson.h"

#include "support/Utf8.h"

namespace tulana::registry {
namespace {

using Json = nlohmann::ordered_json;

Json optionalNumber(const std::optional<double>& value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json optionalText(const QString& text)
{
    return text.isEmpty() ? Json(nullptr) : Json(utf8(text));
}

Json dateOrNull(const QDate& date)
{
    return date.isValid() ? Json(utf8(date.toString(Qt::ISODate))) : Json(nullptr);
}

Json selectedToJson(const SelectedSystem& s)
{
    Json openness = nullptr;
    if (s.opennessRecorded) {
        Json licences = Json::array();
        for (const QString& licence : s.licences)
            licences.push_back(utf8(licence));
        openness = Json{{"mofClass", utf8(openness::toKey(s.mofClass))},
                        {"osaid", utf8(openness::toKey(s.osaid))},
                        {"licences", licences}};
    }
    return Json{{"bid", utf8(s.bid)},
                {"bidder", utf8(s.bidder)},
                {"system", utf8(s.system)},
                {"nature", utf8(toKey(s.nature))},
                {"openness", openness},
                {"evaluatedPrice", optionalNumber(s.evaluatedPrice)},
                {"lifecycleNpv", optionalNumber(s.lifecycleNpv)}};
}

Json departureToJson(const RegistryRecord& record)
{
    Json passed = Json::array();
    for (const PassedOverBid& p : record.passedOver)
        passed.push_back(Json{{"bid", utf8(p.bid)},
                              {"bidder", utf8(p.bidder)},
                              {"system", utf8(p.system)},
                              {"rank", p.rank},
                              {"scoreGap", optionalNumber(p.scoreGap)},
                              {"priceGap", optionalNumber(p.priceGap)}});
    Json cited = Json::array();
    for (const CitedConsideration& c : record.considerations)
        cited.push_back(
            Json{{"id", utf8(c.id)}, {"name", utf8(c.name)}, {"reason", utf8(c.reason)}});
    return Json{{"fromOpenSource", record.departsFromOpenSource},
                {"fromEvaluation", record.departsFromEvaluation},
                {"passedOver", passed},
                {"considerations", cited},
                {"justification", optionalText(record.justification)}};
}

Json scoresToJson(const RegistryRecord& record)
{
    Json bids = Json::array();
    for (const PublishedScores& s : record.scores)
        bids.push_back(Json{{"bid", utf8(s.bid)},
                            {"bidder", utf8(s.bidder)},
                            {"nature", utf8(toKey(s.nature))},
                            {"rank", s.rank},
                            {"technical", s.technical},
                            {"financial", optionalNumber(s.financial)},
                            {"combined", optionalNumber(s.combined)},
                            {"evaluatedPrice", optionalNumber(s.evaluatedPrice)}});
    return Json{{"published", record.scoresPublished}, {"bids", bids}};
}

} // namespace

Json statusToJson(const std::vector<StatusChange>& status)
{
    Json changes = Json::array();
    for (const StatusChange& change : status)
        changes.push_back(
            Json{{"status", utf8(toKey(change.status))}, {"date", dateOrNull(change.date)}});
    return changes;
}

Json recordToJson(const RegistryRecord& record)
{
    const Json tender{{"reference", utf8(record.reference)},
                      {"title", utf8(record.title)},
                      {"entity", utf8(record.entity)},
                      {"category", utf8(record.category)},
                      {"method", utf8(toKey(record.method))},
                      {"technicalWeight", record.technicalWeight},
                      {"financialWeight", record.financialWeight},
                      {"currency", utf8(record.currency)},
                      {"decisionDate", dateOrNull(record.decisionDate)},
                      {"announced", record.announced.isValid()
                                        ? Json(utf8(record.announced.toUTC().toString(Qt::ISODate)))
                                        : Json(nullptr)}};
    return Json{{"format", "tulana-registry-record"},
                {"version", 1},
                {"tender", tender},
                {"bidsReceived", Json{{"openSource", record.openSourceBids},
                                      {"proprietary", record.proprietaryBids},
                                      {"mixed", record.mixedBids}}},
                {"selected", selectedToJson(record.selected)},
                {"departure", departureToJson(record)},
                {"scores", scoresToJson(record)},
                {"verification", Json{{"fingerprint", utf8(record.fingerprint)},
                                      {"logCheckpoint", optionalText(record.logCheckpoint)}}},
                {"status", statusToJson(record.status)},
                {"contact", utf8(record.contact)}};
}

} // namespace tulana::registry
