#pragma once

#include "training/TraineeResults.h"
#include "training/TrainingCase.h"

#include <QDate>
#include <QString>
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
    QString total;      // "Overall: 27 of 30 points (90%)"
    QString date;       // "22 November 2026"
    QString identifier; // a hash of the results, to check the certificate against the file
    QString identifierLabel;

    // All of it as plain text, one item per line.
    QString toText() const;
};

// The certificate for the completed cases of `results`, dated `date`. Case
// titles come from `pack` in the current language when it is given.
CertificateContent certificate(const TraineeResults& results, const QDate& date,
                               const TrainingPack* pack = nullptr);

// The identifier printed on the certificate: the first 16 hex digits of the
// SHA-256 of the results file's bytes (writeResults), grouped by four.
QString certificateIdentifier(const TraineeResults& results);

} // namespace tulana::training
