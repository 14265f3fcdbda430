#include "SensitivityReport.h"

#include "i18n/Translate.h"
#include "support/JsonWriter.h"

#include <QTextStream>

#include <cmath>

namespace tulana {

using sensitivity::Report;

namespace {

QString bidId(const Tender& tender, int bid)
{
    return tender.bids[std::size_t(bid)].id;
}

} // namespace

QString sensitivityAsTable(const Tender& tender, const Report& report)
{
    QString text;
    QTextStream out(&text);
    out << tulana::tr("Robustness of the award") << '\n';
    if (!report.available) {
        out << tulana::tr("Not available: %1.").arg(report.why) << '\n';
        return text;
    }
    out << tulana::tr("Thresholds are worked on unrounded scores; a sealed price is never "
                      "used.")
        << "\n\n";
    out << tulana::tr("Technical weight") << '\n'
        << "  " << sensitivity_words::technicalWeight(tender, report) << '\n';
    for (const sensitivity::Segment& s : report.technicalWeight.segments)
        out << "  " << sensitivity_words::number(s.from) << "%–" << sensitivity_words::number(s.to)
            << "%: " << sensitivity_words::winnerName(tender, s.winner) << '\n';

    out << '\n' << tulana::tr("Criterion weights (the others rescaled; least slack first)") << '\n';
    for (const sensitivity::CriterionWeight& c : report.criteria)
        out << "  " << c.name << ": " << sensitivity_words::number(c.weight) << ' '
            << tulana::tr("holds from %1 to %2 of %3 points")
                   .arg(sensitivity_words::number(c.holds.from),
                        sensitivity_words::number(c.holds.to), sensitivity_words::number(c.total))
            << '\n';

    out << '\n' << tulana::tr("Price to win (evaluated prices)") << '\n';
    for (const sensitivity::PriceToWin& p : report.priceToWin)
        out << "  " << sensitivity_words::priceToWin(tender, p, p.bid == report.winner) << '\n';

    out << '\n' << tulana::tr("Technical score to win") << '\n';
    for (const sensitivity::TechnicalToWin& t : report.technicalToWin)
        out << "  " << sensitivity_words::technicalToWin(tender, t) << '\n';

    out << '\n'
        << tulana::tr("Members") << '\n'
        << "  " << sensitivity_words::members(tender, report) << '\n';
    if (report.bootstrap && report.bootstrap->draws > 0) {
        out << "  "
            << tulana::tr("Committees redrawn from its members (%1 draws, seed %2):")
                   .arg(report.bootstrap->draws)
                   .arg(report.bootstrap->seed);
        for (std::size_t b = 0; b < report.bootstrap->winShare.size(); ++b)
            if (report.bootstrap->winShare[b] > 0)
                out << ' ' << bidId(tender, int(b)) << ' '
                    << sensitivity_words::share(report.bootstrap->winShare[b]);
        out << '\n';
    }

    if (report.acceptability) {
        const sensitivity::Acceptability& a = *report.acceptability;
        out << '\n'
            << tulana::tr("Rank acceptability (%1 draws, seed %2, weights ±%3%, technical "
                          "weight %4%–%5%)")
                   .arg(a.options.draws)
                   .arg(a.options.seed)
                   .arg(sensitivity_words::number(a.options.weightRange),
                        sensitivity_words::number(a.technicalWeight.from),
                        sensitivity_words::number(a.technicalWeight.to))
            << '\n';
        for (const sensitivity::BidAcceptability& b : a.bids) {
            out << "  " << bidId(tender, b.bid) << ':';
            for (std::size_t r = 0; r < b.ranks.size() && r < 5; ++r)
                out << ' ' << tulana::tr("rank %1").arg(r + 1) << ' '
                    << sensitivity_words::share(b.ranks[r]) << " ±"
                    << sensitivity_words::number(b.errors[r] * 100);
            if (b.notQualified > 0)
                out << ' '
                    << tulana::tr("below the minimum %1")
                           .arg(sensitivity_words::share(b.notQualified));
            if (b.confidence)
                out << ' '
                    << tulana::tr("confidence %1").arg(sensitivity_words::share(*b.confidence));
            out << '\n';
        }
        if (a.sealedDecides > 0)
            out << "  "
                << tulana::tr("In %1 of draws a bid whose price is sealed would qualify.")
                       .arg(sensitivity_words::share(a.sealedDecides))
                << '\n';
    }
    return text;
}

namespace {

void writeRange(JsonWriter& json, const char* name, const sensitivity::Range& r)
{
    json.key(name);
    json.beginObject();
    json.field("from", r.from);
    json.field("to", r.to);
    json.endObject();
}

void writeWinner(JsonWriter& json, const Tender& tender, int winner)
{
    json.key("winner");
    if (winner >= 0)
        json.value(bidId(tender, winner));
    else
        json.null();
    if (winner == sensitivity::kSealedDecides)
        json.field("sealedPriceDecides", true);
}

void writeSegments(JsonWriter& json, const Tender& tender,
                   const std::vector<sensitivity::Segment>& segments)
{
    json.key("segments");
    json.beginArray();
    for (const sensitivity::Segment& s : segments) {
        json.beginObject();
        json.field("from", s.from);
        json.field("to", s.to);
        writeWinner(json, tender, s.winner);
        json.endObject();
    }
    json.endArray();
}

void writeExact(JsonWriter& json, const Tender& tender, const Report& report)
{
    const std::vector<LeafRef> leaves = leavesOf(tender.criteria);
    json.key("technicalWeight");
    json.beginObject();
    json.field("announced", report.technicalWeight.announced);
    writeRange(json, "allowed", report.technicalWeight.allowed);
    writeSegments(json, tender, report.technicalWeight.segments);
    writeRange(json, "winnerHolds", report.technicalWeight.winnerHolds);
    json.endObject();

    json.key("criteria");
    json.beginArray();
    for (const sensitivity::CriterionWeight& c : report.criteria) {
        json.beginObject();
        json.field("criterion", c.id);
        json.field("name", c.name);
        json.field("group", c.group);
        json.field("weight", c.weight);
        json.field("total", c.total);
        writeRange(json, "holds", c.holds);
        writeSegments(json, tender, c.segments);
        json.endObject();
    }
    json.endArray();

    json.key("priceToWin");
    json.beginArray();
    for (const sensitivity::PriceToWin& p : report.priceToWin) {
        const bool winner = p.bid == report.winner;
        json.beginObject();
        json.field("bid", bidId(tender, p.bid));
        json.field("winner", winner);
        json.field("evaluatedPrice", p.price);
        json.key("price");
        p.threshold ? json.value(*p.threshold) : json.null();
        json.key(winner ? "rise" : "cut");
        p.change ? json.value(*p.change) : json.null();
        if (!winner && !p.threshold)
            json.field("technicalGap", p.technicalGap);
        json.endObject();
    }
    json.endArray();

    json.key("technicalToWin");
    json.beginArray();
    for (const sensitivity::TechnicalToWin& t : report.technicalToWin) {
        json.beginObject();
        json.field("bid", bidId(tender, t.bid));
        json.field("technical", t.technical);
        json.key("threshold");
        t.threshold ? json.value(*t.threshold) : json.null();
        json.key("cheapest");
        json.beginArray();
        for (const sensitivity::ExtraMarks& m : t.cheapest) {
            json.beginObject();
            json.field("criterion", leaves[std::size_t(m.leaf)].criterion->id);
            json.field("extraMarks", m.marks);
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();

    json.key("members");
    json.beginArray();
    for (const sensitivity::MemberLeftOut& m : report.members) {
        json.beginObject();
        json.field("leftOut", tender.evaluators[std::size_t(m.member)].id);
        writeWinner(json, tender, m.winner);
        json.endObject();
    }
    json.endArray();
}

void writeSimulations(JsonWriter& json, const Tender& tender, const Report& report)
{
    const std::vector<LeafRef> leaves = leavesOf(tender.criteria);
    if (report.bootstrap) {
        const sensitivity::Shares& b = *report.bootstrap;
        json.key("bootstrap");
        json.beginObject();
        json.field("draws", double(b.draws));
        json.field("seed", QString::number(b.seed));
        json.key("bids");
        json.beginArray();
        for (std::size_t i = 0; i < b.winShare.size(); ++i) {
            if (b.winShare[i] <= 0)
                continue;
            json.beginObject();
            json.field("bid", bidId(tender, int(i)));
            json.field("winShare", b.winShare[i]);
            json.endObject();
        }
        json.endArray();
        json.field("sealedPriceDecides", b.sealedDecides);
        json.field("noWinner", b.noWinner);
        json.endObject();
    }
    if (!report.acceptability)
        return;
    const sensitivity::Acceptability& a = *report.acceptability;
    json.key("acceptability");
    json.beginObject();
    json.field("draws", double(a.options.draws));
    json.field("seed", QString::number(a.options.seed));
    json.field("weightRange", a.options.weightRange);
    json.field("marksDrawn", a.options.drawMarks);
    writeRange(json, "technicalWeight", a.technicalWeight);
    json.field("sealedPriceDecides", a.sealedDecides);
    json.key("bids");
    json.beginArray();
    for (const sensitivity::BidAcceptability& b : a.bids) {
        json.beginObject();
        json.field("bid", bidId(tender, b.bid));
        json.key("ranks");
        json.beginInlineArray();
        for (double p : b.ranks)
            json.value(p);
        json.endArray();
        json.key("errors");
        json.beginInlineArray();
        for (double e : b.errors)
            json.value(e);
        json.endArray();
        json.field("lowerRanks", b.lowerRanks);
        json.field("notQualified", b.notQualified);
        json.key("centralWeights");
        if (b.centralWeights.empty()) {
            json.null();
        } else {
            json.beginObject();
            for (std::size_t k = 0; k + 1 < b.centralWeights.size(); ++k) {
                json.key(leaves[k].criterion->id);
                json.value(b.centralWeights[k]);
            }
            json.field("technicalWeight", b.centralWeights.back());
            json.endObject();
        }
        json.key("confidence");
        b.confidence ? json.value(*b.confidence) : json.null();
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

} // namespace

QByteArray sensitivityAsJson(const Tender& tender, const Report& report)
{
    JsonWriter json;
    json.beginObject();
    json.field("format", QStringLiteral("tulana-sensitivity"));
    json.field("version", 1.0);
    json.field("available", report.available);
    if (!report.available) {
        json.field("why", report.why);
        json.endObject();
        return QByteArray::fromStdString(json.take());
    }
    writeWinner(json, tender, report.winner);
    json.field("decidedByRounding", report.decidedByRounding);
    writeExact(json, tender, report);
    writeSimulations(json, tender, report);
    json.endObject();
    std::string text = json.take();
    text += '\n';
    return QByteArray::fromStdString(text);
}

} // namespace tulana
