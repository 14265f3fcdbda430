#include "CommitteeWords.h"

#include "i18n/Translate.h"
#include "process/ProcessState.h"

#include <cmath>

namespace tulana::committee_words {

using committee::CommitteeAnalysis;
using committee::SpreadBand;

namespace {

QString bidName(const Tender& tender, int bid)
{
    if (bid < 0 || std::size_t(bid) >= tender.bids.size())
        return tulana::tr("no bid");
    return tender.bids[std::size_t(bid)].id;
}

QString percentText(double value)
{
    return number(value) + QLatin1Char('%');
}

} // namespace

QString memberName(const Tender& tender, int member)
{
    if (member < 0 || std::size_t(member) >= tender.evaluators.size())
        return QString();
    const Evaluator& e = tender.evaluators[std::size_t(member)];
    return e.name.isEmpty() ? e.id : e.name;
}

QString memberNamed(const Tender& tender, const QString& id)
{
    const int member = evaluatorIndex(tender, id);
    return member < 0 ? id : memberName(tender, member);
}

QString criterionName(const std::vector<LeafRef>& leaves, int leaf)
{
    if (leaf < 0 || std::size_t(leaf) >= leaves.size())
        return QString();
    const Criterion& c = *leaves[std::size_t(leaf)].criterion;
    return c.name.isEmpty() ? c.id : c.name;
}

QString criterionNamed(const std::vector<LeafRef>& leaves, const QString& id)
{
    const int leaf = leafIndex(leaves, id);
    return leaf < 0 ? id : criterionName(leaves, leaf);
}

QString number(double value)
{
    // Two decimals, without trailing zeros, and a true minus sign.
    QString text = QString::number(std::round(value * 100) / 100, 'f', 2);
    while (text.contains(QLatin1Char('.')) && text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    text.replace(QLatin1Char('-'), QChar(0x2212));
    return text;
}

QString pValue(double p)
{
    // Two decimals would print a telling p as 0.00.
    if (p < 0.001)
        return QStringLiteral("< 0.001");
    return QString::number(p, 'f', p < 0.01 ? 3 : 2);
}

QString zText(const committee::RobustZ& z)
{
    if (z.unlikeAllOthers())
        return tulana::tr("unlike all others");
    if (std::isnan(z.z))
        return tulana::tr("not enough other marks");
    return number(z.z);
}

QString bandName(SpreadBand band)
{
    switch (band) {
    case SpreadBand::BelowNotable:
        return tulana::tr("below notable");
    case SpreadBand::Notable:
        return tulana::tr("notable");
    case SpreadBand::Wide:
        return tulana::tr("wide");
    }
    return QString();
}

QString spread(const Tender& tender, const std::vector<LeafRef>& leaves,
               const committee::CellSpread& s)
{
    const double maxMarks = leaves[std::size_t(s.leaf)].criterion->maxMarks;
    return tulana::tr("%1, %2: marks from %3 to %4 of %5, a spread of %6 (%7).")
        .arg(bidName(tender, s.bid), criterionName(leaves, s.leaf), number(s.lowest),
             number(s.highest), number(maxMarks), percentText(s.spread), bandName(s.band));
}

QString flaggedMark(const Tender& tender, const std::vector<LeafRef>& leaves,
                    const committee::FlaggedMark& f)
{
    const QString who = memberName(tender, f.member);
    const QString bid = bidName(tender, f.bid);
    const QString criterion = criterionName(leaves, f.leaf);
    if (f.z.unlikeAllOthers())
        return tulana::tr("%1 gave %2 %3 on %4 where each of the other %5 members gave %6: unlike "
                          "all others (the others do not vary, so no z-score can be worked out).")
            .arg(who, bid, number(f.mark), criterion)
            .arg(f.others)
            .arg(number(f.z.median));
    return tulana::tr("%1 gave %2 %3 on %4 where the other %5 members' median is %6: robust z %7, "
                      "beyond ±%8.")
        .arg(who, bid, number(f.mark), criterion)
        .arg(f.others)
        .arg(number(f.z.median), zText(f.z), number(committee::kOutlierZ));
}

QString actionOn(const Tender& tender, const std::vector<LeafRef>& leaves, int bid, int leaf,
                 int member)
{
    if (bid < 0 || leaf < 0 || member < 0 || std::size_t(leaf) >= leaves.size())
        return QString();
    const std::vector<const Moderation*> moderations = tender.committee.moderationsOf(
        tender.bids[std::size_t(bid)].id, leaves[std::size_t(leaf)].criterion->id,
        tender.evaluators[std::size_t(member)].id);
    if (moderations.empty())
        return tulana::tr("The committee left this mark as marked.");
    QStringList done;
    for (const Moderation* m : moderations)
        done << tulana::tr("moderated from %1 to %2 (%3)")
                    .arg(number(m->original), number(m->moderated), m->reason);
    return tulana::tr("The committee %1.").arg(done.join(QStringLiteral("; then ")));
}

QString leniency(const Tender& tender, const committee::MemberLeniency& m)
{
    const QString who = memberName(tender, m.member);
    if (m.marks == 0)
        return tulana::tr("%1 marked no criterion alongside another member.").arg(who);
    const QString share = percentText(100 * std::abs(m.meanDeviation));
    QString where;
    if (m.meanDeviation > 0)
        where = tulana::tr("%1 marks %2 of each maximum above the committee median on average "
                           "(lenient)")
                    .arg(who, share);
    else if (m.meanDeviation < 0)
        where = tulana::tr("%1 marks %2 of each maximum below the committee median on average "
                           "(severe)")
                    .arg(who, share);
    else
        where = tulana::tr("%1 marks at the committee median on average").arg(who);
    const QString split = tulana::tr("%1 of %2 marks above the median, %3 below, %4 at it")
                              .arg(m.above)
                              .arg(m.marks)
                              .arg(m.below)
                              .arg(m.level);
    const QString how = m.notable() ? tulana::tr("which is unusual: so lopsided a split would come "
                                                 "by chance less than 1 time in 20")
                                    : tulana::tr("which is not unusual");
    return tulana::tr("%1: %2, %3 (sign test, p %4).")
        .arg(where, split, how, m.p < 0.001 ? pValue(m.p) : QStringLiteral("= ") + pValue(m.p));
}

QString fewMembers(const CommitteeAnalysis& a)
{
    if (!a.fewMembers)
        return QString();
    return tulana::tr("With %1 members, each mark is held against only %2 others and each "
                      "median rests on very few marks: these robust statistics are weak, flag "
                      "only the starkest disagreement, and cannot tell which member is right.")
        .arg(a.members)
        .arg(std::max(0, a.members - 1));
}

QString leaveOneOut(const Tender& tender, const CommitteeAnalysis& a)
{
    if (a.leftOut.empty())
        return tulana::tr("The committee has fewer than two members: no member can be left out.");
    if (a.winner < 0)
        return tulana::tr("No bid wins on the marks as they stand, so no member can decide the "
                          "award by their marks.");
    if (a.membersWhoDecide.empty())
        return tulana::tr("No single member decides the award: leaving out any one member's "
                          "marks, %1 still wins.")
            .arg(bidName(tender, a.winner));
    QStringList who;
    for (const sensitivity::MemberLeftOut& m : a.leftOut)
        if (m.winner != a.winner)
            who << (m.winner >= 0 ? tulana::tr("leaving out %1's marks, %2 would win instead of %3")
                                        .arg(memberName(tender, m.member),
                                             bidName(tender, m.winner), bidName(tender, a.winner))
                                  : tulana::tr("leaving out %1's marks, no bid would win")
                                        .arg(memberName(tender, m.member)));
    return tulana::tr("A single member decides the award: %1.").arg(who.join(QStringLiteral("; ")));
}

QString moderationChangedWinner(const Tender& tender, const CommitteeAnalysis& a)
{
    if (a.moderations == 0)
        return tulana::tr("The committee moderated no mark.");
    if (a.moderationChangedWinner)
        return tulana::tr("Moderation changed the winner: yes. On the members' original marks "
                          "%1 would win; on the moderated marks %2 wins.")
            .arg(bidName(tender, a.winnerOnOriginalMarks), bidName(tender, a.winner));
    return tulana::tr("Moderation changed the winner: no. On the members' original marks, as on "
                      "the moderated marks, %1 wins.")
        .arg(bidName(tender, a.winner));
}

QString independence(const Tender& tender, const CommitteeAnalysis& a)
{
    if (a.markedOnOwnSheets)
        return tulana::tr("Each member marked on a sheet of their own, which showed no price "
                          "and no other member's marks, and signed it; each sheet's receipt was "
                          "logged before its marks entered the tender. Whether members spoke "
                          "to one another, no record can show.");
    QStringList own;
    for (const committee::MemberSheet& s : a.sheets)
        if (s.sheetInFile && s.receiptLogged)
            own << memberName(tender, s.member);
    if (own.isEmpty())
        return tulana::tr("The marks were entered by the officer: no member's marks came from "
                          "their own signed sheet.");
    return tulana::tr("Only the marks of %1 came from their own signed sheets; the other "
                      "members' marks were entered by the officer.")
        .arg(own.join(QStringLiteral(", ")));
}

QStringList conflicts(const Tender& tender)
{
    QStringList lines;
    for (const ConflictDeclaration& d : tender.committee.declarations) {
        if (!d.conflict)
            continue;
        const QString who = memberNamed(tender, d.member);
        lines << tulana::tr("%1 declared a conflict of interest with %2 (%3) and did not mark "
                            "it: %2's averages are over the other members.")
                     .arg(who, d.bid, d.description);
    }
    return lines;
}

QString spreadSummary(const CommitteeAnalysis& a)
{
    return tulana::tr("Of %1 marked cells (bid × criterion), %2 spread more than %3 of the "
                      "maximum (wide), %4 from %5 to %3 (notable) and %6 less (below notable).")
        .arg(a.spreads.size())
        .arg(a.count(SpreadBand::Wide))
        .arg(percentText(a.bands.wide))
        .arg(a.count(SpreadBand::Notable))
        .arg(percentText(a.bands.notable))
        .arg(a.count(SpreadBand::BelowNotable));
}

QString outlierSummary(const CommitteeAnalysis& a)
{
    if (a.marksTested == 0)
        return tulana::tr("No mark has two or more other marks to be held against: no robust "
                          "z-score can be worked out.");
    return tulana::tr("Of %1 marks held against the other members' marks, %2 lie beyond a "
                      "robust z of ±%3, or differ by %4 of the maximum or more from others who "
                      "all agree.")
        .arg(a.marksTested)
        .arg(a.flagged.size())
        .arg(number(committee::kOutlierZ), percentText(a.bands.notable));
}

QStringList findings(const Tender& tender, const CommitteeAnalysis& a)
{
    QStringList lines;
    lines << independence(tender, a);
    lines << conflicts(tender);
    if (a.available) {
        lines << spreadSummary(a) << outlierSummary(a);
        for (const committee::MemberLeniency& m : a.leniencies)
            if (m.notable())
                lines << leniency(tender, m);
        if (a.fewMembers)
            lines << fewMembers(a);
    } else {
        lines << tulana::tr("No bid has two or more members' marks on any criterion: there is no "
                            "disagreement to measure.");
    }
    lines << leaveOneOut(tender, a);
    lines << moderationChangedWinner(tender, a);
    return lines;
}

} // namespace tulana::committee_words
