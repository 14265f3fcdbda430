// The training certificate on paper: every line of the sheet is in the PDF
// (read back with pdftotext), a Hindi certificate is in Devanagari with its
// font embedded (pdffonts), a file that cannot be written is reported, and a
// certificate made from results states the pass mark, the issuer and an
// identifier that checks against the results file and against nothing else.

#include "CertificatePdf.h"
#include "MissingTool.h"
#include "i18n/Language.h"
#include "training/Certificate.h"
#include "training/TraineeResults.h"

#include <QDate>
#include <QDateTime>
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

// A trainee's results as the app records them for a pack with a pass mark.
training::TraineeResults results(double points)
{
    training::TraineeResults r;
    r.trainee.name = QStringLiteral("Asha Verma");
    r.language = QStringLiteral("en");
    r.packId = QStringLiteral("tulana-essentials");
    r.packTitle = QStringLiteral("Tulana essentials");
    r.packVersion = QStringLiteral("2026.1");
    r.issuer = QStringLiteral("Training Division, Directorate of Procurement");
    r.passMark = 60;
    r.packPoints = 10;
    training::CaseResult c;
    c.caseId = QStringLiteral("free-is-not-costless");
    c.title = QStringLiteral("Free is not costless");
    c.started = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    c.finished = QDateTime(QDate(2026, 11, 21), QTime(10, 14), Qt::UTC);
    c.completed = true;
    c.points = points;
    c.max = 10;
    r.record(c);
    return r;
}

// The sheet as the app fills it from the core's certificate content.
CertificateSheet sheetOf(const training::TraineeResults& r, const QDate& issued)
{
    const training::CertificateContent c = training::certificate(r, issued);
    CertificateSheet s = englishSheet();
    s.trainee = c.traineeName;
    s.rows.clear();
    for (const training::CertificateLine& line : c.cases)
        s.rows.push_back({line.caseTitle, line.score, line.finished});
    s.totalLine = c.total;
    s.outcomeLine = c.outcome;
    s.issuerLine = c.issuer;
    s.dateLine = QStringLiteral("Date: ") + c.date;
    s.identifierLine = c.identifierLabel + QLatin1Char(' ') + c.identifier;
    s.identifier = c.identifier;
    s.issued = issued.toString(Qt::ISODate);
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
        // Written through cairo, conjuncts (र्ण, प्र, र्म) come back whole.
        const QString text = run(
            pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY2(devanagariLetters(text) >= 30, qPrintable(text));
        for (const QString& words : {s.heading, s.preamble, s.trainee})
            QVERIFY2(text.simplified().contains(words), qPrintable(words + u'\n' + text));
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

    void aCertificateStatesPassMarkIssuerAndIdentifier()
    {
        const i18n::ScopedLanguage english(QStringLiteral("en"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            TULANA_SKIP_WITHOUT_TOOL("pdftotext (poppler-utils) is not installed");
        QTemporaryDir dir;
        const QDate issued(2026, 11, 22);
        QStringList identifiers;
        // 7 of 10 passes a 60% mark, 5 of 10 does not.
        for (const double points : {7.0, 5.0}) {
            const CertificateSheet s = sheetOf(results(points), issued);
            const QString pdf = dir.filePath(QStringLiteral("c%1.pdf").arg(points));
            QString error;
            QVERIFY2(writeCertificatePdf(s, pdf, &error), qPrintable(error));
            const QString text = run(pdftotext, {pdf, QStringLiteral("-")}).simplified();
            QVERIFY2(text.contains(QLatin1String("Pass mark announced in the pack: 60% of its 10 "
                                                 "points.")),
                     qPrintable(text));
            QVERIFY2(text.contains(points >= 6 ? QLatin1String("(70%): passed.")
                                               : QLatin1String("(50%): not passed.")),
                     qPrintable(text));
            QVERIFY2(text.contains(
                         QLatin1String("Issued by: Training Division, Directorate of Procurement")),
                     qPrintable(text));
            QVERIFY2(text.contains(s.identifier), qPrintable(s.identifier + u'\n' + text));
            identifiers << s.identifier;

            // The identifier and the date of issue are in the PDF's metadata,
            // where verify-certificate reads them.
            const CertificateStamp stamp = readCertificateStamp(pdf, &error);
            QCOMPARE(stamp.identifier, s.identifier);
            QCOMPARE(stamp.issued, QStringLiteral("2026-11-22"));
            const QDate stampDate = QDate::fromString(stamp.issued, Qt::ISODate);
            // It checks against the results file it was made from, read back...
            const training::ResultsLoad load =
                training::readResults(training::writeResults(results(points)));
            QVERIFY(load.results);
            QVERIFY(training::certificateMatches(*load.results, stampDate, stamp.identifier));
            // ...and not against one whose score was changed afterwards.
            QByteArray tampered = training::writeResults(results(points));
            const QByteArray scored = "\"points\": " + QByteArray::number(points, 'f', 1);
            QVERIFY(tampered.contains(scored));
            tampered.replace(scored, QByteArray("\"points\": 10.0"));
            const training::ResultsLoad edited = training::readResults(tampered);
            QVERIFY(edited.results);
            QVERIFY(!training::certificateMatches(*edited.results, stampDate, stamp.identifier));
        }
        // Another score, another identifier.
        QVERIFY(identifiers[0] != identifiers[1]);
    }

    void aPackWithoutPassMarkSaysNoneWasAnnounced()
    {
        const i18n::ScopedLanguage english(QStringLiteral("en"));
        training::TraineeResults r = results(7);
        r.passMark.reset();
        r.issuer.clear();
        const CertificateSheet s = sheetOf(r, QDate(2026, 11, 22));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("old.pdf"));
        QString error;
        QVERIFY2(writeCertificatePdf(s, pdf, &error), qPrintable(error));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            TULANA_SKIP_WITHOUT_TOOL("pdftotext (poppler-utils) is not installed");
        const QString text = run(pdftotext, {pdf, QStringLiteral("-")}).simplified();
        QVERIFY2(text.contains(QLatin1String("No pass mark was announced in the training pack")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("No issuing body is named in the training pack.")),
                 qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("passed.")));
    }

    void aPdfThatIsNoCertificateHasNoStamp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\nnothing here\n");
        file.close();
        QString error;
        QVERIFY(readCertificateStamp(path, &error).identifier.isEmpty());
        QVERIFY2(error.contains(QLatin1String("not a Tulana training certificate")),
                 qPrintable(error));
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
