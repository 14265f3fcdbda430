// The memo on paper: PDF (QPdfWriter) and ODT (QTextDocumentWriter) besides
// HTML and Markdown. The PDF's text (pdftotext, poppler-utils) has every
// section and the right figures, its pages are numbered "Page n of N", its
// metadata carries the fingerprint, headings stay with what follows them and
// short table rows are not cut by a page break. A recorded process's
// checkpoint is in the PDF's text, and its QR code, drawn where the layout
// put it, has the very modules libqrencode gives (no QR reader needed).
#include "MemoExport.h"
#include "MemoPages.h"
#include "MemoTextDocument.h"
#include "MemoZip.h"
#include "MissingTool.h"
#include "QrCode.h"
#include "RecordedTender.h"
#include "io/TenderFile.h"
#include "memo/Fingerprint.h"
#include "memo/MemoBuilder.h"
#include "memo/MemoRender.h"
#include "scoring/Evaluator.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>
#include <QXmlStreamReader>

#include <qrencode.h>

#include <cmath>

using namespace tulana;

namespace {

Tender sample(const char* name)
{
    const TenderLoad load = loadTenderFile(QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/") +
                                           QString::fromUtf8(name) + QStringLiteral(".tulana"));
    if (!load.tender)
        qFatal("cannot load the sample %s", name);
    return *load.tender;
}

MemoDocument memoOf(const Tender& t)
{
    MemoOptions options;
    options.date = QDate(2026, 3, 20);
    return buildMemo(t, evaluate(t), options);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The text of a PDF as pdftotext extracts it; empty when poppler is missing.
QString pdfText(const QString& path, const QStringList& extra = {})
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, extra + QStringList{path, QStringLiteral("-")});
    p.waitForFinished(60'000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Lays the memo out as every export and the print preview do.
struct LaidOut
{
    std::unique_ptr<MemoPages> pages;
    const QTextDocument* document = nullptr;
    double pageHeight = 0;
};

void layOut(LaidOut& l, const MemoDocument& memo)
{
    l.pages = std::make_unique<MemoPages>(memo);
    l.document = &l.pages->document();
    l.pageHeight = l.pages->bodyHeight();
}

// libqrencode's own modules for `text`, with the memo's settings (byte mode,
// level M): what every drawing of the code must show.
QrModules libraryModules(const QString& text)
{
    QrModules qr;
    const QByteArray bytes = text.toUtf8();
    QRcode* code = QRcode_encodeString(bytes.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return qr;
    qr.width = code->width;
    for (int i = 0; i < code->width * code->width; ++i)
        qr.dark.push_back(code->data[i] & 1);
    QRcode_free(code);
    return qr;
}

// Empty when `drawn` has every module of `expected`; else how many differ
// and where the first is.
QString differences(const QrModules& drawn, const QrModules& expected)
{
    if (drawn.width != expected.width)
        return QStringLiteral("%1 modules a side, not %2").arg(drawn.width).arg(expected.width);
    int count = 0;
    QString first;
    for (int y = 0; y < expected.width; ++y)
        for (int x = 0; x < expected.width; ++x)
            if (drawn.at(x, y) != expected.at(x, y) && count++ == 0)
                first = QStringLiteral(" (first at %1, %2)").arg(x).arg(y);
    return count == 0 ? QString()
                      : QStringLiteral("%1 of %2 modules differ")
                                .arg(count)
                                .arg(expected.width * expected.width) +
                            first;
}

// Reads a code back from a picture of it: `box` holds the code and its quiet
// zone of four modules; each module is dark where its centre is.
QrModules readModules(const QImage& picture, const QRectF& box, int width)
{
    QrModules qr;
    qr.width = width;
    const double module = box.width() / (width + 8);
    for (int y = 0; y < width; ++y)
        for (int x = 0; x < width; ++x) {
            const QPointF centre = box.topLeft() + QPointF((x + 4.5) * module, (y + 4.5) * module);
            qr.dark.push_back(qGray(picture.pixel(centre.toPoint())) < 128);
        }
    return qr;
}

// The modules the HTML's SVG path draws: "M x y h n v1h-n z", quiet zone 4.
QrModules svgModules(const QString& svg, int width)
{
    QrModules qr;
    qr.width = width;
    qr.dark.assign(std::size_t(width * width), false);
    static const QRegularExpression run(QStringLiteral("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z"));
    for (auto it = run.globalMatch(svg); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int y = m.captured(2).toInt() - 4;
        for (int x = m.captured(1).toInt() - 4, n = m.captured(3).toInt(); n > 0; ++x, --n)
            qr.dark[std::size_t(y * width + x)] = true;
    }
    return qr;
}

} // namespace

class TestMemoExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFormatCarriesTheFingerprint_data();
    void everyFormatCarriesTheFingerprint();
    void thePdfTextHasEverySectionAndFigure_data();
    void thePdfTextHasEverySectionAndFigure();
    void thePdfPagesAreA4AndNumbered();
    void thePdfMetadataCarriesTheFingerprint();
    void theFooterFingerprintIsCopiedAsTyped();
    void theOdtIsAnEditableDocument();
    void headingsStayWithWhatFollows();
    void shortTableRowsAreNotCut();
    void aMemoWithoutFingerprintIsReported();
    void theFormatFollowsTheExtension();
    void theQrCodeDrawsTheLibrarysModules();
    void theRecordedMemoCarriesItsCheckpointInEveryFormat();
    void thePdfDrawsTheCheckpointCodeBesideItsText();

private:
    // The chatbot's memo, exported once in every format (a PDF takes a few
    // seconds to lay out in a debug build), and laid out once for inspection.
    std::unique_ptr<QTemporaryDir> m_dir;
    MemoDocument m_memo;
    QString m_pdfText;
    LaidOut m_laidOut;
};

void TestMemoExport::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_memo = memoOf(sample("citizen-services-chatbot"));
    for (const char* f : {"memo.pdf", "memo.odt", "memo.html", "memo.md"}) {
        const QString path = m_dir->filePath(QString::fromUtf8(f));
        QString message;
        QVERIFY2(exportMemo(m_memo, path, *memoFormatForPath(path), &message), qPrintable(message));
    }
    // pdftotext writes ligatures as such ("ﬁ"): read them as letters.
    m_pdfText = pdfText(m_dir->filePath(QStringLiteral("memo.pdf")));
    m_pdfText.replace(QChar(0xfb01), QStringLiteral("fi"))
        .replace(QChar(0xfb02), QStringLiteral("fl"));
    layOut(m_laidOut, m_memo);
}

void TestMemoExport::everyFormatCarriesTheFingerprint_data()
{
    QTest::addColumn<QString>("file");
    for (const char* f : {"memo.pdf", "memo.odt", "memo.html", "memo.md"})
        QTest::newRow(f) << QString::fromUtf8(f);
}

void TestMemoExport::everyFormatCarriesTheFingerprint()
{
    QFETCH(QString, file);
    const QString path = m_dir->filePath(file);
    QVERIFY(QFile(path).size() > 1000);
    QString message;
    QCOMPARE(readMemoFingerprint(path, &message), m_memo.fingerprint);
}

void TestMemoExport::thePdfTextHasEverySectionAndFigure_data()
{
    QTest::addColumn<QString>("text");
    for (const char* t : {"OFFICE NOTE",
                          "File No. DITeG-11011/14/2026-eGov",
                          "Dated: 20 March 2026",
                          "The tender in brief",
                          "Method of evaluation and weights",
                          "Result of the evaluation",
                          "Openness of the bids",
                          "Considerations for AI procurement (Table 3)",
                          "Recommendation",
                          "Departure from the open-source option",
                          "Basis",
                          "Decision",
                          "ANNEX",
                          "Derivation of the scores",
                          "Charts",
                          "Table 3 of the policy brief, as printed",
                          "84.02",
                          "83.26",
                          "1,72,28,000.00",
                          "+32,45,000.00",
                          "+23.21",
                          "Shri Nikhil Naik",
                          "Secretary (IT & e-Governance)",
                          "Prepared by",
                          "Reviewed by",
                          "Approved by",
                          "Best for urgent, turnkey deployment needs.",
                          "do not at present require it"})
        QTest::newRow(t) << QString::fromUtf8(t);
}

void TestMemoExport::thePdfTextHasEverySectionAndFigure()
{
    QFETCH(QString, text);
    if (m_pdfText.isEmpty())
        TULANA_SKIP_WITHOUT_TOOL("pdftotext (poppler-utils) is not installed");
    // Line breaks and justification spacing are the layout's, not the text's.
    QVERIFY2(m_pdfText.simplified().contains(text), qPrintable(text));
}

// "ff" in a hex fingerprint must not become the ligature U+FB00: copied out
// of the PDF, the footer's fingerprint must read as printed, on every page.
void TestMemoExport::theFooterFingerprintIsCopiedAsTyped()
{
    MemoDocument memo = m_memo;
    memo.fingerprintShort = QStringLiteral("SHA-256 ffaa0ff1");
    const QString path = m_dir->filePath(QStringLiteral("ligature.pdf"));
    QString message;
    QVERIFY2(exportMemo(memo, path, MemoFormat::Pdf, &message), qPrintable(message));
    const QString text = pdfText(path);
    if (text.isEmpty())
        TULANA_SKIP_WITHOUT_TOOL("pdftotext (poppler-utils) is not installed");
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    QVERIFY(pages.size() >= 8);
    for (const QString& page : pages)
        QVERIFY2(page.contains(QStringLiteral("ffaa0ff1")), qPrintable(page.right(200)));
}

void TestMemoExport::thePdfPagesAreA4AndNumbered()
{
    const QString path = m_dir->filePath(QStringLiteral("memo.pdf"));
    const MemoDocument& memo = m_memo;
    const QString& text = m_pdfText;
    if (text.isEmpty())
        TULANA_SKIP_WITHOUT_TOOL("pdftotext (poppler-utils) is not installed");
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    const int n = int(pages.size());
    QVERIFY2(n >= 8 && n <= 20, qPrintable(QString::number(n)));
    for (int i = 0; i < n; ++i) {
        QVERIFY2(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(n)),
                 qPrintable(QString::number(i + 1)));
        // The running header with the file number, from the second page.
        QCOMPARE(pages[i].contains(QStringLiteral("File No. DITeG-11011/14/2026-eGov")), true);
    }
    QCOMPARE(findFingerprint(text), memo.fingerprint);

    // A4 is 595 × 842 points.
    const QString box = pdfText(path, {QStringLiteral("-bbox")});
    QVERIFY2(box.contains(QStringLiteral("<page width=\"595.")), qPrintable(box.left(400)));
    QVERIFY2(box.contains(QStringLiteral(" height=\"841.")) ||
                 box.contains(QStringLiteral(" height=\"842.")),
             qPrintable(box.left(400)));
}

void TestMemoExport::thePdfMetadataCarriesTheFingerprint()
{
    const MemoDocument& memo = m_memo;
    const QString path = m_dir->filePath(QStringLiteral("memo.pdf"));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    // The keywords, as plain text: the fingerprint, then what the memo was
    // made with (verify-memo reads both through poppler).
    QVERIFY(
        pdf.contains(QByteArray(QByteArray("(tulana-memo SHA-256:") + memo.fingerprint.toLatin1() +
                                " " + memo.madeWith.toLatin1() + ")")));
    QString message;
    QCOMPARE(readMemoFingerprint(path, &message), memo.fingerprint);

    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (tool.isEmpty())
        TULANA_SKIP_WITHOUT_TOOL("pdfinfo (poppler-utils) is not installed");
    QProcess p;
    p.start(tool, {path});
    QVERIFY(p.waitForFinished(60'000));
    // pdfinfo prints "Field:   value", one a line.
    QHash<QString, QString> info;
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            info.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    QCOMPARE(info.value(QStringLiteral("Keywords")), QStringLiteral("tulana-memo SHA-256:") +
                                                         memo.fingerprint + QLatin1Char(' ') +
                                                         memo.madeWith);
    QVERIFY(info.value(QStringLiteral("Title")).startsWith(memo.documentTitle));
    QVERIFY(info.value(QStringLiteral("Subject")).contains(memo.fingerprintGrouped));
    QCOMPARE(info.value(QStringLiteral("Creator")), QStringLiteral("Tulana " TULANA_VERSION));
}

void TestMemoExport::theOdtIsAnEditableDocument()
{
    const QString path = m_dir->filePath(QStringLiteral("memo.odt"));
    const MemoDocument& memo = m_memo;
    QString message;
    const QByteArray odt = readAll(path);
    QVERIFY(odt.startsWith("PK"));
    // The first entry is the uncompressed mimetype, as ODF requires.
    QVERIFY(odt.mid(30, 8) == "mimetype");
    QVERIFY(odt.contains("application/vnd.oasis.opendocument.text"));
    QCOMPARE(readMemoFingerprint(path, &message), memo.fingerprint);

    // The page Qt's ODF writer leaves out: A4, the running header, "Page n of N".
    const auto entries = zip::read(odt);
    QVERIFY(entries);
    QByteArray styles, manifest;
    for (const zip::Entry& e : *entries) {
        if (e.name == "styles.xml")
            styles = e.data;
        if (e.name == "META-INF/manifest.xml")
            manifest = e.data;
    }
    QVERIFY(manifest.contains("manifest:full-path=\"styles.xml\""));
    QXmlStreamReader xml(styles);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const char* part :
         {"fo:page-width=\"21.00cm\"", "fo:page-height=\"29.70cm\"", "fo:margin-left=\"2.50cm\"",
          "style:master-page style:name=\"Standard\"", "File No. DITeG-11011/14/2026-eGov",
          "Page <text:page-number text:select-page=\"current\"/> of <text:page-count/>"})
        QVERIFY2(styles.contains(part), part);
    QVERIFY(!styles.contains("DRAFT")); // the sample's decision is finalised

    // A damaged archive is reported, not guessed at.
    const QString broken = m_dir->filePath(QStringLiteral("broken.odt"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(odt.left(odt.size() / 2));
    f.close();
    QVERIFY(readMemoFingerprint(broken, &message).isEmpty());
    QVERIFY2(message.contains(QStringLiteral("not an ODT memo Tulana can read")),
             qPrintable(message));
}

void TestMemoExport::headingsStayWithWhatFollows()
{
    LaidOut& l = m_laidOut;
    QAbstractTextDocumentLayout* layout = l.document->documentLayout();
    int kept = 0;
    for (QTextBlock b = l.document->begin(); b.isValid(); b = b.next()) {
        if (!b.blockFormat().boolProperty(kKeepWithNext) || !b.next().isValid())
            continue;
        ++kept;
        const int page = int((layout->blockBoundingRect(b).top() + 1) / l.pageHeight);
        const QTextBlock next = b.next();
        const QTextLine first = next.layout()->lineAt(0);
        const double nextTop = layout->blockBoundingRect(next).top() + first.y();
        QVERIFY2(int((nextTop + 1) / l.pageHeight) == page, qPrintable(b.text()));
    }
    QVERIFY(kept > 20);
}

void TestMemoExport::shortTableRowsAreNotCut()
{
    LaidOut& l = m_laidOut;
    QAbstractTextDocumentLayout* layout = l.document->documentLayout();
    int rows = 0;
    for (QTextFrame* frame : l.document->rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        for (int r = 0; r < table->rows(); ++r) {
            double top = 1e12, bottom = 0;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                top = std::min(top,
                               layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                bottom = std::max(
                    bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            if (bottom - top > l.pageHeight / 3)
                continue; // a tall row may run on, as in a word processor
            ++rows;
            QCOMPARE(int((top + 1) / l.pageHeight), int((bottom - 1) / l.pageHeight));
        }
    }
    QVERIFY(rows > 50);
}

void TestMemoExport::aMemoWithoutFingerprintIsReported()
{
    const QString path = m_dir->filePath(QStringLiteral("other.md"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# A note\n\nNo fingerprint here.\n");
    f.close();
    QString message;
    QVERIFY(readMemoFingerprint(path, &message).isEmpty());
    QVERIFY2(message.contains(QStringLiteral("no Tulana fingerprint")), qPrintable(message));
    QVERIFY(readMemoFingerprint(m_dir->filePath(QStringLiteral("absent.pdf")), &message).isEmpty());
    QVERIFY2(message.contains(QStringLiteral("cannot be opened")), qPrintable(message));
}

void TestMemoExport::theFormatFollowsTheExtension()
{
    QCOMPARE(memoFormatForPath(QStringLiteral("a/memo.PDF")), MemoFormat::Pdf);
    QCOMPARE(memoFormatForPath(QStringLiteral("memo.odt")), MemoFormat::Odt);
    QCOMPARE(memoFormatForPath(QStringLiteral("memo.htm")), MemoFormat::Html);
    QCOMPARE(memoFormatForPath(QStringLiteral("memo.md")), MemoFormat::Markdown);
    QVERIFY(!memoFormatForPath(QStringLiteral("memo.docx")));
    QVERIFY(!memoFormatForPath(QStringLiteral("memo")));
}

// The code as the image (ODT) and as SVG (HTML) has a dark module exactly
// where libqrencode says, and light ones in its quiet zone.
void TestMemoExport::theQrCodeDrawsTheLibrarysModules()
{
    const QString text = QStringLiteral("tulana-checkpoint:14:") + QString(64, u'a');
    const QrModules expected = libraryModules(text);
    QVERIFY(expected.width >= 21);
    const QrModules qr = encodeQr(text);
    QCOMPARE(differences(qr, expected), QString());

    const int ppm = 5;
    const QImage image = qrImage(qr, ppm);
    QCOMPARE(image.width(), (qr.width + 8) * ppm);
    QCOMPARE(image.height(), image.width());
    const QrModules fromImage = readModules(image, QRectF(image.rect()), qr.width);
    QCOMPARE(differences(fromImage, expected), QString());
    // Whole pixels: every pixel of a module has its colour, none is grey.
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const int mx = x / ppm - 4, my = y / ppm - 4;
            const bool dark =
                mx >= 0 && my >= 0 && mx < qr.width && my < qr.width && expected.at(mx, my);
            QCOMPARE(qGray(image.pixel(x, y)), dark ? 0 : 255);
        }
    QCOMPARE(differences(svgModules(qrToSvg(qr, 32), qr.width), expected), QString());
    QVERIFY(encodeQr(QString(8000, u'x')).isEmpty()); // beyond any QR code: no code, no crash
}

void TestMemoExport::theRecordedMemoCarriesItsCheckpointInEveryFormat()
{
    const testsupport::RecordedTender recorded;
    const MemoDocument memo = memoOf(recorded.tender);
    QVERIFY(!memo.checkpoint.isEmpty());
    const QrModules expected = libraryModules(memo.checkpointPayload());
    QString message;
    const QString html = m_dir->filePath(QStringLiteral("recorded.html"));
    QVERIFY2(exportMemo(memo, html, MemoFormat::Html, &message), qPrintable(message));
    const QString page = QString::fromUtf8(readAll(html));
    QVERIFY(page.contains(QStringLiteral("aria-label=\"") + memo.checkpointPayload()));
    const qsizetype svg = page.indexOf(QStringLiteral("<svg role=\"img\""));
    QVERIFY(svg > 0);
    const QString drawing = page.mid(svg, page.indexOf(QStringLiteral("</svg>"), svg) - svg);
    QCOMPARE(differences(svgModules(drawing, expected.width), expected), QString());

    const QString md = m_dir->filePath(QStringLiteral("recorded.md"));
    QVERIFY2(exportMemo(memo, md, MemoFormat::Markdown, &message), qPrintable(message));
    QVERIFY(QString::fromUtf8(readAll(md)).contains(memo.checkpointLine));

    // The ODT holds the code as a picture of whole-pixel modules.
    const QString odt = m_dir->filePath(QStringLiteral("recorded.odt"));
    QVERIFY2(exportMemo(memo, odt, MemoFormat::Odt, &message), qPrintable(message));
    const auto entries = zip::read(readAll(odt));
    QVERIFY(entries);
    int codes = 0;
    for (const zip::Entry& e : *entries) {
        const QImage picture = QImage::fromData(e.data);
        if (picture.isNull() || picture.width() != (expected.width + 8) * 12)
            continue;
        ++codes;
        QCOMPARE(
            differences(readModules(picture, QRectF(picture.rect()), expected.width), expected),
            QString());
    }
    QCOMPARE(codes, 1);
}

// Where the layout puts the code, the PDF, rendered by poppler, shows its
// modules: a 32 mm square of them beside the checkpoint's text.
void TestMemoExport::thePdfDrawsTheCheckpointCodeBesideItsText()
{
    const testsupport::RecordedTender recorded;
    const MemoDocument memo = memoOf(recorded.tender);
    const QrModules expected = libraryModules(memo.checkpointPayload());
    const QString pdf = m_dir->filePath(QStringLiteral("recorded.pdf"));
    QString message;
    QVERIFY2(exportMemo(memo, pdf, MemoFormat::Pdf, &message), qPrintable(message));

    // The layout's place for the code: its page, and its box on the sheet in mm.
    const MemoPages pages(memo);
    const QTextDocument& doc = pages.document();
    QRectF box;
    int page = -1;
    for (QTextBlock b = doc.begin(); b.isValid() && page < 0; b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.charFormat().hasProperty(kQrPayload))
                continue;
            QCOMPARE(f.charFormat().stringProperty(kQrPayload), memo.checkpointPayload());
            const QTextLine line = b.layout()->lineForTextPosition(f.position() - b.position());
            const QRectF blockRect = doc.documentLayout()->blockBoundingRect(b);
            const double side =
                f.charFormat().doubleProperty(QTextFormat::ImageWidth) * MemoPages::kDpi / 96.0;
            const double top = blockRect.top() + line.y() + line.ascent() - side;
            page = int(top / pages.bodyHeight());
            const MemoStyle style;
            const double mmPerPx = 25.4 / MemoPages::kDpi;
            box = QRectF(style.marginsMm.left() +
                             (blockRect.left() + line.cursorToX(f.position() - b.position())) *
                                 mmPerPx,
                         style.marginsMm.top() + (top - page * pages.bodyHeight()) * mmPerPx,
                         side * mmPerPx, side * mmPerPx);
        }
    QVERIFY(page >= 0);
    QVERIFY2(std::abs(box.width() - 32) < 0.1, qPrintable(QString::number(box.width())));

    const QString text = pdfText(pdf);
    const QString render = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (text.isEmpty() || render.isEmpty())
        TULANA_SKIP_WITHOUT_TOOL("pdftotext and pdftoppm (poppler-utils) are not installed");
    // The checkpoint, whole, on the page of its code, and in the section's command.
    const QStringList pageTexts = text.split(u'\f');
    QVERIFY2(pageTexts.value(page).simplified().contains(memo.checkpointLine),
             qPrintable(pageTexts.value(page).right(600)));
    QVERIFY(text.simplified().contains(QStringLiteral("--checkpoint ") + memo.checkpoint));

    const int dpi = 300;
    QProcess p;
    p.start(render, {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                     QString::number(page + 1), QStringLiteral("-l"), QString::number(page + 1),
                     QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf,
                     m_dir->filePath(QStringLiteral("qrpage"))});
    QVERIFY(p.waitForFinished(120'000));
    const QImage picture(m_dir->filePath(QStringLiteral("qrpage.png")));
    QVERIFY(!picture.isNull());
    const double pxPerMm = dpi / 25.4;
    const QRectF inPixels(box.left() * pxPerMm, box.top() * pxPerMm, box.width() * pxPerMm,
                          box.height() * pxPerMm);
    QCOMPARE(differences(readModules(picture, inPixels, expected.width), expected), QString());
}

QTEST_MAIN(TestMemoExport)
#include "tst_memoexport.moc"
