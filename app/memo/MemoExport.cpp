#include "MemoExport.h"

#include "MemoOdt.h"
#include "MemoPages.h"
#include "MemoTextDocument.h"
#include "i18n/Translate.h"
#include "memo/Fingerprint.h"
#include "memo/MemoRender.h"
#include "support/SaveFile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocumentWriter>

namespace tulana {
namespace {

constexpr int kPdfDpi = 300;

QString xmlEscaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// XMP metadata for the PDF: Qt 6.4 writes no Subject or Keywords into the
// document information dictionary, so the fingerprint goes into the XMP
// packet, which PDF readers show as description and keywords (pdfinfo -meta).
QByteArray xmpPacket(const MemoDocument& m)
{
    const QString fingerprint = QLatin1String(kFingerprintLabel) + m.fingerprint;
    const QString xmp =
        QStringLiteral(
            "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
            "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
            "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
            "   <dc:format>application/pdf</dc:format>\n"
            "   <dc:title><rdf:Alt><rdf:li "
            "xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
            "   <dc:description><rdf:Alt><rdf:li "
            "xml:lang=\"x-default\">%2</rdf:li></rdf:Alt></dc:description>\n"
            "   <pdf:Keywords>%3</pdf:Keywords>\n"
            "   <pdf:Producer>Tulana %4</pdf:Producer>\n"
            "   <xmp:CreatorTool>Tulana %4</xmp:CreatorTool>\n"
            "   <xmp:CreateDate>%5</xmp:CreateDate>\n"
            "  </rdf:Description>\n"
            " </rdf:RDF>\n"
            "</x:xmpmeta>\n"
            "<?xpacket end=\"w\"?>")
            .arg(xmlEscaped(m.documentTitle + QStringLiteral(" \u2014 ") + m.fileLine),
                 xmlEscaped(m.subject + QStringLiteral(" \u2014 ") + m.fingerprintLine),
                 xmlEscaped(QStringLiteral("tulana-memo ") + fingerprint),
                 QStringLiteral(TULANA_VERSION), m.isoDate);
    return xmp.toUtf8();
}

bool commit(QSaveFile& file, QString* errorMessage)
{
    if (file.commit())
        return true;
    if (errorMessage)
        *errorMessage = tulana::tr("could not be written: %1").arg(file.errorString());
    return false;
}

bool open(QSaveFile& file, QString* errorMessage)
{
    if (file.open(QIODevice::WriteOnly))
        return true;
    if (errorMessage)
        *errorMessage = tulana::tr("cannot be written: %1").arg(file.errorString());
    return false;
}

bool writePdf(const MemoDocument& memo, const QString& path, const MemoStyle& style,
              QString* errorMessage)
{
    QSaveFile file(path);
    if (!open(file, errorMessage))
        return false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfDpi);
        writer.setTitle(memo.documentTitle + QStringLiteral(" \u2014 ") + memo.fileLine);
        writer.setCreator(QStringLiteral("Tulana %1").arg(QStringLiteral(TULANA_VERSION)));
        writer.setDocumentXmpMetadata(xmpPacket(memo));
        const auto doc = memoToTextDocument(memo, style, kPdfDpi);
        MemoPages pages(*doc, memo, style);
        if (!pages.print(&writer)) {
            file.cancelWriting();
            if (errorMessage)
                *errorMessage = tulana::tr("the PDF could not be drawn");
            return false;
        }
    } // the writer finishes the PDF when it goes
    return commit(file, errorMessage);
}

bool writeOdt(const MemoDocument& memo, const QString& path, const MemoStyle& style,
              QString* errorMessage)
{
    // The ODF writer closes its device when done, which QSaveFile forbids:
    // write into memory, then save atomically.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto doc = memoToTextDocument(memo, style);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get())) {
        if (errorMessage)
            *errorMessage = tulana::tr("the ODT document could not be written");
        return false;
    }
    const std::optional<QByteArray> finished = finishOdt(buffer.data(), memo, style);
    if (!finished) {
        if (errorMessage)
            *errorMessage = tulana::tr("the ODT document could not be completed");
        return false;
    }
    return saveFileAtomically(path, *finished, errorMessage);
}

} // namespace

std::optional<MemoFormat> memoFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return MemoFormat::Pdf;
    if (suffix == QLatin1String("odt"))
        return MemoFormat::Odt;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return MemoFormat::Html;
    if (suffix == QLatin1String("md"))
        return MemoFormat::Markdown;
    return std::nullopt;
}

bool exportMemo(const MemoDocument& memo, const QString& path, MemoFormat format,
                QString* errorMessage, const MemoStyle& style)
{
    switch (format) {
    case MemoFormat::Pdf:
        return writePdf(memo, path, style, errorMessage);
    case MemoFormat::Odt:
        return writeOdt(memo, path, style, errorMessage);
    case MemoFormat::Html:
        return saveFileAtomically(path, memoToHtml(memo).toUtf8(), errorMessage);
    case MemoFormat::Markdown:
        break;
    }
    return saveFileAtomically(path, memoToMarkdown(memo).toUtf8(), errorMessage);
}

} // namespace tulana
