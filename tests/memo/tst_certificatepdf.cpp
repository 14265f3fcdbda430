// The training certificate on paper: every line of the sheet is in the PDF
// (read back with pdftotext), a Hindi certificate is in Devanagari with its
// font embedded (pdffonts), and a file that cannot be written is reported.

#include "CertificatePdf.h"
#include "MissingTool.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tulana;

namespace {

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    // pdftotext writes ligatures as such ("ﬁ"): read them as letters.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

CertificateSheet englishSheet()
{
    CertificateSheet s;
    s.language = QStringLiteral("en");
    s.heading = QStringLiteral("Certificate of completion");
    s.preamble = QStringLiteral("This certifies that");
    s.trainee = QStringLiteral("Asha Verma");
    s.statement = QStringLiteral("has completed these cases of the training pack in Tulana:");
    s.packTitle = QStringLiteral("Tulana essentials");
    s.caseColumn = QStringLiteral("Case");
    s.scoreColumn = QStringLiteral("Score");
    s.dateColumn = QStringLiteral("Completed");
    s.rows = {{QStringLiteral("Free is not costless"), QStringLiteral("9 of 10 points (90%)"),
               QStringLiteral("21 November 2026")},
              {QStringLiteral("Open weights are not open source"),
               QStringLiteral("6 of 8 points (75%)"), QStringLiteral("22 November 2026")}};
    s.totalLine = QStringLiteral("Overall: 15 of 18 points (83%)");
    s.dateLine = QStringLiteral("Date: 22 November 2026");
    s.identifierLine = QStringLiteral("Certificate identifier: 1a2b-3c4d-5e6f-7a8b");
    return s;
}

int devanagariLetters(const QString& text)
{
    int n = 0;
    for (const QChar c : text)
        n += (c.unicode() >= 0x0900 && c.unicode() <= 0x097F) ? 1 : 0;
    return n;
}

} // namespace

class TestCertificatePdf : public QObject
{
    Q_OBJECT

private slots:
    void theEnglishCertificateCarriesEveryLine()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("c.pdf"));
        QString error;
        QVERIFY2(writeCertificatePdf(englishSheet(), pdf, &error), qPrintable(error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF"));

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            TULANA_SKIP_WITHOUT_TOOL("pdftotext (poppler-utils) is not installed");
        const QString text = run(pdftotext, {pdf, QStringLiteral("-")}).simplified();
        const CertificateSheet s = englishSheet();
        for (const QString& line :
             {s.heading, s.trainee, s.packTitle, s.rows[0].title, s.rows[0].score, s.rows[1].title,
              s.totalLine, s.dateLine, s.identifierLine})
            QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral(" in: ") + text));
        // One page for a few cases.
        const QString info = run(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {pdf});
        if (!info.isEmpty())
            QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))),
                     qPrintable(info));
    }

    void aLongListRunsOnToAnotherPage()
    {
        CertificateSheet s = englishSheet();
        for (int i = 0; i < 40; ++i)
            s.rows.push_back(
                {QStringLiteral("Case number %1").arg(i), QStringLiteral("1 of 1"), {}});
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
        QString error;
        QVERIFY2(writeCertificatePdf(s, pdf, &error), qPrintable(error));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            TULANA_SKIP_WITHOUT_TOOL("pdftotext (poppler-utils) is not installed");
        const QString text = run(pdftotext, {pdf, QStringLiteral("-")});
        // Nothing is cut off: the last case and the identifier are there.
        QVERIFY(text.contains(QLatin1String("Case number 39")));
        QVERIFY(text.contains(s.identifierLine));
        QVERIFY(text.count(u'\f') >= 2);
    }

    void theHindiCertificateIsInDevanagariWithItsFont()
    {
        CertificateSheet s = englishSheet();
        s.language = QStringLiteral("hi");
        s.heading = QStringLiteral("पूर्णता प्रमाणपत्र");
        s.preamble = QStringLiteral("प्रमाणित किया जाता है कि");
        s.trainee = QStringLiteral("आशा वर्मा");
        s.statement = QStringLiteral("ने तुलना में प्रशिक्षण के ये मामले पूरे किए हैं:");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("hi.pdf"));
        QString error;
        QVERIFY2(writeCertificatePdf(s, pdf, &error), qPrintable(error));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
        if (pdftotext.isEmpty() || pdffonts.isEmpty())
            TULANA_SKIP_WITHOUT_TOOL("pdftotext and pdffonts (poppler-utils) are not installed");
        // Conjuncts come back from pdftotext in pieces, so count letters
        // rather than compare words.
        const QString text = run(
            pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY2(devanagariLetters(text) >= 30, qPrintable(text));
        bool embedded = false;
        for (const QString& line : run(pdffonts, {pdf}).split(u'\n')) {
            // Columns: name type encoding emb sub uni object ID.
            const QStringList columns =
                line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            if (line.contains(QLatin1String("Devanagari")) && columns.size() >= 5 &&
                columns.at(columns.size() - 5) == QLatin1String("yes"))
                embedded = true;
        }
        QVERIFY2(embedded, qPrintable(QStringLiteral("no embedded Devanagari font:\n") +
                                      run(pdffonts, {pdf})));
    }

    void aFileThatCannotBeWrittenIsReported()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("no/such/folder/c.pdf"));
        QString error;
        QVERIFY(!writeCertificatePdf(englishSheet(), pdf, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_MAIN(TestCertificatePdf)
#include "tst_certificatepdf.moc"
