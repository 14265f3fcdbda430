#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace tulana {

// A training certificate as it is printed: every text already in the
// language it is printed in. The app fills it from the core's certificate
// content (core/training); this file only lays it out on paper.
struct CertificateSheet
{
    QString language;   // "en" or "hi": the document's language, for fonts
    QString heading;    // "Certificate of completion"
    QString preamble;   // "This is to certify that"
    QString trainee;    // the trainee's name, printed large
    QString statement;  // "completed the following cases of <pack>"
    QString packTitle;  // printed under the heading
    QString caseColumn; // table headings
    QString scoreColumn;
    QString dateColumn;
    struct Row
    {
        QString title;
        QString score;    // "7 of 8 points (88%)"
        QString finished; // the date the case was completed
    };
    std::vector<Row> rows;
    QString totalLine;      // "Overall: 19 / 22 (86%)"; may be empty
    QString outcomeLine;    // against the pack's pass mark, or that none was announced
    QString issuerLine;     // "Issued by: …"
    QString dateLine;       // "Date: 22 November 2026"
    QString identifierLine; // "Certificate identifier: 3f1a…", to check it against the results
    QString footnote;       // how to check the identifier; may be empty
    // Repeated in the PDF's XMP metadata, where `tulana-cli training
    // verify-certificate` reads them back (the page text is compressed).
    QString identifier; // "3f1a-…"
    QString issued;     // the date of issue, ISO 8601: "2026-11-22"
};

// Writes the certificate as an A4 PDF through QSaveFile (the old file is kept
// on failure and `errorMessage` says why). Fonts are embedded by QPdfWriter;
// the Noto faces cover Devanagari for Hindi certificates.
bool writeCertificatePdf(const CertificateSheet& sheet, const QString& path, QString* errorMessage);

// The HTML the PDF is drawn from (for previews and tests).
QString certificateHtml(const CertificateSheet& sheet);

// The identifier and date of issue a certificate PDF carries in its
// metadata; empty, with `errorMessage`, when the file is not one.
struct CertificateStamp
{
    QString identifier;
    QString issued; // ISO 8601
};
CertificateStamp readCertificateStamp(const QString& path, QString* errorMessage);

} // namespace tulana
