// The committee's statistics for the terminal and as documented JSON
// (resources/schema/tulana-committee-1.schema.json); the sentences are the
// committee words', so the CLI says what the memo and the Marks page say.
#include "CommitteeWords.h"

#include "i18n/Translate.h"
#include "support/JsonWriter.h"

#include <QTextStream>

#include <cmath>

namespace tulana {

using committee::CommitteeAnalysis;

namespace {

QString idOfBid(const Tender& tender, int bid)
{
    return bid >= 0 && std::size_t(bid) < tender.bids.size() ? tender.bids[std::size_t(bid)].id
                                                             : QString();
}

QString idOfMember(const Tender& tender, int member)
{
    return tender.evaluators[std::size_t(member)].id;
}

QString idOfCriterion(const std::vector<LeafRef>& leaves, int leaf)
{
    return leaves[std::size_t(leaf)].criterion->id;
}

void writeBidOrNull(JsonWriter& json, const char* name, const Tender& tender, int bid)
{
    json.key(name);
    if (bid >= 0)
        json.value(idOfBid(tender, bid));
    else
        json.null();
}

QString leaning(const committee::MemberLeniency& m)
{
    if (m.meanDeviation > 0)
        return QStringLiteral("lenient");
    if (m.meanDeviation < 0)
        return QStringLiteral("severe");
    return QStringLiteral("neither");
}

void writeSheets(JsonWriter& json, const Tender& tender, const CommitteeAnalysis& a)
{
    json.field("markedOnOwnSheets", a.markedOnOwnSheets);
    json.key("sheets");
    json.beginArray();
    for (const committee::MemberSheet& s : a.sheets) {
        json.beginObject();
        json.field("member", idOfMember(tender, s.member));
        json.field("designation", tender.evaluators[std::size_t(s.member)].designation);
        json.field("sheetInFile", s.sheetInFile);
        json.field("receiptLogged", s.receiptLogged);
        json.key("received");
        s.receiptLogged ? json.value(s.received.toUTC().toString(Qt::ISODate)) : json.null();
        json.key("receivedBy");
        s.receiptLogged ? json.value(s.receivedBy) : json.null();
        json.endObject();
    }
    json.endArray();
    json.key("conflicts");
    json.beginArray();
    for (const ConflictDeclaration& d : tender.committee.declarations)
        if (d.conflict) {
            json.beginObject();
            json.field("member", d.member);
            json.field("bid", d.bid);
            json.field("description", d.description);
            json.endObject();
        }
    json.endArray();
}

void writeStatistics(JsonWriter& json, const Tender& tender, const CommitteeAnalysis& a)
{
    const std::vector<LeafRef> leaves = leavesOf(tender.criteria);
    json.key("spreads");
    json.beginArray();
    for (const committee::CellSpread& s : a.spreads) {
        if (json.failed())
            return; // nothing more would reach the reader
        json.beginObject();
        json.field("bid", idOfBid(tender, s.bid));
        json.field("criterion", idOfCriterion(leaves, s.leaf));
        json.field("marks", double(s.marks));
        json.field("lowest", s.lowest);
        json.field("highest", s.highest);
        json.field("spread", s.spread);
        json.field("band", committee::toKey(s.band));
        json.endObject();
    }
    json.endArray();
    json.field("marksTested", double(a.marksTested));
    json.key("flagged");
    json.beginArray();
    for (const committee::FlaggedMark& f : a.flagged) {
        if (json.failed())
            return;
        json.beginObject();
        json.field("bid", idOfBid(tender, f.bid));
        json.field("criterion", idOfCriterion(leaves, f.leaf));
        json.field("member", idOfMember(tender, f.member));
        json.field("mark", f.mark);
        json.field("others", double(f.others));
        json.field("median", f.z.median);
        json.field("scale", f.z.scale);
        json.field("basis", committee::toKey(f.z.basis));
        json.field("z", f.z.z); // null when unlike all others (infinite)
        json.field("unlikeAllOthers", f.z.unlikeAllOthers());
        json.field("action", committee_words::actionOn(tender, leaves, f.bid, f.leaf, f.member));
        json.endObject();
    }
    json.endArray();
    json.key("members");
    json.beginArray();
    for (const committee::MemberLeniency& m : a.leniencies) {
        json.beginObject();
        json.field("member", idOfMember(tender, m.member));
        json.field("marks", double(m.marks));
        json.field("meanDeviation", m.meanDeviation);
        json.field("above", double(m.above));
        json.field("below", double(m.below));
        json.field("level", double(m.level));
        json.field("p", m.p);
        json.field("leaning", leaning(m));
        json.field("notable", m.notable());
        json.endObject();
    }
    json.endArray();
}

void writeWinners(JsonWriter& json, const Tender& tender, const CommitteeAnalysis& a)
{
    writeBidOrNull(json, "winner", tender, a.winner);
    json.key("leftOut");
    json.beginArray();
    for (const sensitivity::MemberLeftOut& m : a.leftOut) {
        json.beginObject();
        json.field("member", idOfMember(tender, m.member));
        writeBidOrNull(json, "winner", tender, m.winner);
        json.field("changesWinner", m.winner != a.winner);
        json.endObject();
    }
    json.endArray();
    json.field("singleMemberDecides", !a.membersWhoDecide.empty());
    json.key("moderation");
    json.beginObject();
    json.field("count", double(a.moderations));
    writeBidOrNull(json, "winnerOnOriginalMarks", tender, a.winnerOnOriginalMarks);
    json.field("changedWinner", a.moderationChangedWinner);
    json.key("moderations");
    json.beginArray();
    for (const Moderation& m : tender.committee.moderations) {
        json.beginObject();
        json.field("bid", m.bid);
        json.field("criterion", m.criterion);
        json.field("member", m.member);
        json.field("original", m.original);
        json.field("moderated", m.moderated);
        json.field("reason", m.reason);
        json.key("time");
        m.time.isValid() ? json.value(m.time.toUTC().toString(Qt::ISODate)) : json.null();
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

} // namespace

void writeCommitteeTable(QTextStream& out, const Tender& tender, const CommitteeAnalysis& a)
{
    for (const QString& line : committee_words::findings(tender, a))
        out << line << '\n';

    out << '\n' << tulana::tr("Members") << '\n';
    for (const committee::MemberSheet& s : a.sheets) {
        const Evaluator& e = tender.evaluators[std::size_t(s.member)];
        out << "  " << e.id << "  " << committee_words::memberName(tender, s.member);
        if (!e.designation.isEmpty())
            out << ", " << e.designation;
        if (s.receiptLogged)
            out << "  "
                << tulana::tr("sheet received %1 by %2")
                       .arg(s.received.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                            s.receivedBy);
        else
            out << "  " << tulana::tr("marks entered by the officer");
        out << '\n';
    }
    if (!a.available)
        return;

    // A large tender's lists run to 200,000 lines: once the output has
    // failed (a closed pipe, a full disk), wording the rest helps no one.
    const auto failed = [&out] { return out.status() != QTextStream::Ok; };
    const std::vector<LeafRef> leaves = leavesOf(tender.criteria);
    out << '\n' << tulana::tr("Notable and wide spreads") << '\n';
    int shown = 0;
    for (const committee::CellSpread& s : a.spreads)
        if (s.band != committee::SpreadBand::BelowNotable) {
            if (failed())
                return;
            out << "  " << committee_words::spread(tender, leaves, s) << '\n';
            ++shown;
        }
    if (shown == 0)
        out << "  " << tulana::tr("none") << '\n';

    out << '\n' << tulana::tr("Marks unlike the other members'") << '\n';
    for (const committee::FlaggedMark& f : a.flagged) {
        if (failed())
            return;
        out << "  " << committee_words::flaggedMark(tender, leaves, f) << ' '
            << committee_words::actionOn(tender, leaves, f.bid, f.leaf, f.member) << '\n';
    }
    if (a.flagged.empty())
        out << "  " << tulana::tr("none") << '\n';

    out << '\n' << tulana::tr("Leniency and severity") << '\n';
    for (const committee::MemberLeniency& m : a.leniencies)
        out << "  " << committee_words::leniency(tender, m) << '\n';

    out << '\n' << tulana::tr("Leave one member out") << '\n';
    for (const sensitivity::MemberLeftOut& m : a.leftOut)
        out << "  "
            << tulana::tr("without %1: %2")
                   .arg(committee_words::memberName(tender, m.member),
                        m.winner >= 0 ? tulana::tr("%1 wins").arg(idOfBid(tender, m.winner))
                                      : tulana::tr("no bid wins"))
            << '\n';
}

QString committeeAsTable(const Tender& tender, const CommitteeAnalysis& a)
{
    QString text;
    QTextStream out(&text);
    writeCommitteeTable(out, tender, a);
    out.flush();
    return text;
}

namespace {

void writeCommittee(JsonWriter& json, const Tender& tender, const CommitteeAnalysis& a)
{
    json.beginObject();
    json.field("format", QStringLiteral("tulana-committee"));
    json.field("version", 1.0);
    json.field("available", a.available);
    json.field("memberCount", double(a.members));
    json.field("fewMembers", a.fewMembers);
    json.key("bands");
    json.beginObject();
    json.field("notable", a.bands.notable);
    json.field("wide", a.bands.wide);
    json.endObject();
    writeSheets(json, tender, a);
    writeStatistics(json, tender, a);
    writeWinners(json, tender, a);
    json.key("findings");
    json.beginArray();
    for (const QString& line : committee_words::findings(tender, a))
        json.value(line);
    json.endArray();
    json.endObject();
}

} // namespace

bool writeCommitteeJson(const Tender& tender, const CommitteeAnalysis& a,
                        const JsonWriter::Sink& sink)
{
    return streamJson(sink, [&](JsonWriter& json) { writeCommittee(json, tender, a); });
}

QByteArray committeeAsJson(const Tender& tender, const CommitteeAnalysis& a)
{
    return wholeJson([&](JsonWriter& json) { writeCommittee(json, tender, a); });
}

} // namespace tulana
