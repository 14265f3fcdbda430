#include "training/Certificate.h"

#include "crypto/Digest.h"
#include "i18n/Language.h"
#include "i18n/Translate.h"
#include "support/Utf8.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace tulana::training {
namespace {

using ordered = nlohmann::ordered_json;

// Tells this record from any other text hashed the same way; a change of the
// record's content gives a new label, so old identifiers are never reread
// under a new meaning.
constexpr const char* kRecordFormat = "tulana-training-certificate";
constexpr int kRecordVersion = 1;

QString number(double v)
{
    // Points may be fractional (a justification's concepts): at most one decimal.
    return i18n::textLocale().toString(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 1);
}

int percentOf(double points, double max)
{
    return max > 0 ? int(std::lround(100.0 * points / max)) : 0;
}

QString scoreText(double points, double max)
{
    return tulana::tr("%1 of %2 points (%3%)")
        .arg(number(points), number(max))
        .arg(percentOf(points, max));
}

QString dateText(const QDate& date)
{
    return i18n::textLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

struct Totals
{
    double points = 0;
    double max = 0; // of the completed cases
};

Totals totals(const TraineeResults& results)
{
    Totals t;
    for (const CaseResult* r : results.completedCases()) {
        t.points += r->points;
        t.max += r->max;
    }
    return t;
}

// The points a pass mark is a share of: the pack's, or (a results file
// without them) those of the completed cases.
double passBase(const TraineeResults& results)
{
    return results.packPoints ? *results.packPoints : totals(results).max;
}

QString outcomeText(const TraineeResults& results, const std::optional<bool>& pass)
{
    if (!pass)
        return tulana::tr("No pass mark was announced in the training pack: this certificate "
                          "records the cases completed and their scores, not a pass.");
    const double base = passBase(results);
    const double points = totals(results).points;
    const QString verdict = *pass ? tulana::tr("passed") : tulana::tr("not passed");
    return tulana::tr("Pass mark announced in the pack: %1% of its %2 points. Scored: %3 points "
                      "(%4%): %5.")
        .arg(number(*results.passMark), number(base), number(points))
        .arg(percentOf(points, base))
        .arg(verdict);
}

} // namespace

QString passMarkAnnouncement(const TrainingPack& pack)
{
    const QString mark =
        pack.passMark
            ? tulana::tr("To pass, score at least %1% of the pack's %2 points, over all its "
                         "cases; a case not completed counts as no points.")
                  .arg(number(*pack.passMark), number(pack.maxPoints()))
            : tulana::tr("This pack announces no pass mark: the certificate lists the cases you "
                         "complete and their scores.");
    if (pack.issuer.isEmpty())
        return mark;
    return mark + QLatin1Char(' ') +
           tulana::tr("The certificate is issued by %1.").arg(pack.issuer.text());
}

std::optional<bool> passed(const TraineeResults& results)
{
    if (!results.passMark)
        return std::nullopt;
    return totals(results).points * 100.0 >= *results.passMark * passBase(results) - 1e-9;
}

QByteArray certificateRecord(const TraineeResults& results, const QDate& issued)
{
    ordered record;
    record["format"] = kRecordFormat;
    record["version"] = kRecordVersion;
    record["trainee"] = utf8(results.trainee.name);
    ordered pack{{"id", utf8(results.packId)},
                 {"packVersion", utf8(results.packVersion)},
                 {"issuer", utf8(results.issuer)}};
    pack["passMark"] = results.passMark ? ordered(*results.passMark) : ordered(nullptr);
    pack["points"] = results.packPoints ? ordered(*results.packPoints) : ordered(nullptr);
    record["pack"] = pack;
    ordered cases = ordered::array();
    for (const CaseResult* r : results.completedCases())
        cases.push_back(ordered{
            {"id", utf8(r->caseId)},
            {"points", r->points},
            {"max", r->max},
            {"finished", r->finished.isValid()
                             ? ordered(utf8(r->finished.toUTC().toString(Qt::ISODateWithMs)))
                             : ordered(nullptr)}});
    record["cases"] = cases;
    const Totals t = totals(results);
    record["points"] = t.points;
    record["max"] = t.max;
    const std::optional<bool> pass = passed(results);
    record["passed"] = pass ? ordered(*pass) : ordered(nullptr);
    record["issued"] = utf8(issued.toString(Qt::ISODate));
    return QByteArray::fromStdString(record.dump());
}

QString certificateIdentifier(const TraineeResults& results, const QDate& issued)
{
    // 16 bytes: a checksum, not a key.
    const QString hex =
        QString::fromLatin1(crypto::blake2b(certificateRecord(results, issued), 16).toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

bool certificateMatches(const TraineeResults& results, const QDate& issued,
                        const QString& identifier)
{
    const auto bare = [](QString id) {
        id.remove(QLatin1Char('-'));
        id.remove(QLatin1Char(' '));
        return id.toLower();
    };
    const QString expected = certificateIdentifier(results, issued);
    return !expected.isEmpty() && bare(identifier) == bare(expected);
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
    for (const CaseResult* r : results.completedCases()) {
        const TrainingCase* tc = pack ? pack->trainingCase(r->caseId) : nullptr;
        CertificateLine line;
        line.caseTitle = tc ? tc->title.text() : r->title;
        line.score = scoreText(r->points, r->max);
        line.finished =
            r->finished.isValid() ? dateText(r->finished.toLocalTime().date()) : QString();
        c.cases.push_back(line);
    }
    const Totals t = totals(results);
    c.total = tulana::tr("Overall: %1").arg(scoreText(t.points, t.max));
    c.passed = passed(results);
    c.outcome = outcomeText(results, c.passed);
    // The issuer in the certificate's language when the pack translates it.
    const QString issuer = pack && !pack->issuer.isEmpty() ? pack->issuer.text() : results.issuer;
    c.issuer = issuer.isEmpty() ? tulana::tr("No issuing body is named in the training pack.")
                                : tulana::tr("Issued by: %1").arg(issuer);
    c.issued = date;
    c.date = dateText(date);
    c.identifierLabel = tulana::tr("Certificate identifier:");
    c.identifier = certificateIdentifier(results, date);
    return c;
}

QString CertificateContent::toText() const
{
    QStringList lines{title, QString(), preamble, traineeName, statement};
    for (const CertificateLine& line : cases)
        lines << (line.finished.isEmpty()
                      ? tulana::tr("- %1: %2").arg(line.caseTitle, line.score)
                      : tulana::tr("- %1: %2, %3").arg(line.caseTitle, line.score, line.finished));
    lines << total << outcome << QString() << issuer << tulana::tr("Date: %1").arg(date)
          << identifierLabel + QLatin1Char(' ') + identifier;
    return lines.join(QLatin1Char('\n'));
}

} // namespace tulana::training
