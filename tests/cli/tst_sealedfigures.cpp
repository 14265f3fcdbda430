// The two-envelope rule in every output: for each sample, the figures of
// every bid whose financial proposal is not opened (its price, its tax, the
// price with tax, each cost line, its lifecycle totals) must not appear in
// any report (table, JSON, CSV) or memo (Markdown, HTML, ODT, PDF text) that
// tulana-cli writes, in any formatting: raw, grouped in thousands, grouped
// in the Indian way, or in lakh and crore (GFR 2017 Rules 187 and 190).
#include "MemoZip.h"

#include "CliRunner.h"
#include "MissingTool.h"
#include "Samples.h"
#include "SealedFigures.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tulana;
using namespace tulana::testsupport;

namespace {

QString pdfText(const QString& pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60'000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestSealedFigures : public QObject
{
    Q_OBJECT

private slots:
    void theSamplesHaveSealedBids();
    void noOutputShowsASealedFigure_data();
    void noOutputShowsASealedFigure();
};

// The check below proves something only if some samples keep envelopes shut.
void TestSealedFigures::theSamplesHaveSealedBids()
{
    int withSealed = 0;
    for (const char* name : kSealedFigureSamples)
        if (!sealedSpellings(loadSample(name)).isEmpty())
            ++withSealed;
    QVERIFY2(withSealed >= 3, qPrintable(QString::number(withSealed)));
}

void TestSealedFigures::noOutputShowsASealedFigure_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("figuresFrom"); // the sample whose sealed figures must not show
    for (const char* name : kSealedFigureSamples)
        if (!sealedSpellings(loadSample(name)).isEmpty()) // else nothing is sealed to leak
            QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(name);
    // The recorded process keeps B4's figures in its sealed envelope, never
    // in the file: they are the chatbot sample's (scripts/make-recorded-sample).
    QTest::newRow("citizen-services-chatbot-recorded")
        << QStringLiteral("citizen-services-chatbot-recorded")
        << QStringLiteral("citizen-services-chatbot");
}

void TestSealedFigures::noOutputShowsASealedFigure()
{
    QFETCH(QString, sample);
    QFETCH(QString, figuresFrom);
    const QByteArray name = sample.toUtf8();
    const QStringList sealed = sealedSpellings(loadSample(figuresFrom.toUtf8().constData()));
    QVERIFY(!sealed.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = copySample(dir, name.constData());
    QStringList outputs;
    QStringList what;
    for (const char* format : {"table", "json", "csv"}) {
        const CliRun r = runCli(
            {QStringLiteral("score"), path, QStringLiteral("--format"), QString::fromUtf8(format)},
            dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        outputs << r.out + r.err;
        what << QStringLiteral("score --format ") + QString::fromUtf8(format);
    }
    for (const char* file : {"memo.md", "memo.html", "memo.odt", "memo.pdf"}) {
        const CliRun r =
            runCli({QStringLiteral("memo"), path, QStringLiteral("--out"), QString::fromUtf8(file)},
                   dir.path());
        if (r.exitCode == 1 && r.err.contains(QStringLiteral("justification")))
            continue; // no memo without its justification: nothing to leak
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        const QString written = dir.filePath(QString::fromUtf8(file));
        if (QByteArray(file).endsWith(".pdf")) {
            const QString text = pdfText(written);
            if (text.isEmpty())
                TULANA_SKIP_WITHOUT_TOOL("pdftotext (poppler-utils) is not installed");
            outputs << text;
        } else if (QByteArray(file).endsWith(".odt")) {
            QFile f(written);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto entries = zip::read(f.readAll());
            QVERIFY2(entries, "the ODT memo is not an archive");
            QString text;
            for (const zip::Entry& e : *entries)
                if (e.name == "content.xml" || e.name == "styles.xml")
                    text += QString::fromUtf8(e.data);
            QVERIFY(text.contains(QLatin1String("office:document-content")));
            outputs << text;
        } else {
            QFile f(written);
            QVERIFY(f.open(QIODevice::ReadOnly));
            outputs << QString::fromUtf8(f.readAll());
        }
        what << QStringLiteral("memo ") + QString::fromUtf8(file);
    }
    QVERIFY(outputs.size() >= 3);
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        const QString figure = firstSealedFigureIn(outputs[i], sealed);
        QVERIFY2(figure.isEmpty(),
                 qPrintable(what[i] + QStringLiteral(" shows the sealed figure ") + figure));
    }
}

QTEST_GUILESS_MAIN(TestSealedFigures)
#include "tst_sealedfigures.moc"
