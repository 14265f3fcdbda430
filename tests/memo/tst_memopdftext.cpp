// The memo's PDF as text: what pdftotext, a search box or e-Office's
// indexer reads out of it must be what the memo says, in Hindi too, and a
// line at a page break must be read once (issue: Hindi PDF text layer).
#include "CairoPdfDevice.h"
#include "MemoExport.h"
#include "MemoPages.h"
#include "MissingTool.h"
#include "Samples.h"
#include "ScriptSizes.h"
#include "TextClusters.h"
#include "memo/MemoBuilder.h"
#include "memo/MemoRender.h"
#include "scoring/Evaluator.h"

#include <QFontDatabase>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace tulana;

namespace {

MemoDocument memoOf(const char* sample, const char* language)
{
    const Tender t = testsupport::loadSample(sample);
    MemoOptions options;
    options.date = QDate(2026, 3, 20);
    options.language = QString::fromLatin1(language);
    return buildMemo(t, evaluate(t), options);
}

QString run(const char* program, const QStringList& arguments)
{
    const QString tool = QStandardPaths::findExecutable(QString::fromLatin1(program));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, arguments);
    p.waitForFinished(60'000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString& path, const QStringList& options = {})
{
    return run("pdftotext", options + QStringList{path, QStringLiteral("-")});
}

int pdfPages(const QString& path)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run("pdfinfo", {path})).captured(1).toInt();
}

// The words of a text in an Indic script, with their joiners.
QSet<QString> devanagariWords(const QString& text)
{
    static const QRegularExpression word(
        QStringLiteral("[\\x{0900}-\\x{097F}\\x{200C}\\x{200D}]+"));
    QSet<QString> words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words.insert(it.next().captured());
    return words;
}

// A page's lines as pdftotext -layout gives them, without the running
// header (first line) and footer (last line).
std::vector<QStringList> bodyLinesByPage(const QString& text)
{
    std::vector<QStringList> pages;
    for (const QString& page : text.split(u'\f', Qt::SkipEmptyParts)) {
        QStringList lines;
        for (const QString& line : page.split(u'\n'))
            if (!line.trimmed().isEmpty())
                lines << line.simplified();
        if (lines.size() > 2)
            pages.push_back(lines.mid(1, lines.size() - 2));
    }
    return pages;
}

} // namespace

class TestMemoPdfText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hindi = memoOf("citizen-services-chatbot", "hi");
        m_english = memoOf("citizen-services-chatbot", "en");
        QString message;
        QVERIFY2(exportMemo(m_hindi, path(QStringLiteral("hi.pdf")), MemoFormat::Pdf, &message),
                 qPrintable(message));
        QVERIFY2(exportMemo(m_english, path(QStringLiteral("en.pdf")), MemoFormat::Pdf, &message),
                 qPrintable(message));
    }

    // A conjunct is one cluster of several characters; a ligature one glyph
    // for two; each character is in exactly one cluster.
    void clustersSayWhichCharactersEachGlyphDraws()
    {
        // र्य in कार्य: Qt draws the reph (र्) after य, so the three
        // characters र ् य are one cluster of two glyphs.
        const QString word = QStringLiteral("कार्य");
        const std::vector<unsigned short> glyphOfChar{0, 1, 2, 2, 2};
        const std::optional<ClusterMap> map =
            mapClusters(word, glyphOfChar, std::vector<bool>{true, true, true, true});
        QVERIFY(map);
        QCOMPARE(QString::fromUtf8(map->utf8), word);
        QCOMPARE(int(map->clusters.size()), 3);
        QCOMPARE(map->clusters[2].bytes, 9); // र ् य, three bytes each
        QCOMPARE(map->clusters[2].glyphs, 2);

        // "fi" as one glyph: two characters, one cluster.
        const std::optional<ClusterMap> fine = mapClusters(
            QStringLiteral("fine"), std::vector<unsigned short>{0, 0, 1, 2}, {true, true, true});
        QVERIFY(fine);
        QCOMPARE(int(fine->clusters.size()), 3);
        QCOMPARE(fine->clusters[0].bytes, 2);
        QCOMPARE(fine->clusters[0].glyphs, 1);

        // A map that goes backwards, or misses characters: no text rather
        // than wrong text.
        QVERIFY(!mapClusters(word, std::vector<unsigned short>{0, 2, 1, 1, 1},
                             std::vector<bool>(4, true)));
        QVERIFY(!mapClusters(word, std::vector<unsigned short>{0, 1}, {true, true}));
    }

    void anIndicWordIsOneCluster()
    {
        // "के लिए B1" as clusters: क+े, space, ल, ि+ए... joined per word.
        ClusterMap map;
        const QString text = QStringLiteral("के लिए, B1");
        map.utf8 = text.toUtf8();
        const auto bytes = [](const char16_t* s) {
            return int(QString::fromUtf16(s).toUtf8().size());
        };
        map.clusters = {{bytes(u"के"), 2}, {bytes(u" "), 1}, {bytes(u"लि"), 2}, {bytes(u"ए"), 1},
                        {bytes(u","), 1}, {bytes(u" "), 1}, {bytes(u"B"), 1},  {bytes(u"1"), 1}};
        const ClusterMap joined = joinIndicWords(map);
        QCOMPARE(joined.utf8, map.utf8);
        QCOMPARE(int(joined.clusters.size()), 6); // के · space · लिए, · space · B · 1
        QCOMPARE(joined.clusters[2].bytes, bytes(u"लिए,"));
        QCOMPARE(joined.clusters[2].glyphs, 4);
        QCOMPARE(joined.clusters[4].bytes, 1); // Latin keeps its clusters
    }

    // The test: the exact heading and a sentence with conjuncts,
    // and then every Hindi word of the memo.
    void theHindiMemoReadsAsWritten()
    {
        const QString text = pdfText(path(QStringLiteral("hi.pdf")), {QStringLiteral("-raw")});
        if (text.isEmpty())
            TULANA_SKIP_WITHOUT_TOOL("pdftotext (poppler-utils) is not installed");
        const QString flat = text.simplified();
        QVERIFY2(flat.contains(QStringLiteral("कार्यालय टिप्पणी")), qPrintable(flat.left(300)));
        QVERIFY(flat.contains(QStringLiteral(
            "मूल्यांकन का परिणाम, और खुला स्रोत तथा स्वामित्व वाली एआई प्रणालियों के बीच चयन")));
        const QSet<QString> written = devanagariWords(memoToMarkdown(m_hindi));
        QVERIFY(written.size() > 300);
        const QSet<QString> read = devanagariWords(text);
        QStringList missing;
        for (const QString& w : written)
            if (!read.contains(w))
                missing << w;
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
    }

    // Latin ligatures are read as their letters ("fi", not U+FB01).
    void ligaturesAreReadAsLetters()
    {
        const QString text = pdfText(path(QStringLiteral("en.pdf")));
        if (text.isEmpty())
            TULANA_SKIP_WITHOUT_TOOL("pdftotext (poppler-utils) is not installed");
        QVERIFY(text.contains(QStringLiteral("financial")));
        for (const char16_t ligature : {u'\uFB00', u'\uFB01', u'\uFB02', u'\uFB03', u'\uFB04'})
            QVERIFY2(!text.contains(QChar(ligature)), qPrintable(QString(QChar(ligature))));
    }

    // A line near a page break is in the text of one page only: the last
    // lines of a page do not come back at the top of the next. (A table's
    // header row does, by design: its words are all header words.)
    void aLineAtAPageBreakIsReadOnce_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("language");
        for (const char* sample :
             {"citizen-services-chatbot", "citizen-services-chatbot-lifecycle", "land-records-ocr"})
            for (const char* language : {"en", "hi"})
                QTest::addRow("%s %s", sample, language)
                    << QString::fromLatin1(sample) << QString::fromLatin1(language);
    }

    void aLineAtAPageBreakIsReadOnce()
    {
        QFETCH(QString, sample);
        QFETCH(QString, language);
        const MemoDocument memo = memoOf(qPrintable(sample), qPrintable(language));
        const QString file = path(sample + u'-' + language + QStringLiteral(".pdf"));
        QString message;
        QVERIFY2(exportMemo(memo, file, MemoFormat::Pdf, &message), qPrintable(message));
        const QString text = pdfText(file, {QStringLiteral("-layout")});
        if (text.isEmpty())
            TULANA_SKIP_WITHOUT_TOOL("pdftotext (poppler-utils) is not installed");
        QSet<QString> headerWords;
        const auto addHeaders = [&](const std::vector<MemoSection>& sections) {
            for (const MemoSection& s : sections)
                for (const MemoBlock& b : s.blocks)
                    if (const auto* table = std::get_if<MemoTable>(&b))
                        for (const QString& cell : table->header)
                            for (const QString& w : cell.split(u' ', Qt::SkipEmptyParts))
                                headerWords.insert(w);
        };
        addHeaders(memo.sections);
        addHeaders(memo.annex);
        const std::vector<QStringList> pages = bodyLinesByPage(text);
        QVERIFY(pages.size() >= 8);
        for (std::size_t i = 0; i + 1 < pages.size(); ++i) {
            const QStringList end = pages[i].mid(pages[i].size() - 3);
            const QStringList start = pages[i + 1].mid(0, 3);
            for (const QString& line : end) {
                if (line.size() < 20 || !start.contains(line))
                    continue; // short lines ("अधिक)।") recur by chance
                const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
                const bool headerRow =
                    std::all_of(words.begin(), words.end(),
                                [&](const QString& w) { return headerWords.contains(w); });
                QVERIFY2(headerRow, qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(line)));
            }
        }
    }

    // The mechanism: a line whose baseline the painter's clip keeps off the
    // page is not in the page's text, even if the clip shows the tops of
    // its letters (Devanagari's matras reach high).
    void clippedTextIsNotInTheTextLayer()
    {
        CairoPdfDevice device(QPageSize(QPageSize::A4), 300, {});
        {
            QPainter painter(&device);
            painter.setFont(QFont(QStringLiteral("Noto Serif"), 12));
            painter.setClipRect(QRectF(0, 0, 2000, 400));
            painter.drawText(QPointF(100, 300), QStringLiteral("on the page"));
            // Its baseline is past the clip, the tops of its letters are not.
            painter.drawText(QPointF(100, 415), QStringLiteral("past the clip"));
        }
        QString error;
        const std::optional<QByteArray> pdf = device.finish(&error);
        QVERIFY2(pdf, qPrintable(error));
        QFile f(path(QStringLiteral("clip.pdf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(*pdf);
        f.close();
        const QString text = pdfText(path(QStringLiteral("clip.pdf")));
        if (text.isEmpty())
            TULANA_SKIP_WITHOUT_TOOL("pdftotext (poppler-utils) is not installed");
        QVERIFY2(text.contains(QStringLiteral("on the page")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("past")), qPrintable(text));
    }

    // Printed (and previewed) on a printer of another resolution, the memo
    // has the PDF's pages: the layout is done once, at the PDF's.
    void aPrinterGetsThePdfsPages()
    {
        const int exported = pdfPages(path(QStringLiteral("en.pdf")));
        if (exported == 0)
            TULANA_SKIP_WITHOUT_TOOL("pdfinfo (poppler-utils) is not installed");
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path(QStringLiteral("printed.pdf")));
        QVERIFY(printer.resolution() != MemoPages::kDpi);
        const MemoPages pages(m_english);
        QVERIFY(pages.print(&printer));
        QCOMPARE(pages.pageCount(), exported);
        QCOMPARE(pdfPages(path(QStringLiteral("printed.pdf"))), exported);
        // The same lines on the same pages.
        const std::vector<QStringList> printed =
            bodyLinesByPage(pdfText(path(QStringLiteral("printed.pdf"))));
        const std::vector<QStringList> pdf =
            bodyLinesByPage(pdfText(path(QStringLiteral("en.pdf"))));
        QCOMPARE(printed.size(), pdf.size());
        for (std::size_t i = 0; i < pdf.size(); ++i)
            QCOMPARE(printed[i].last(), pdf[i].last());
    }

    // In a paragraph that mixes the scripts, Devanagari's headline stands
    // as high as Latin capitals (it stood at 87% of them at the same size).
    void devanagariLooksAsLargeAsLatin()
    {
        const MemoPages pages(m_hindi);
        // Measured 100 times larger, clear of hinting's whole pixels.
        const auto large = [](QFont f) {
            f.setPointSizeF(f.pointSizeF() * 100);
            return f;
        };
        const auto capHeight = [&](const QFont& f) {
            return QRawFont::fromFont(large(f), QFontDatabase::Latin).capHeight();
        };
        const auto headline = [&](const QFont& f) {
            const QRawFont raw = QRawFont::fromFont(large(f), QFontDatabase::Devanagari);
            return -raw.boundingRect(raw.glyphIndexesForString(QStringLiteral("\u0915")).value(0))
                        .top();
        };
        int mixed = 0;
        for (QTextBlock b = pages.document().begin(); b.isValid(); b = b.next()) {
            std::optional<QFont> latin;
            std::optional<QFont> devanagari;
            QSet<double> latinSizes; // a block of one size of type (not the title block)
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QString text = it.fragment().text();
                if (devanagariRuns(text).empty())
                    latinSizes.insert(it.fragment().charFormat().font().pointSizeF());
                static const QRegularExpression word(QStringLiteral("[A-Z][A-Za-z]+"));
                if (devanagariRuns(text).empty() && text.contains(word))
                    latin = it.fragment().charFormat().font();
                else if (!devanagariRuns(text).empty() && devanagariRuns(text).front().second > 3)
                    devanagari = it.fragment().charFormat().font();
            }
            // Regular text: the factor is measured on the regular faces (bold
            // Devanagari comes out some 7% larger).
            if (!latin || !devanagari || latin->bold() || devanagari->bold() || latin->italic() ||
                latinSizes.size() != 1)
                continue;
            ++mixed;
            const double ratio = headline(*devanagari) / capHeight(*latin);
            QVERIFY2(ratio > 0.97 && ratio < 1.03,
                     qPrintable(QStringLiteral("%1: %2").arg(b.text().left(60)).arg(ratio)));
        }
        QVERIFY(mixed >= 3);
    }

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    MemoDocument m_hindi;
    MemoDocument m_english;
};

QTEST_MAIN(TestMemoPdfText)
#include "tst_memopdftext.moc"
