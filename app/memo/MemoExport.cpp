#include "MemoExport.h"

#include "CairoPdfDevice.h"
#include "MemoOdt.h"
#include "MemoPages.h"
#include "MemoTextDocument.h"
#include "QrCode.h"
#include "i18n/Translate.h"
#include "memo/Fingerprint.h"
#include "memo/MemoRender.h"
#include "support/SaveFile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QTextDocumentWriter>

namespace tulana {
namespace {

// The PDF's document information: readers show the title, subject and
// keywords; the keywords carry the fingerprint, which verify-memo reads
// back from the file's bytes (cairo writes them as plain text).
CairoPdfDevice::Metadata pdfMetadata(const MemoDocument& m)
{
    CairoPdfDevice::Metadata data;
    data.title = m.documentTitle + QStringLiteral(" \u2014 ") + m.fileLine;
    data.subject = m.subject + QStringLiteral(" \u2014 ") + m.fingerprintLine;
    data.keywords =
        QStringLiteral("tulana-memo ") + QLatin1String(kFingerprintLabel) + m.fingerprint;
    if (!m.madeWith.isEmpty())
        data.keywords += QLatin1Char(' ') + m.madeWith; // for verify-memo (MemoMadeWith.h)
    data.creator = QStringLiteral("Tulana %1").arg(QStringLiteral(TULANA_VERSION));
    data.isoDate = m.isoDate;
    return data;
}

std::optional<QByteArray> pdfBytes(const MemoDocument& memo, const MemoStyle& style,
                                   QString* errorMessage)
{
    const MemoPages pages(memo, style);
    CairoPdfDevice device(style.pageSize, MemoPages::kDpi, pdfMetadata(memo));
    if (!pages.paint(&device, [&device] {
            device.newPage();
            return true;
        })) {
        if (errorMessage)
            *errorMessage = tulana::tr("the PDF could not be drawn");
        return std::nullopt;
    }
    return device.finish(errorMessage);
}

std::optional<QByteArray> odtBytes(const MemoDocument& memo, const MemoStyle& style,
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
        return std::nullopt;
    }
    const std::optional<QByteArray> finished = finishOdt(buffer.data(), memo, style);
    if (!finished) {
        if (errorMessage)
            *errorMessage = tulana::tr("the ODT document could not be completed");
    }
    return finished;
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

std::optional<QByteArray> memoFileBytes(const MemoDocument& memo, MemoFormat format,
                                        QString* errorMessage, const MemoStyle& style)
{
    switch (format) {
    case MemoFormat::Pdf:
        return pdfBytes(memo, style, errorMessage);
    case MemoFormat::Odt:
        return odtBytes(memo, style, errorMessage);
    case MemoFormat::Html:
        return memoToHtml(memo, encodeQr(memo.checkpointPayload())).toUtf8();
    case MemoFormat::Markdown:
        break;
    }
    return memoToMarkdown(memo).toUtf8();
}

bool exportMemo(const MemoDocument& memo, const QString& path, MemoFormat format,
                QString* errorMessage, const MemoStyle& style)
{
    const std::optional<QByteArray> bytes = memoFileBytes(memo, format, errorMessage, style);
    return bytes && saveFileAtomically(path, *bytes, errorMessage);
}

} // namespace tulana
