// What Qt's ODF writer leaves out of a memo: the page. It writes no
// styles.xml, so a word processor would open the memo on its default page
// without header or page numbers. The styles added here give the "Standard"
// master page, which every paragraph uses, the memo's A4 sheet and margins,
// the running header with the file number and "Page n of N" in the footer.
#include "MemoOdt.h"

#include "MemoZip.h"

namespace tulana {
namespace {

QString xml(const QString& text)
{
    return text.toHtmlEscaped();
}

QString cm(double mm)
{
    return QString::number(mm / 10.0, 'f', 2) + QStringLiteral("cm");
}

// "Page <text:page-number/> of <text:page-count/>", from "Page %1 of %2".
QString pageNumbering(const QString& label)
{
    const qsizetype current = label.indexOf(QStringLiteral("%1"));
    const qsizetype total = label.indexOf(QStringLiteral("%2"));
    if (current < 0 || total < current)
        return QStringLiteral("<text:page-number text:select-page=\"current\"/>");
    return xml(label.left(current)) +
           QStringLiteral("<text:page-number text:select-page=\"current\"/>") +
           xml(label.mid(current + 2, total - current - 2)) + QStringLiteral("<text:page-count/>") +
           xml(label.mid(total + 2));
}

QByteArray stylesXml(const MemoDocument& memo, const MemoStyle& style)
{
    const QSizeF sheet = style.pageSize.size(QPageSize::Millimeter);
    const QMarginsF& m = style.marginsMm;
    const double textWidth = sheet.width() - m.left() - m.right();
    // The header and footer sit inside the page margins, as in the PDF.
    const double top = style.headerOffsetMm - 5;
    const double bottom = style.footerOffsetMm - 5;
    // File number left, title right, and between them DRAFT while not finalised.
    const QString middle =
        memo.draft
            ? QStringLiteral("<text:tab/><text:span text:style-name=\"Draft\">%1</text:span>")
                  .arg(xml(memo.draftMark))
            : QStringLiteral("<text:tab/>");
    const QString text =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<office:document-styles "
            "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
            "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
            "office:version=\"1.2\">\n"
            "<office:font-face-decls><style:font-face style:name=\"Noto Serif\" "
            "svg:font-family=\"'Noto Serif'\" style:font-family-generic=\"roman\"/>"
            "</office:font-face-decls>\n"
            "<office:styles>\n"
            "<style:default-style style:family=\"paragraph\"><style:text-properties "
            "style:font-name=\"Noto Serif\" fo:font-size=\"%1pt\" fo:language=\"en\" "
            "fo:country=\"IN\"/></style:default-style>\n"
            "<style:style style:name=\"Header\" style:family=\"paragraph\">"
            "<style:paragraph-properties><style:tab-stops>"
            "<style:tab-stop style:position=\"%2\" style:type=\"center\"/>"
            "<style:tab-stop style:position=\"%3\" style:type=\"right\"/>"
            "</style:tab-stops></style:paragraph-properties>"
            "<style:text-properties fo:font-size=\"%4pt\" fo:color=\"#333333\"/></style:style>\n"
            "<style:style style:name=\"Footer\" style:family=\"paragraph\">"
            "<style:paragraph-properties fo:text-align=\"center\"/>"
            "<style:text-properties fo:font-size=\"%4pt\" fo:color=\"#333333\"/></style:style>\n"
            "<style:style style:name=\"Draft\" style:family=\"text\"><style:text-properties "
            "fo:color=\"#8b0000\" fo:font-weight=\"bold\"/></style:style>\n"
            "</office:styles>\n"
            "<office:automatic-styles><style:page-layout style:name=\"MemoPage\">"
            "<style:page-layout-properties fo:page-width=\"%5\" fo:page-height=\"%6\" "
            "style:print-orientation=\"portrait\" fo:margin-top=\"%7\" fo:margin-bottom=\"%8\" "
            "fo:margin-left=\"%9\" fo:margin-right=\"%10\"/>"
            "<style:header-style><style:header-footer-properties fo:min-height=\"0cm\" "
            "fo:margin-bottom=\"%11\"/></style:header-style>"
            "<style:footer-style><style:header-footer-properties fo:min-height=\"0cm\" "
            "fo:margin-top=\"%12\"/></style:footer-style>"
            "</style:page-layout></office:automatic-styles>\n"
            "<office:master-styles><style:master-page style:name=\"Standard\" "
            "style:page-layout-name=\"MemoPage\">"
            "<style:header><text:p text:style-name=\"Header\">%13%14<text:tab/>%15</text:p>"
            "</style:header>"
            "<style:footer><text:p text:style-name=\"Footer\">%16</text:p></style:footer>"
            "</style:master-page></office:master-styles>\n"
            "</office:document-styles>\n")
            .arg(QString::number(style.bodyPt), cm(textWidth / 2), cm(textWidth),
                 QString::number(style.runningPt), cm(sheet.width()), cm(sheet.height()), cm(top),
                 cm(bottom), cm(m.left()))
            .arg(cm(m.right()), cm(m.top() - top - 5), cm(m.bottom() - bottom - 5),
                 xml(memo.runningHeader), middle, xml(memo.documentTitle),
                 pageNumbering(memo.pageLabel));
    return text.toUtf8();
}

// The document's metadata: what the memo was made with (MemoMadeWith.h),
// which verify-memo reads back to make the same memo again.
QByteArray metaXml(const MemoDocument& memo)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<office:document-meta "
                          "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                          "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
                          "office:version=\"1.2\"><office:meta>"
                          "<meta:generator>Tulana %1</meta:generator>"
                          "<meta:user-defined meta:name=\"tulana-memo\">%2</meta:user-defined>"
                          "</office:meta></office:document-meta>\n")
        .arg(QStringLiteral(TULANA_VERSION), xml(memo.madeWith))
        .toUtf8();
}

void addToManifest(QByteArray& manifest, const char* path)
{
    const QByteArray quoted = QByteArray("\"") + path + '"';
    if (manifest.contains(quoted))
        return;
    const QByteArray entry = QByteArray(" <manifest:file-entry manifest:media-type=\"text/xml\" "
                                        "manifest:full-path=") +
                             quoted + QByteArray("/>\n</manifest:manifest>");
    manifest.replace("</manifest:manifest>", entry);
}

} // namespace

std::optional<QByteArray> finishOdt(const QByteArray& odt, const MemoDocument& memo,
                                    const MemoStyle& style)
{
    std::optional<std::vector<zip::Entry>> entries = zip::read(odt);
    if (!entries)
        return std::nullopt;
    bool hasStyles = false;
    bool hasMeta = false;
    for (zip::Entry& e : *entries) {
        hasStyles = hasStyles || e.name == "styles.xml";
        hasMeta = hasMeta || e.name == "meta.xml";
        if (e.name == "META-INF/manifest.xml") {
            addToManifest(e.data, "styles.xml");
            if (!memo.madeWith.isEmpty())
                addToManifest(e.data, "meta.xml");
        }
    }
    // A newer Qt may write its own styles or metadata: leave them be.
    if (!hasStyles)
        entries->push_back({QByteArrayLiteral("styles.xml"), stylesXml(memo, style), true});
    if (!hasMeta && !memo.madeWith.isEmpty())
        entries->push_back({QByteArrayLiteral("meta.xml"), metaXml(memo), true});
    // ODF wants "mimetype" first and stored, so that tools recognise the file by its bytes.
    for (zip::Entry& e : *entries)
        e.compress = e.name != "mimetype";
    return zip::write(*entries);
}

} // namespace tulana
