// tulana-cli memo and verify-memo as a user runs them: the real executable,
// headless, its files, messages and exit codes.
#include "io/TenderFile.h"
#include "memo/Fingerprint.h"

#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tulana;
using namespace tulana::testsupport;
using Run = CliRun;

namespace {

// Runs tulana-cli without a display and without a chosen platform, as on a
// server: the memo command must fall back to the offscreen platform itself.
Tender load(const QString& path)
{
    const TenderLoad l = loadTenderFile(path);
    if (!l.tender)
        qFatal("cannot load %s", qPrintable(path));
    return *l.tender;
}

bool save(const Tender& t, const QString& path)
{
    QString message;
    return saveTenderFile(t, path, &message);
}

} // namespace

class TestCliMemo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void memoWritesEveryFormatThatVerifies_data();
    void memoWritesEveryFormatThatVerifies();
    void verifyMemoNoticesAChangedEvaluation();
    void verifyMemoNoticesWhatTheFingerprintDoesNotCover();
    void verifyMemoReportsInJson();
    void anOdtZipBombIsRefused();
    void aDepartureWithoutJustificationGetsNoMemo();
    void anOpenWinnerGetsADraftMemoWithoutJustification();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void aMemoWithoutFingerprintDoesNotVerify();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_tender; // a copy of the chatbot sample
};

void TestCliMemo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_tender = m_dir->filePath(QStringLiteral("chatbot.tulana"));
    QVERIFY(QFile::copy(
        QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/citizen-services-chatbot.tulana"),
        m_tender));
    QFile::setPermissions(m_tender, QFile::ReadOwner | QFile::WriteOwner);
}

void TestCliMemo::memoWritesEveryFormatThatVerifies_data()
{
    QTest::addColumn<QString>("file");
    for (const char* f : {"memo.pdf", "memo.odt", "memo.html", "memo.md"})
        QTest::newRow(f) << QString::fromUtf8(f);
}

void TestCliMemo::memoWritesEveryFormatThatVerifies()
{
    QFETCH(QString, file);
    const Run memo = runCli({QStringLiteral("memo"), m_tender, QStringLiteral("--out"), file,
                             QStringLiteral("--date"), QStringLiteral("2026-03-20")},
                            m_dir->path());
    QVERIFY2(memo.exitCode == 0, qPrintable(show(memo)));
    // Nothing of Qt's own on the terminal, such as "XDG_RUNTIME_DIR not set".
    QVERIFY2(memo.err.isEmpty(), qPrintable(show(memo)));
    const QString fingerprint = groupFingerprint(evaluationFingerprint(load(m_tender)));
    QVERIFY2(memo.out.contains(QStringLiteral("Wrote ") + file), qPrintable(show(memo)));
    QVERIFY2(memo.out.contains(fingerprint), qPrintable(show(memo)));
    QVERIFY(QFile(m_dir->filePath(file)).size() > 1000);

    const Run verify = runCli({QStringLiteral("verify-memo"), m_tender, file}, m_dir->path());
    QVERIFY2(verify.exitCode == 0, qPrintable(show(verify)));
    QVERIFY2(verify.err.isEmpty(), qPrintable(show(verify)));
    QVERIFY2(
        verify.out.contains(QStringLiteral("Everything the memo says is what the tender gives")),
        qPrintable(show(verify)));
    QVERIFY2(verify.out.contains(fingerprint), qPrintable(show(verify)));

    // The memo first and the tender second is understood the same way.
    const Run reversed = runCli({QStringLiteral("verify-memo"), file, m_tender}, m_dir->path());
    QVERIFY2(reversed.exitCode == 0, qPrintable(show(reversed)));
    QCOMPARE(reversed.out, verify.out);
}

void TestCliMemo::verifyMemoNoticesAChangedEvaluation()
{
    const Run memo = runCli(
        {QStringLiteral("memo"), m_tender, QStringLiteral("--out"), QStringLiteral("memo.md")},
        m_dir->path());
    QVERIFY2(memo.exitCode == 0, qPrintable(show(memo)));
    Tender t = load(m_tender);
    const QString before = groupFingerprint(evaluationFingerprint(t));
    t.bids[1].price -= 100000; // B2 lowers its price after the memo
    QVERIFY(save(t, m_tender));
    const QString after = groupFingerprint(evaluationFingerprint(t));

    const Run verify =
        runCli({QStringLiteral("verify-memo"), m_tender, QStringLiteral("memo.md")}, m_dir->path());
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.err.contains(QStringLiteral("does not match")), qPrintable(show(verify)));
    QVERIFY2(verify.err.contains(QStringLiteral("memo: ") + before), qPrintable(show(verify)));
    QVERIFY2(verify.err.contains(QStringLiteral("file: ") + after), qPrintable(show(verify)));
}

void TestCliMemo::verifyMemoNoticesWhatTheFingerprintDoesNotCover()
{
    const Run memo = runCli(
        {QStringLiteral("memo"), m_tender, QStringLiteral("--out"), QStringLiteral("memo.html")},
        m_dir->path());
    QVERIFY2(memo.exitCode == 0, qPrintable(show(memo)));
    // Free text the fingerprint leaves out, so that it can be corrected: the
    // fingerprint still matches, but the memo no longer says what the tender does.
    Tender t = load(m_tender);
    t.title += QStringLiteral(" (corrected title)");
    t.organisation.approvedBy.name = QStringLiteral("Smt. Another Officer");
    QVERIFY(save(t, m_tender));
    const Run verify = runCli(
        {QStringLiteral("verify-memo"), m_tender, QStringLiteral("memo.html")}, m_dir->path());
    QCOMPARE(verify.exitCode, 1);
    for (const char* fragment :
         {"memo.html carries the fingerprint of the evaluation in",
          "differs from what the tender gives in 3 place", "the title block: the memo says",
          "(corrected title)", "section 1.1: the memo says",
          "the memo says \u201cShri Vivek Kamat\u201d; the tender gives \u201cSmt. Another "
          "Officer\u201d"})
        QVERIFY2(verify.err.contains(QString::fromUtf8(fragment)), qPrintable(show(verify)));
}

void TestCliMemo::verifyMemoReportsInJson()
{
    const Run memo = runCli(
        {QStringLiteral("memo"), m_tender, QStringLiteral("--out"), QStringLiteral("memo.md")},
        m_dir->path());
    QVERIFY2(memo.exitCode == 0, qPrintable(show(memo)));
    const auto json = [&] {
        const Run run = runCli({QStringLiteral("verify-memo"), m_tender, QStringLiteral("memo.md"),
                                QStringLiteral("--format"), QStringLiteral("json")},
                               m_dir->path());
        return std::pair{run.exitCode, QJsonDocument::fromJson(run.out.toUtf8()).object()};
    };
    const auto [okCode, ok] = json();
    QCOMPARE(okCode, 0);
    QCOMPARE(ok.value(QStringLiteral("result")).toString(), QStringLiteral("matches"));
    QCOMPARE(ok.value(QStringLiteral("differenceCount")).toInt(), 0);
    QCOMPARE(ok.value(QStringLiteral("madeWith")).toObject().value(QStringLiteral("language")),
             QStringLiteral("en"));

    QFile f(m_dir->filePath(QStringLiteral("memo.md")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    QVERIFY(text.contains("is selected for the award"));
    text.replace("is selected for the award", "is selected for the prize");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    const auto [badCode, bad] = json();
    QCOMPARE(badCode, 1);
    QCOMPARE(bad.value(QStringLiteral("result")).toString(), QStringLiteral("differs"));
    QVERIFY(bad.value(QStringLiteral("fingerprint"))
                .toObject()
                .value(QStringLiteral("matches"))
                .toBool());
    QCOMPARE(bad.value(QStringLiteral("differenceCount")).toInt(), 1);
    const QJsonObject d = bad.value(QStringLiteral("differences")).toArray().at(0).toObject();
    QVERIFY(d.value(QStringLiteral("section")).toString().startsWith(QStringLiteral("section ")));
    QVERIFY(d.value(QStringLiteral("memoSays")).toString().contains(QStringLiteral("prize")));
    QVERIFY(d.value(QStringLiteral("tenderGives")).toString().contains(QStringLiteral("award")));
    QCOMPARE(d.value(QStringLiteral("kind")).toString(), QStringLiteral("text"));
}

void TestCliMemo::anOdtZipBombIsRefused()
{
    // content.xml declares 4 GiB less a byte: refused from its header, before inflating.
    QByteArray zip;
    const auto le = [&](quint32 v, int bytes) {
        for (int i = 0; i < bytes; ++i)
            zip.append(char((v >> (8 * i)) & 0xff));
    };
    const QByteArray name("content.xml");
    const QByteArray packed(16, '\0');
    for (bool central : {false, true}) {
        le(central ? 0x02014b50 : 0x04034b50, 4);
        if (central)
            le(20, 2);
        le(20, 2), le(0, 2), le(8, 2), le(0, 2), le(0x21, 2), le(0, 4);
        le(quint32(packed.size()), 4), le(0xffffffff, 4), le(quint32(name.size()), 2), le(0, 2);
        if (central)
            le(0, 2), le(0, 2), le(0, 2), le(0, 4), le(0, 4);
        zip.append(name);
        if (!central)
            zip.append(packed);
    }
    const quint32 directory = quint32(30 + name.size() + packed.size());
    le(0x06054b50, 4), le(0, 2), le(0, 2), le(1, 2), le(1, 2);
    le(quint32(zip.size()) - directory, 4), le(directory, 4), le(0, 2);
    QFile f(m_dir->filePath(QStringLiteral("bomb.odt")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(zip);
    f.close();
    const Run run = runCli({QStringLiteral("verify-memo"), m_tender, QStringLiteral("bomb.odt")},
                           m_dir->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("is not an ODT memo Tulana can read: its entry "
                                             "\u201ccontent.xml\u201d would be")),
             qPrintable(show(run)));
}

void TestCliMemo::aDepartureWithoutJustificationGetsNoMemo()
{
    Tender t = load(m_tender);
    t.decision.justification = {};
    QVERIFY(save(t, m_tender));
    const Run memo = runCli(
        {QStringLiteral("memo"), m_tender, QStringLiteral("--out"), QStringLiteral("memo.pdf")},
        m_dir->path());
    QCOMPARE(memo.exitCode, 1);
    for (const char* fragment :
         {"decision › justification › reasons", "decision › justification › statement", "B1",
          "at least one", "No memo was written"})
        QVERIFY2(memo.err.contains(QString::fromUtf8(fragment)), qPrintable(show(memo)));
    QVERIFY2(!memo.err.contains(QRegularExpression(QStringLiteral("decision\\.[a-z]"))),
             qPrintable(show(memo)));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("memo.pdf"))));
}

void TestCliMemo::anOpenWinnerGetsADraftMemoWithoutJustification()
{
    const Run memo =
        runCli({QStringLiteral("memo"),
                QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/land-records-ocr.tulana"),
                QStringLiteral("--out"), QStringLiteral("land.md")},
               m_dir->path());
    QVERIFY2(memo.exitCode == 0, qPrintable(show(memo)));
    QVERIFY2(memo.out.contains(QStringLiteral("a draft")), qPrintable(show(memo)));
    QFile f(m_dir->filePath(QStringLiteral("land.md")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("DRAFT")));
    QVERIFY(text.contains(QStringLiteral("the open-source option is recommended")));
}

void TestCliMemo::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fragment");
    const QString file = QStringLiteral("chatbot.tulana");
    QTest::newRow("memo without --out")
        << QStringList{QStringLiteral("memo"), file} << QStringLiteral("--out");
    QTest::newRow("memo to an unknown format")
        << QStringList{QStringLiteral("memo"), file, QStringLiteral("--out"),
                       QStringLiteral("memo.docx")}
        << QStringLiteral(".pdf, .odt, .html or .md");
    QTest::newRow("memo dated in another form")
        << QStringList{QStringLiteral("memo"),   file,
                       QStringLiteral("--out"),  QStringLiteral("memo.md"),
                       QStringLiteral("--date"), QStringLiteral("20/03/2026")}
        << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("memo with two files")
        << QStringList{QStringLiteral("memo"), file, file, QStringLiteral("--out"),
                       QStringLiteral("m.md")}
        << QStringLiteral("one FILE");
    QTest::newRow("verify-memo without the memo")
        << QStringList{QStringLiteral("verify-memo"), file} << QStringLiteral("FILE and a MEMO");
    QTest::newRow("verify-memo of a file that is no memo")
        << QStringList{QStringLiteral("verify-memo"), file, file}
        << QStringLiteral("cannot tell the memo's format");
}

void TestCliMemo::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fragment);
    const Run run = runCli(arguments, m_dir->path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(fragment), qPrintable(show(run)));
}

void TestCliMemo::aMemoWithoutFingerprintDoesNotVerify()
{
    QFile f(m_dir->filePath(QStringLiteral("note.md")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("A note written by hand.\n");
    f.close();
    const Run run =
        runCli({QStringLiteral("verify-memo"), m_tender, QStringLiteral("note.md")}, m_dir->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no Tulana fingerprint")), qPrintable(show(run)));
}

QTEST_GUILESS_MAIN(TestCliMemo)
#include "tst_climemo.moc"
