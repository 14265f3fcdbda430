#include "SensitivityReport.h"

#include "i18n/Translate.h"
#include "support/Money.h"

#include <QLocale>

#include <cmath>

namespace tulana::sensitivity_words {

using sensitivity::kSealedDecides;

QString number(double value)
{
    // Two decimals, without trailing zeros: 63.5, 80, 63.52.
    QString text = QString::number(std::round(value * 100) / 100, 'f', 2);
    while (text.contains(QLatin1Char('.')) && text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString winnerName(const Tender& tender, int winner)
{
    if (winner == kSealedDecides)
        return tulana::tr("a bid whose price is sealed would qualify");
    if (winner < 0 || std::size_t(winner) >= tender.bids.size())
        return tulana::tr("no bid");
    return tender.bids[std::size_t(winner)].id;
}

QString percent(double value)
{
    return number(value) + QLatin1Char('%');
}

QString share(double fraction)
{
    return QString::number(100 * fraction, 'f', 1) + QLatin1Char('%');
}

namespace {

// "B1 wins", or who else decides there, as a clause.
QString winsClause(const Tender& tender, int winner)
{
    if (winner == kSealedDecides)
        return tulana::tr("a bid whose price is sealed would qualify, and its price would "
                          "decide");
    if (winner < 0)
        return tulana::tr("no bid wins");
    return tulana::tr("%1 wins").arg(winnerName(tender, winner));
}

// "from 63.52% to 80% (the most the rulebook allows)" with the rulebook's
// limits named where an end of the range is one.
QString rangeWithLimits(const sensitivity::Range& r, const sensitivity::Range& allowed)
{
    QString from = percent(r.from);
    QString to = percent(r.to);
    if (allowed.from > 0 && r.from <= allowed.from)
        from = tulana::tr("%1 (the least the rulebook allows)").arg(percent(allowed.from));
    if (allowed.to < 100 && r.to >= allowed.to)
        to = tulana::tr("%1 (the most the rulebook allows)").arg(percent(allowed.to));
    return tulana::tr("from %1 to %2").arg(from, to);
}

} // namespace

QString technicalWeight(const Tender& tender, const sensitivity::Report& report)
{
    const sensitivity::TechnicalWeight& tw = report.technicalWeight;
    const QString winner = winnerName(tender, report.winner);
    if (report.decidedByRounding)
        return tulana::tr("%1 wins at the announced technical weight of %2 only through the "
                          "announced rounding and tie-break: on unrounded scores another bid "
                          "is ahead.")
            .arg(winner, percent(tw.announced));
    // Within what the rulebook allows: where the winner holds, and who wins
    // just outside that on each side.
    const sensitivity::Range& h = tw.winnerHolds;
    const sensitivity::Range& allowed = tw.allowed;
    const sensitivity::Range shown{std::max(h.from, allowed.from), std::min(h.to, allowed.to)};
    QString sentence = tulana::tr("%1 wins for any technical weight %2.")
                           .arg(winner, rangeWithLimits(shown, allowed));
    for (const sensitivity::Segment& s : tw.segments) {
        if (h.from > allowed.from && s.to == h.from)
            sentence +=
                QLatin1Char(' ') +
                tulana::tr("Below %1, %2.").arg(percent(s.to), winsClause(tender, s.winner));
        if (h.to < allowed.to && s.from == h.to)
            sentence +=
                QLatin1Char(' ') +
                tulana::tr("Above %1, %2.").arg(percent(s.from), winsClause(tender, s.winner));
    }
    if (h.from <= allowed.from && h.to >= allowed.to)
        sentence += QLatin1Char(' ') +
                    tulana::tr("No technical weight the rulebook allows changes the winner.");
    return sentence + QLatin1Char(' ') +
           tulana::tr("The announced weight is %1.").arg(percent(tw.announced));
}

QString priceToWin(const Tender& tender, const sensitivity::PriceToWin& p, bool winner)
{
    const QString id = tender.bids[std::size_t(p.bid)].id;
    if (winner) {
        if (!p.threshold)
            return tulana::tr("%1 would win at any evaluated price.").arg(id);
        return tulana::tr("%1 would still win up to an evaluated price of %2 (%3 above its "
                          "price of %4).")
            .arg(id, formatAmount(*p.threshold, tender.currency), percent(*p.change * 100),
                 formatAmount(p.price, tender.currency));
    }
    if (!p.threshold)
        return tulana::tr("%1 cannot win on price alone: its technical score is %2 points "
                          "below the winner's.")
            .arg(id, number(p.technicalGap));
    return tulana::tr("%1 would win below an evaluated price of %2, a cut of %3 from %4.")
        .arg(id, formatAmount(*p.threshold, tender.currency), percent(*p.change * 100),
             formatAmount(p.price, tender.currency));
}

QString technicalToWin(const Tender& tender, const sensitivity::TechnicalToWin& t)
{
    const QString id = tender.bids[std::size_t(t.bid)].id;
    if (!t.threshold)
        return tulana::tr("%1 cannot win on technical marks alone, even with full marks.").arg(id);
    QStringList steps;
    const std::vector<LeafRef> leaves = leavesOf(tender.criteria);
    for (const sensitivity::ExtraMarks& m : t.cheapest)
        steps << tulana::tr("%1 more on %2")
                     .arg(number(m.marks), leaves[std::size_t(m.leaf)].criterion->name);
    QString sentence = tulana::tr("%1 would win with a technical score above %2 (now %3).")
                           .arg(id, number(*t.threshold), number(t.technical));
    if (!steps.isEmpty())
        sentence += QLatin1Char(' ') +
                    tulana::tr("The fewest extra marks (committee average) that do it: %1.")
                        .arg(steps.join(QStringLiteral("; ")));
    return sentence;
}

QString members(const Tender& tender, const sensitivity::Report& report)
{
    if (report.members.empty())
        return tulana::tr("The committee has one member: no member can be left out.");
    QStringList changes;
    for (const sensitivity::MemberLeftOut& m : report.members)
        if (m.winner != report.winner) {
            const Evaluator& e = tender.evaluators[std::size_t(m.member)];
            const QString who = e.name.isEmpty() ? e.id : e.name;
            if (m.winner >= 0)
                changes << tulana::tr("without %1's marks %2 would win")
                               .arg(who, winnerName(tender, m.winner));
            else
                changes << tulana::tr("without %1's marks no bid would win").arg(who);
        }
    if (changes.isEmpty())
        return tulana::tr("Without any one member's marks the winner stays %1.")
            .arg(winnerName(tender, report.winner));
    return tulana::tr("The award depends on single members: %1.")
        .arg(changes.join(QStringLiteral("; ")));
}

} // namespace tulana::sensitivity_words
