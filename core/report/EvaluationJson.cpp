// The "tulana-evaluation" JSON output of `tulana-cli score --format json`
// (docs/cli.md). Field names and meanings are stable within a version.
#include "EvaluationReport.h"
#include "LifecycleReport.h"

#include "report/EligibilityReport.h"
#include "scoring/Derivation.h"
#include "support/JsonWriter.h"

namespace tulana {
namespace {

void writeDerivation(JsonWriter& w, const char* name, const Explainer& explainer, int bid,
                     Quantity q)
{
    const Derivation d = explainer.explain(bid, q);
    w.key(name);
    if (!d.available) {
        w.null();
        return;
    }
    w.beginObject();
    w.field("value", d.value);
    w.field("exact", d.exact);
    w.field("formula", d.formula);
    w.field("working", d.working);
    w.field("rounding", d.rounding);
    w.key("inputs");
    w.beginArray();
    for (const Term& term : d.inputs) {
        w.beginObject();
        w.field("name", term.name);
        w.field("value", term.value);
        w.field("source", term.source);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

// `leafIds` are the marked criteria's ids in UTF-8, made once for all bids.
void writeBid(JsonWriter& w, const Tender& t, const Evaluation& ev, const Explainer& explainer,
              const BidResult& r, const std::vector<std::string>& leafIds)
{
    const Bid& b = t.bids[std::size_t(r.bid)];
    w.beginObject();
    w.field("id", b.id);
    w.field("bidder", b.bidder);
    w.field("system", b.system);
    w.field("nature", toKey(b.nature));
    w.field("standing", toKey(r.standing));
    w.field("reason", r.reason());
    w.key("rank");
    if (r.rank > 0)
        w.value(double(r.rank));
    else
        w.null();
    w.field("tieBroken", r.tieBroken);
    w.key("criterionAverages");
    w.beginObject();
    for (std::size_t c = 0; c < r.criterionAverages.size(); ++c) {
        w.key(leafIds[c]);
        w.value(r.criterionAverages[c]);
    }
    w.endObject();
    writeDerivation(w, "openness", explainer, r.bid, Quantity::Openness);
    writeDerivation(w, "technical", explainer, r.bid, Quantity::Technical);
    writeDerivation(w, "technicalUsed", explainer, r.bid, Quantity::TechnicalForCombination);
    writeDerivation(w, "evaluatedPrice", explainer, r.bid, Quantity::EvaluatedPrice);
    writeDerivation(w, "financial", explainer, r.bid, Quantity::Financial);
    writeDerivation(w, "combined", explainer, r.bid, Quantity::Combined);
    writeBidEligibilityReport(w, t, ev, r.bid); // absent for tenders without eligibility
    writeBidLifecycleJson(w, t, ev, r.bid);
    w.endObject();
}

QString idOf(const Tender& t, int bid)
{
    return bid >= 0 ? t.bids[std::size_t(bid)].id : QString();
}

// The whole report, in the order of docs/cli.md. Stops early when a piece
// could not be written: nothing more would reach the reader.
void writeEvaluation(JsonWriter& w, const Tender& t, const Evaluation& ev)
{
    w.beginObject();
    w.field("format", QStringLiteral("tulana-evaluation"));
    w.field("version", 1.0);
    w.key("tender");
    w.beginObject();
    w.field("reference", t.reference);
    w.field("title", t.title);
    w.field("method", toKey(t.method));
    w.field("technicalWeight", t.technicalWeight);
    w.field("financialWeight", t.financialWeight);
    w.field("minimumTechnicalScore", t.minimumTechnicalScore);
    w.field("currency", t.currency);
    w.key("opennessMaxMarks"); // null when no openness sub-criterion is on
    if (t.openness.isOn())
        w.value(t.openness.maxMarks);
    else
        w.null();
    writeLifecycleJson(w, t);
    w.endObject();
    w.field("evaluated", ev.evaluated);
    w.key("winner");
    if (ev.hasWinner())
        w.value(idOf(t, ev.winner));
    else
        w.null();
    w.field("noAwardReason", ev.noAwardReason);
    w.field("tieBreakNote", ev.tieBreakNote);
    writePreferenceReport(w, t);
    w.key("basis");
    w.beginObject();
    w.field("lowestPrice", ev.basis.lowestPrice);
    w.field("highestPrice", ev.basis.highestPrice);
    w.field("highestTechnical", ev.basis.highestTechnical);
    w.endObject();
    w.key("ranking");
    w.beginInlineArray();
    for (int b : ev.ranking)
        w.value(idOf(t, b));
    w.endArray();
    w.key("bids");
    w.beginArray();
    std::vector<std::string> leafIds;
    for (const LeafRef& leaf : leavesOf(t.criteria))
        leafIds.push_back(leaf.criterion->id.toStdString());
    const Explainer explainer(t, ev);
    for (const BidResult& r : ev.results) {
        if (w.failed())
            return;
        writeBid(w, t, ev, explainer, r, leafIds);
    }
    w.endArray();
    w.key("rankReversals");
    w.beginArray();
    for (const RankReversal& rr : ev.rankReversals) {
        w.beginObject();
        w.field("kind", rr.kind == RankReversal::Kind::Removal ? QStringLiteral("removal")
                                                               : QStringLiteral("addition"));
        w.field("bid", idOf(t, rr.bid));
        if (rr.bids.size() > 1) {
            w.key("bids");
            w.beginInlineArray();
            for (int bid : rr.bids)
                w.value(idOf(t, bid));
            w.endArray();
        }
        if (rr.priceBelow)
            w.field("priceBelow", *rr.priceBelow);
        if (rr.priceAbove)
            w.field("priceAbove", *rr.priceAbove);
        w.field("winnerBefore", idOf(t, rr.winnerBefore));
        w.field("winnerAfter", idOf(t, rr.winnerAfter));
        w.field("explanation", rr.explanation);
        w.endObject();
    }
    w.endArray();
    w.key("problems");
    w.beginArray();
    for (const Problem& p : ev.problems) {
        w.beginObject();
        w.field("severity", p.isError() ? QStringLiteral("error") : QStringLiteral("warning"));
        w.field("where", p.where);
        w.field("message", p.message);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace

bool writeEvaluationJson(const Tender& t, const Evaluation& ev, const JsonWriter::Sink& sink)
{
    return streamJson(sink, [&](JsonWriter& w) { writeEvaluation(w, t, ev); });
}

QByteArray evaluationAsJson(const Tender& t, const Evaluation& ev)
{
    return wholeJson([&](JsonWriter& w) { writeEvaluation(w, t, ev); });
}

} // namespace tulana
