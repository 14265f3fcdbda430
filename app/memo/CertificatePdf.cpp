#include "CertificatePdf.h"

#include "CairoPdfDevice.h"
#include "MemoStyle.h"
#include "i18n/Translate.h"
#include "support/SaveFile.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

namespace tulana {
namespace {

constexpr int kPdfDpi = 300;
constexpr double kMarginMm = 18;
constexpr double kBorderInsetMm = 8; // the double rule, inside the margin
constexpr const char* kIdentifierKey = "tulana-certificate-id:";
constexpr const char* kIssuedKey = "issued:";

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

double mmToDots(double mm)
{
    return mm / 25.4 * kPdfDpi;
}

// The two rules round the page that make it read as a certificate.
void drawBorder(QPainter& painter, const QRectF& page)
{
    const QColor ink(0x1f, 0x3a, 0x5f);
    const QRectF outer = page.adjusted(mmToDots(kBorderInsetMm), mmToDots(kBorderInsetMm),
                                       -mmToDots(kBorderInsetMm), -mmToDots(kBorderInsetMm));
    painter.setPen(QPen(ink, mmToDots(0.8)));
    painter.drawRect(outer);
    const double gap = mmToDots(2);
    painter.setPen(QPen(ink, mmToDots(0.3)));
    painter.drawRect(outer.adjusted(gap, gap, -gap, -gap));
}

// The document information: the title, and the identifier and date of
// issue as keywords, which readers show (pdfinfo) and verify-certificate
// reads back from the file's bytes (cairo writes them as plain text).
CairoPdfDevice::Metadata pdfMetadata(const CertificateSheet& s)
{
    CairoPdfDevice::Metadata data;
    data.title = s.heading + QStringLiteral(" \u2014 ") + s.trainee;
    data.creator = QStringLiteral("Tulana %1").arg(QStringLiteral(TULANA_VERSION));
    if (!s.identifier.isEmpty())
        data.keywords = QLatin1String(kIdentifierKey) + s.identifier + u' ' +
                        QLatin1String(kIssuedKey) + s.issued;
    return data;
}

} // namespace

CertificateStamp readCertificateStamp(const QString& path, QString* errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tulana::tr("cannot be opened: %1").arg(file.errorString());
        return {};
    }
    // The keywords are stored as plain text (CairoPdfDevice.h).
    const QString text = QString::fromLatin1(file.readAll());
    static const QRegularExpression pattern(
        QStringLiteral("%1([0-9a-f-]{32,48}) %2(\\d{4}-\\d{2}-\\d{2})")
            .arg(QLatin1String(kIdentifierKey), QLatin1String(kIssuedKey)));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch()) {
        if (errorMessage)
            *errorMessage = tulana::tr("is not a Tulana training certificate (it carries no "
                                       "certificate identifier)");
        return {};
    }
    return {m.captured(1), m.captured(2)};
}

QString certificateHtml(const CertificateSheet& s)
{
    QString rows;
    for (const CertificateSheet::Row& row : s.rows)
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td></tr>")
                    .arg(esc(row.title), esc(row.score), esc(row.finished));
    QString html;
    html += QStringLiteral("<p align=\"center\" style=\"font-size:26pt; font-weight:bold; "
                           "color:#1f3a5f; margin-top:18pt\">%1</p>")
                .arg(esc(s.heading));
    if (!s.packTitle.isEmpty())
        html += QStringLiteral("<p align=\"center\" style=\"font-size:13pt; color:#444\">%1</p>")
                    .arg(esc(s.packTitle));
    html += QStringLiteral("<p align=\"center\" style=\"font-size:13pt; margin-top:28pt\">%1</p>")
                .arg(esc(s.preamble));
    html += QStringLiteral("<p align=\"center\" style=\"font-size:24pt; font-weight:bold; "
                           "margin-top:6pt; margin-bottom:6pt\">%1</p>")
                .arg(esc(s.trainee));
    html += QStringLiteral("<p align=\"center\" style=\"font-size:13pt; "
                           "margin-bottom:14pt\">%1</p>")
                .arg(esc(s.statement));
    html += QStringLiteral("<p style=\"font-size:6pt\">&nbsp;</p>"); // air above the table
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"5\" cellspacing=\"0\" border=\"1\" "
                           "style=\"border-color:#8a9bb0; border-style:solid; font-size:11pt\">"
                           "<tr style=\"background-color:#e8edf3\"><th align=\"left\">%1</th>"
                           "<th align=\"right\">%2</th><th align=\"left\">%3</th></tr>%4</table>")
                .arg(esc(s.caseColumn), esc(s.scoreColumn), esc(s.dateColumn), rows);
    if (!s.totalLine.isEmpty())
        html += QStringLiteral("<p align=\"right\" style=\"font-size:11pt; font-weight:bold; "
                               "margin-top:6pt\">%1</p>")
                    .arg(esc(s.totalLine));
    if (!s.outcomeLine.isEmpty())
        html += QStringLiteral("<p style=\"font-size:12pt; margin-top:12pt\">%1</p>")
                    .arg(esc(s.outcomeLine));
    if (!s.issuerLine.isEmpty())
        html += QStringLiteral("<p style=\"font-size:12pt; margin-top:18pt\">%1</p>")
                    .arg(esc(s.issuerLine));
    html += QStringLiteral("<p style=\"font-size:12pt; margin-top:%1pt\">%2</p>")
                .arg(s.issuerLine.isEmpty() ? 24 : 4)
                .arg(esc(s.dateLine));
    html += QStringLiteral("<p style=\"font-size:9pt; color:#444; margin-top:18pt\">%1</p>")
                .arg(esc(s.identifierLine));
    if (!s.footnote.isEmpty())
        html +=
            QStringLiteral("<p style=\"font-size:8.5pt; color:#555\">%1</p>").arg(esc(s.footnote));
    return html;
}

bool writeCertificatePdf(const CertificateSheet& sheet, const QString& path, QString* errorMessage)
{
    // Through cairo, as the memo: a Hindi certificate's text is searched and
    // copied as written (docs/memo.md, "The PDF's text").
    CairoPdfDevice writer(QPageSize(QPageSize::A4), kPdfDpi, pdfMetadata(sheet));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (errorMessage)
            *errorMessage = tulana::tr("the PDF could not be drawn");
        return false;
    }
    const QRectF page(0, 0, writer.width(), writer.height());
    const double margin = mmToDots(kMarginMm + kBorderInsetMm);
    const QRectF body = page.adjusted(margin, margin, -margin, -margin);

    QTextDocument doc;
    doc.setDocumentMargin(0);
    // Point sizes in the HTML are for paper at the writer's resolution.
    MemoStyle style;
    QFont font = style.font(11);
    if (sheet.language == QLatin1String("hi"))
        font.setFamilies({QStringLiteral("Noto Serif Devanagari"), QStringLiteral("Noto Serif"),
                          QStringLiteral("Noto Sans Devanagari"), QStringLiteral("DejaVu Serif")});
    doc.setDefaultFont(font);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(body.size());
    doc.setHtml(certificateHtml(sheet));

    // Usually one page, its text a little above the middle, as a
    // certificate is set; a long list of cases runs on to more pages.
    const int pages = std::max(1, doc.pageCount());
    // (The document's own size is whole pages: measure to its last line.)
    const double used = doc.documentLayout()->blockBoundingRect(doc.lastBlock()).bottom();
    const double spare = pages == 1 ? body.height() - used : 0;
    const double lift = std::max(0.0, spare * 0.4);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        drawBorder(painter, page);
        painter.save();
        painter.translate(body.left(), body.top() + lift - i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        doc.drawContents(&painter, clip);
        painter.restore();
    }
    painter.end();
    const std::optional<QByteArray> pdf = writer.finish(errorMessage);
    return pdf && saveFileAtomically(path, *pdf, errorMessage);
}

} // namespace tulana
