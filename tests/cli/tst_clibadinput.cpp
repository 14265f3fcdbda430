// tulana-cli given bad input, or an output it cannot write (issue 20): it
// says so on stderr and exits 1, never crashes, never hangs, and never
// writes a bad tender over a good one.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace tulana::testsupport;

namespace {

QString sample(const char* name)
{
    return QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/") + QString::fromUtf8(name) +
           QStringLiteral(".tulana");
}

QString mot(const char* name)
{
    return QStringLiteral(TULANA_SOURCE_DIR "/tests/data/third-party/mot/models/") +
           QString::fromUtf8(name);
}

// tulana-cli with its standard output going to `stdoutFile`.
CliRun runInto(const QStringList& arguments, const QString& stdoutFile)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(stdoutFile);
    process.start(QStringLiteral(TULANA_CLI_EXE), arguments);
    CliRun run;
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        run.err = QStringLiteral("tulana-cli did not finish normally");
        return run;
    }
    run.exitCode = process.exitCode();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A Model Openness Tool record whose licence nests `depth` parentheses.
QString deepRecord(const QTemporaryDir& dir, int depth)
{
    const QString path = dir.filePath(QStringLiteral("deep.yml"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write("framework:\n  name: Model Openness Framework\n  version: '1.0'\n"
            "release:\n  name: Deep\n  producer: Example Labs\n  license: {}\n"
            "  components:\n    - name: Model architecture\n      license: '" +
            QByteArray(depth, '(') + "MIT" + QByteArray(depth, ')') + "'\n");
    return path;
}

// The citizen-services sample with its first bid changed by `edit`.
QString editedSample(const QTemporaryDir& dir, const std::function<void(QJsonObject&)>& edit)
{
    QFile in(sample("citizen-services-chatbot"));
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample");
    QJsonObject tender = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray bids = tender.value(QStringLiteral("bids")).toArray();
    QJsonObject first = bids.at(0).toObject();
    edit(first);
    bids.replace(0, first);
    tender.insert(QStringLiteral("bids"), bids);
    const QString path = dir.filePath(QStringLiteral("edited.tulana"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(tender).toJson()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// No character a terminal would obey: nothing below U+0020 but tab and
// line feed, no DEL, no C1 control.
bool onlyVisible(const QString& text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() < 0x20 && c != u'\t' && c != u'\n') ||
               (c.unicode() >= 0x7F && c.unicode() <= 0x9F);
    });
}

} // namespace

class TestCliBadInput : public QObject
{
    Q_OBJECT

private slots:
    void aFailedWriteOfTheOutputIsAnError_data();
    void aFailedWriteOfTheOutputIsAnError();
    void aDeepLicenceIsRefusedNotCrashedOn();
    void aDeepLicenceIsNeverWrittenIntoATender();
    void aTenderWithRepeatedCriteriaIsLeftAlone();
    void devZeroIsRefused();
    void controlCharactersAreShownNotObeyed();
    void anIdWithAControlCharacterIsRefusedVisibly();
    void placesAreNamedInWordsNotPaths();
};

void TestCliBadInput::aFailedWriteOfTheOutputIsAnError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("score") << QStringList{QStringLiteral("score"), sample("crop-advisory")};
    QTest::newRow("score --format csv")
        << QStringList{QStringLiteral("score"), sample("crop-advisory"), QStringLiteral("--format"),
                       QStringLiteral("csv")};
    QTest::newRow("score --format json")
        << QStringList{QStringLiteral("score"), sample("crop-advisory"), QStringLiteral("--format"),
                       QStringLiteral("json")};
    QTest::newRow("validate") << QStringList{QStringLiteral("validate"), sample("crop-advisory")};
    QTest::newRow("generate") << QStringList{QStringLiteral("generate")};
    QTest::newRow("openness") << QStringList{QStringLiteral("openness"), mot("Amber.yml")};
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
}

void TestCliBadInput::aFailedWriteOfTheOutputIsAnError()
{
    QFETCH(QStringList, arguments);
    // /dev/full accepts the open and fails every write with "no space left".
    const QFileInfo full(QStringLiteral("/dev/full"));
    if (!full.exists() || full.isFile())
        QSKIP("no /dev/full device");
    const CliRun run = runInto(arguments, full.filePath());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("the output could not be written")),
             qPrintable(run.err));
    // With somewhere to write, the same command succeeds: the failure was the write.
    QTemporaryDir dir;
    const CliRun ok = runInto(arguments, dir.filePath(QStringLiteral("out")));
    QCOMPARE(ok.exitCode, 0);
}

void TestCliBadInput::aDeepLicenceIsRefusedNotCrashedOn()
{
    // 100,000 "(" crashed tulana-cli with SIGSEGV (the parser's recursion).
    QTemporaryDir dir;
    const CliRun run = runCli({QStringLiteral("openness"), deepRecord(dir, 100'000)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("deep.yml:9:7: the licence's parentheses nest more "
                                            "than 16 deep")),
             qPrintable(show(run)));
}

void TestCliBadInput::aDeepLicenceIsNeverWrittenIntoATender()
{
    QTemporaryDir dir;
    const QString tender = dir.filePath(QStringLiteral("tender.tulana"));
    QVERIFY(QFile::copy(sample("citizen-services-chatbot"), tender));
    QFile::setPermissions(tender, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = digest(tender);
    const CliRun run =
        runCli({QStringLiteral("openness"), deepRecord(dir, 100'000), QStringLiteral("--into"),
                tender, QStringLiteral("--bid"), QStringLiteral("B1")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("was not changed")), qPrintable(show(run)));
    QCOMPARE(digest(tender), before);
    // The tender still opens: memo and score work on it.
    const CliRun score = runCli({QStringLiteral("score"), tender});
    QVERIFY2(score.exitCode == 0, qPrintable(show(score)));
}

void TestCliBadInput::aTenderWithRepeatedCriteriaIsLeftAlone()
{
    // Two imports into a tender whose criteria share an id erased that
    // criterion's marks, with exit 0. Now the tender is refused, untouched.
    QTemporaryDir dir;
    const QString tender = dir.filePath(QStringLiteral("tender.tulana"));
    QVERIFY(
        QFile::copy(QStringLiteral(TULANA_TEST_DATA "/bad/duplicate-criterion-id.tulana"), tender));
    QFile::setPermissions(tender, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = digest(tender);
    for (int i = 0; i < 2; ++i) {
        const CliRun run =
            runCli({QStringLiteral("openness"), mot("Amber.yml"), QStringLiteral("--into"), tender,
                    QStringLiteral("--bid"), QStringLiteral("B1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral(
                     "criterion no. 2 › id: the id \"T1\" is used by another criterion")),
                 qPrintable(show(run)));
    }
    QCOMPARE(digest(tender), before);
}

void TestCliBadInput::devZeroIsRefused()
{
    if (!QFile::exists(QStringLiteral("/dev/zero")))
        QSKIP("no /dev/zero");
    const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("/dev/zero")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("holds more than 128 MB")), qPrintable(show(run)));
}

void TestCliBadInput::controlCharactersAreShownNotObeyed()
{
    // An ESC sequence that would retitle the window and turn the terminal
    // red, a BEL and a C1 CSI, in a bidder's name. The table shows them; the
    // JSON report, for programs, keeps the name exactly as typed.
    QTemporaryDir dir;
    const QString typedName = QStringLiteral("Acme\u001b]0;pwned\u0007\u001b[31mRED\u009b");
    const QString tender = editedSample(
        dir, [&](QJsonObject& bid) { bid.insert(QStringLiteral("bidder"), typedName); });

    const CliRun table = runCli({QStringLiteral("score"), tender});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(onlyVisible(table.out) && onlyVisible(table.err), qPrintable(show(table)));
    QVERIFY2(table.out.contains(QStringLiteral("Acme\u241b]0;pwned\u2407\u241b[31mRED\ufffd")),
             qPrintable(show(table)));

    const CliRun json = runCli(
        {QStringLiteral("score"), tender, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    QVERIFY2(QJsonDocument::fromJson(json.out.toUtf8()).isObject(), qPrintable(show(json)));
    // The name as JSON writes it: C0 controls escaped, the C1 one as it is.
    QVERIFY2(
        json.out.contains(QStringLiteral("\"Acme\\u001b]0;pwned\\u0007\\u001b[31mRED\u009b\"")),
        qPrintable(show(json)));
}

void TestCliBadInput::anIdWithAControlCharacterIsRefusedVisibly()
{
    // An ESC in a bid's id: the file is refused (an id that looks like
    // another), and the message shows the ESC, on stderr too.
    QTemporaryDir dir;
    const QString tender = editedSample(dir, [](QJsonObject& bid) {
        bid.insert(QStringLiteral("id"), QStringLiteral("B\u001b[2J1"));
    });
    const CliRun run = runCli({QStringLiteral("validate"), tender});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(onlyVisible(run.err), qPrintable(show(run)));
    QVERIFY2(run.err.contains(QStringLiteral(
                 "bid no. 1 › id: the id \"B\u241b[2J1\" holds a control character (U+001B)")),
             qPrintable(show(run)));
}

void TestCliBadInput::placesAreNamedInWordsNotPaths()
{
    // A sentence on the screen names a place as the officer knows it; the
    // JSON path is for --format json.
    QTemporaryDir dir;
    const QString tender = editedSample(
        dir, [](QJsonObject& bid) { bid.insert(QStringLiteral("bidder"), QString()); });
    const CliRun score = runCli({QStringLiteral("score"), tender});
    QCOMPARE(score.exitCode, 1);
    QVERIFY2(score.err.contains(QStringLiteral(": bid B1: the bid needs the bidder's name")),
             qPrintable(show(score)));
    const CliRun memo = runCli({QStringLiteral("memo"), tender, QStringLiteral("--out"),
                                dir.filePath(QStringLiteral("memo.md"))});
    QCOMPARE(memo.exitCode, 1);
    QVERIFY2(memo.err.contains(QStringLiteral(": decision › justification › evaluation: ")),
             qPrintable(show(memo)));
    for (const CliRun& run : {score, memo})
        QVERIFY2(!run.err.contains(QLatin1String("bids[")) &&
                     !run.err.contains(QRegularExpression(QStringLiteral("decision\\.[a-z]"))),
                 qPrintable(show(run)));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("memo.md"))));
}

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_clibadinput.moc"
