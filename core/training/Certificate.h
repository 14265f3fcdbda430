#pragma once

#include "training/TraineeResults.h"
#include "training/TrainingCase.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace tulana::training {

struct CertificateLine
{
    QString caseTitle;
    QString score;    // "9 of 10 points (90%)"
    QString finished; // the date, written in the current language
};

// The text of a completion certificate, in the current language (tulana::tr,
// i18n::textLocale()); the GUI lays it out as a PDF.
struct CertificateContent
{
    QString title;    // "Certificate of completion"
    QString preamble; // "This certifies that"
    QString traineeName;
    QString statement; // "has completed the following cases of the training pack “…” in Tulana:"
    std::vector<CertificateLine> cases;
    QString total;   // "Overall: 27 of 30 points (90%)"
    QString outcome; // against the pass mark the pack announced, or that it announced none
    std::optional<bool> passed; // empty: the pack announced no pass mark
    QString issuer;             // "Issued by: …", or that the pack names no issuing body
    QString date;               // "22 November 2026"
    QDate issued;
    QString identifier; // certificateIdentifier(), to check the certificate against the results
    QString identifierLabel;

    // All of it as plain text, one item per line.
    QString toText() const;
};

// The certificate for the completed cases of `results`, dated `date`. Case
// titles come from `pack` in the current language when it is given.
CertificateContent certificate(const TraineeResults& results, const QDate& date,
                               const TrainingPack* pack = nullptr);

// What a trainee is told before starting a case: the pass mark and the
// points it is a share of, and who issues the certificate.
QString passMarkAnnouncement(const TrainingPack& pack);

// Whether the completed cases reach the pass mark the pack announced: points
// × 100 ≥ pass mark × the pack's points, exactly (not the rounded percentage
// printed). Empty when no pass mark was announced.
std::optional<bool> passed(const TraineeResults& results);

// What the certificate states, as one compact JSON text in a fixed order and
// in no particular language: the trainee's name, the pack's id, version,
// issuer, pass mark and points, each completed case (id, points, maximum,
// when finished), the total, passed or not, and the date of issue. Everything
// but the date of issue comes from the results file.
QByteArray certificateRecord(const TraineeResults& results, const QDate& issued);

// The identifier printed on the certificate: the BLAKE2b hash (libsodium's
// crypto_generichash, 16 bytes) of certificateRecord(), as 32 hex digits in
// groups of four. Anyone holding the results file and the certificate's date
// can recompute it; it is a checksum, not a signature.
QString certificateIdentifier(const TraineeResults& results, const QDate& issued);

// Whether `identifier` (as printed; case, dashes and spaces do not matter) is
// the one of `results` issued on `issued`.
bool certificateMatches(const TraineeResults& results, const QDate& issued,
                        const QString& identifier);

} // namespace tulana::training
