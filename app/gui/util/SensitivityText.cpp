#include "util/SensitivityText.h"

#include "report/SensitivityReport.h"

#include "i18n/Translate.h"
#include "tender/Tender.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace tulana::sensitivitytext {

using sensitivity_words::share;
using sensitivity_words::winnerName;

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
