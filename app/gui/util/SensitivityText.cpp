#include "util/SensitivityText.h"

#include "i18n/Translate.h"
#include "tender/Tender.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace tulana::sensitivitytext {
namespace {

// The segment that holds x (the later one at a boundary, where they tie).
int segmentAt(const std::vector<sensitivity::Segment>& segments, double x)
{
    for (int i = int(segments.size()) - 1; i >= 0; --i)
        if (segments[std::size_t(i)].from <= x)
            return i;
    return segments.empty() ? -1 : 0;
}

// Two bounds count as one when they differ by less than the page can show.
bool same(double a, double b)
{
    return std::abs(a - b) < 0.005;
}

} // namespace

QString percent(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0'))))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text + QLatin1Char('%');
}

QString share(double fraction)
{
    return QString::number(100 * fraction, 'f', 1) + QLatin1Char('%');
}

QString winnerName(const Tender& tender, int winner)
{
    if (winner >= 0 && winner < int(tender.bids.size()))
        return tender.bids[std::size_t(winner)].id;
    if (winner == sensitivity::kSealedDecides)
        return tulana::tr("a bid whose price is sealed");
    return tulana::tr("no bid");
}

QString technicalWeightSentence(const Tender& tender, const sensitivity::Report& report)
{
    const sensitivity::TechnicalWeight& w = report.technicalWeight;
    const QString winner = winnerName(tender, report.winner);
    if (report.decidedByRounding || w.winnerHolds.to < w.winnerHolds.from)
        return tulana::tr("%1 wins only through the announced rounding and tie-break: at the "
                          "announced technical weight of %2 another bid is ahead before rounding.")
            .arg(winner, percent(w.announced));
    const double from = std::max(w.winnerHolds.from, w.allowed.from);
    const double to = std::min(w.winnerHolds.to, w.allowed.to);
    const bool fromIsLimit = same(from, w.allowed.from);
    const bool toIsLimit = same(to, w.allowed.to);
    QString sentence;
    if (fromIsLimit && toIsLimit)
        sentence = tulana::tr("%1 wins for any technical weight the rulebook allows (%2 to %3).")
                       .arg(winner, percent(from), percent(to));
    else if (toIsLimit)
        sentence =
            tulana::tr("%1 wins for any technical weight from %2 to %3 (the rulebook's limit).")
                .arg(winner, percent(from), percent(to));
    else if (fromIsLimit)
        sentence =
            tulana::tr("%1 wins for any technical weight from %2 (the rulebook's limit) to %3.")
                .arg(winner, percent(from), percent(to));
    else
        sentence = tulana::tr("%1 wins for any technical weight from %2 to %3.")
                       .arg(winner, percent(from), percent(to));
    QStringList others;
    if (!fromIsLimit) {
        const int below = segmentAt(w.segments, from - 0.01);
        if (below >= 0)
            others << tulana::tr("below %1 %2 wins")
                          .arg(percent(from),
                               winnerName(tender, w.segments[std::size_t(below)].winner));
    }
    if (!toIsLimit) {
        const int above = segmentAt(w.segments, to + 0.01);
        if (above >= 0)
            others << tulana::tr("above %1 %2 wins")
                          .arg(percent(to),
                               winnerName(tender, w.segments[std::size_t(above)].winner));
    }
    if (!others.isEmpty()) {
        sentence.chop(1); // the full stop, for a semicolon
        sentence += QStringLiteral("; ") + others.join(QStringLiteral("; ")) + QLatin1Char('.');
    }
    return sentence;
}

QString membersText(const Tender& tender, const sensitivity::Report& report)
{
    QStringList lines;
    for (const sensitivity::MemberLeftOut& m : report.members) {
        if (m.member < 0 || m.member >= int(tender.evaluators.size()))
            continue;
        const Evaluator& member = tender.evaluators[std::size_t(m.member)];
        const QString name = member.name.isEmpty() ? member.id : member.name;
        if (m.winner == report.winner)
            lines << tulana::tr("Without %1's marks: %2 still wins.")
                         .arg(name, winnerName(tender, m.winner));
        else if (m.winner >= 0)
            lines << tulana::tr("Without %1's marks: %2 would win instead.")
                         .arg(name, winnerName(tender, m.winner));
        else if (m.winner == sensitivity::kSealedDecides)
            lines << tulana::tr("Without %1's marks: a bid whose price is sealed would decide.")
                         .arg(name);
        else
            lines << tulana::tr("Without %1's marks: no bid would win.").arg(name);
    }
    if (lines.isEmpty())
        lines << tulana::tr("The committee has a single member: there is no one to leave out.");
    if (report.bootstrap && report.winner >= 0 &&
        report.winner < int(report.bootstrap->winShare.size()))
        lines << tulana::tr(
                     "Resampling the members' marks (%1 draws, seed %2): %3 wins in %4 of them.")
                     .arg(QLocale(QLocale::English).toString(report.bootstrap->draws),
                          QString::number(report.bootstrap->seed),
                          winnerName(tender, report.winner),
                          share(report.bootstrap->winShare[std::size_t(report.winner)]));
    return lines.join(QLatin1Char('\n'));
}

} // namespace tulana::sensitivitytext
