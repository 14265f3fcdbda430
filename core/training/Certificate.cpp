#include "training/Certificate.h"

#include "i18n/Language.h"
#include "i18n/Translate.h"

#include <QCryptographicHash>

#include <cmath>

namespace tulana::training {
namespace {

QString scoreText(double points, double max)
{
    const QLocale locale = i18n::textLocale();
    const int percent = max > 0 ? int(std::lround(100.0 * points / max)) : 0;
    // Points may be fractional (a justification's concepts): at most one decimal.
    const auto number = [&](double v) {
        return locale.toString(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 1);
    };
    return tulana::tr("%1 of %2 points (%3%)").arg(number(points), number(max)).arg(percent);
}

QString dateText(const QDate& date)
{
    return i18n::textLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

QString certificateIdentifier(const TraineeResults& results)
{
    const QString hex = QString::fromLatin1(
        QCryptographicHash::hash(writeResults(results), QCryptographicHash::Sha256).toHex());
    QStringList groups;
    for (int i = 0; i < 16; i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

CertificateContent certificate(const TraineeResults& results, const QDate& date,
                               const TrainingPack* pack)
{
    CertificateContent c;
    c.title = tulana::tr("Certificate of completion");
    c.preamble = tulana::tr("This certifies that");
    c.traineeName = results.trainee.name;
    const QString packTitle = pack ? pack->title.text() : results.packTitle;
    c.statement = tulana::tr("has completed the following cases of the training “%1” in Tulana:")
                      .arg(packTitle);
    double points = 0;
    double max = 0;
    for (const CaseResult* r : results.completedCases()) {
        const TrainingCase* tc = pack ? pack->trainingCase(r->caseId) : nullptr;
        CertificateLine line;
        line.caseTitle = tc ? tc->title.text() : r->title;
        line.score = scoreText(r->points, r->max);
        line.finished =
            r->finished.isValid() ? dateText(r->finished.toLocalTime().date()) : QString();
        c.cases.push_back(line);
        points += r->points;
        max += r->max;
    }
    c.total = tulana::tr("Overall: %1").arg(scoreText(points, max));
    c.date = dateText(date);
    c.identifierLabel = tulana::tr("Certificate identifier:");
    c.identifier = certificateIdentifier(results);
    return c;
}

QString CertificateContent::toText() const
{
    QStringList lines{title, QString(), preamble, traineeName, statement};
    for (const CertificateLine& line : cases)
        lines << (line.finished.isEmpty()
                      ? tulana::tr("- %1: %2").arg(line.caseTitle, line.score)
                      : tulana::tr("- %1: %2, %3").arg(line.caseTitle, line.score, line.finished));
    lines << total << QString() << tulana::tr("Date: %1").arg(date)
          << identifierLabel + QLatin1Char(' ') + identifier;
    return lines.join(QLatin1Char('\n'));
}

} // namespace tulana::training
