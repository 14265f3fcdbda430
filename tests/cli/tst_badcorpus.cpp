// The bad-input corpus (issue 20): every file listed in tests/data/bad/corpus.tsv
// is given to the tulana-cli command that reads it, in a child process. Each
// must be refused (exit 1) with its message at its place, in words on screen
// and with its JSON path in --format json; within 2 s and 200 MB; without a
// crash; and nothing may be written: the tender it was to go into keeps its
// bytes and no output file appears.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace {

constexpr double kSecondsAllowed = 2.0;
constexpr long kKilobytesAllowed = 200 * 1024;
// Far beyond kSecondsAllowed: only so that a hang fails the test instead of
// stopping the suite.
constexpr auto kGiveUpAfter = std::chrono::seconds(30);

struct ChildRun
{
    bool finished = false; // exited by itself (not killed, not crashed)
    int exitCode = -1;
    int signal = 0;
    double seconds = 0;
    long maxKilobytes = 0; // the child's peak resident set
    QString out;
    QString err;
};

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// tulana-cli with `arguments`, its output in files of `dir`; its time and
// peak memory are its own (wait4), not the test's.
ChildRun runCli(const QStringList& arguments, const QTemporaryDir& dir)
{
    const QByteArray outPath = QFile::encodeName(dir.filePath(QStringLiteral("stdout")));
    const QByteArray errPath = QFile::encodeName(dir.filePath(QStringLiteral("stderr")));
    std::vector<QByteArray> args{QByteArrayLiteral(TULANA_CLI_EXE)};
    for (const QString& a : arguments)
        args.push_back(QFile::encodeName(a));
    std::vector<char*> argv;
    for (QByteArray& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    ChildRun run;
    pid_t pid = 0;
    const auto start = std::chrono::steady_clock::now();
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    int status = 0;
    rusage usage{};
    while (true) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (std::chrono::steady_clock::now() - start > kGiveUpAfter) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.maxKilobytes = usage.ru_maxrss;
    run.finished = WIFEXITED(status);
    run.exitCode = run.finished ? WEXITSTATUS(status) : -1;
    run.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    run.out = readText(dir.filePath(QStringLiteral("stdout")));
    run.err = readText(dir.filePath(QStringLiteral("stderr")));
    return run;
}

QString show(const ChildRun& run)
{
    return QStringLiteral("exit %1, signal %2, %3 s, %4 KB\n--- stdout\n%5\n--- stderr\n%6")
        .arg(run.exitCode)
        .arg(run.signal)
        .arg(run.seconds)
        .arg(run.maxKilobytes)
        .arg(run.out.left(2000), run.err.left(2000));
}

// A line of `err` that reads "error: " + prefix + place, then ":" or ",",
// then, somewhere after, `message`.
// The corpus lists the message as the core words it; on a terminal the CLI
// shows a C0 control in it as its control picture (U+2400 + the code).
QString asShown(QString message)
{
    for (QChar& c : message)
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n')
            c = QChar(char16_t(0x2400 + c.unicode()));
    return message;
}

bool saysAt(const QString& err, const QString& prefix, const QString& place, const QString& message)
{
    const QString shownMessage = asShown(message);
    const QString start = QStringLiteral("error: ") + prefix + place;
    for (const QString& line : err.split(u'\n')) {
        if (!line.startsWith(start))
            continue;
        const QString rest = line.mid(start.size());
        const bool placeEnds = place.isEmpty() || rest.startsWith(u':') || rest.startsWith(u',');
        if (placeEnds && rest.contains(shownMessage))
            return true;
    }
    return false;
}

// No path of the file's structure in a sentence on screen.
bool hasJsonPath(const QString& err)
{
    static const QStringList paths{QStringLiteral("bids["), QStringLiteral("criteria["),
                                   QStringLiteral("evaluators["), QStringLiteral("children[")};
    for (const QString& p : paths)
        if (err.contains(p))
            return true;
    return false;
}

const QString kSample =
    QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/citizen-services-chatbot.tulana");
const QString kGoodRecord =
    QStringLiteral(TULANA_SOURCE_DIR "/tests/data/third-party/mot/models/Amber.yml");

} // namespace

class TestBadCorpus : public QObject
{
    Q_OBJECT

private slots:
    void theCorpusIsLargeAndWhole();
    void eachFileIsRefusedAtItsPlace_data();
    void eachFileIsRefusedAtItsPlace();
};

void TestBadCorpus::theCorpusIsLargeAndWhole()
{
    // Every file in the folder is in the list, and the list has no file twice.
    const QDir bad(QStringLiteral(TULANA_TEST_DATA "/bad"));
    QStringList listed;
    QFile list(bad.filePath(QStringLiteral("corpus.tsv")));
    QVERIFY(list.open(QIODevice::ReadOnly));
    for (const QByteArray& line : list.readAll().split('\n'))
        if (!line.isEmpty() && !line.startsWith('#'))
            listed << QString::fromUtf8(line.split('\t').value(1));
    QVERIFY2(listed.size() >= 250, qPrintable(QString::number(listed.size())));
    QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()).size(), listed.size());
    QStringList onDisk;
    for (const QString& folder :
         {QString(), QStringLiteral("tender"), QStringLiteral("csv"), QStringLiteral("yaml")}) {
        const QDir d(bad.filePath(folder));
        for (const QString& name : d.entryList(
                 {QStringLiteral("*.tulana"), QStringLiteral("*.csv"), QStringLiteral("*.yml")},
                 QDir::Files))
            onDisk << (folder.isEmpty() ? name : folder + u'/' + name);
    }
    onDisk.sort();
    listed.sort();
    QCOMPARE(onDisk, listed);
}

void TestBadCorpus::eachFileIsRefusedAtItsPlace_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QFile list(QStringLiteral(TULANA_TEST_DATA "/bad/corpus.tsv"));
    if (!list.open(QIODevice::ReadOnly))
        qFatal("cannot read corpus.tsv");
    for (const QByteArray& line : list.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QStringList cells = QString::fromUtf8(line).split(u'\t');
        if (cells.size() != 5)
            qFatal("corpus.tsv: a line without 5 cells: %s", line.constData());
        QTest::newRow(qPrintable(cells[1]))
            << cells[0] << QStringLiteral(TULANA_TEST_DATA "/bad/") + cells[1] << cells[2]
            << cells[3] << cells[4];
    }
}

void TestBadCorpus::eachFileIsRefusedAtItsPlace()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(QString, place);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // The tender the input is to go into (a copy of a good one, or for a bad
    // tender file a copy of it), and a place for output that must stay empty.
    const QString target = dir.filePath(QStringLiteral("target.tulana"));
    QVERIFY(QFile::copy(kind == QLatin1String("tender") ? file : kSample, target));
    const QByteArray before = digest(target);
    const QString output = dir.filePath(QStringLiteral("output.tulana"));

    QStringList arguments;
    QString prefix; // what comes before the place on screen
    if (kind == QLatin1String("tender")) {
        // A record put into a bad tender: the tender is refused, not rewritten.
        arguments = {
            QStringLiteral("openness"), kGoodRecord,          QStringLiteral("--into"), target,
            QStringLiteral("--bid"),    QStringLiteral("B1"), QStringLiteral("--out"),  output};
        prefix = target + (place.isEmpty() ? QString() : QStringLiteral(": "));
    } else if (kind == QLatin1String("csv")) {
        arguments = {QStringLiteral("import-bids"), target, file, QStringLiteral("--out"), output};
        place.replace(QLatin1String("%s"), QFileInfo(file).fileName());
    } else if (kind == QLatin1String("yaml")) {
        arguments = {QStringLiteral("openness"), file,
                     QStringLiteral("--into"),   target,
                     QStringLiteral("--bid"),    QStringLiteral("B1"),
                     QStringLiteral("--out"),    output};
        place.replace(QLatin1String("%s"), file);
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown kind ") + kind));
    }

    const ChildRun run = runCli(arguments, dir);
    QVERIFY2(run.finished, qPrintable(show(run)));
    QVERIFY2(run.exitCode == 1, qPrintable(show(run)));
    QVERIFY2(saysAt(run.err, prefix, place, message), qPrintable(show(run)));
    QVERIFY2(!hasJsonPath(run.err), qPrintable(show(run)));
    QVERIFY2(run.seconds <= kSecondsAllowed, qPrintable(show(run)));
    QVERIFY2(run.maxKilobytes <= kKilobytesAllowed, qPrintable(show(run)));
    QCOMPARE(digest(target), before);
    QVERIFY2(!QFileInfo::exists(output), "an output file was written");

    if (kind != QLatin1String("tender"))
        return;
    // --format json: the same problem, with its JSON path for a program.
    const ChildRun json = runCli(
        {QStringLiteral("validate"), file, QStringLiteral("--format"), QStringLiteral("json")},
        dir);
    QVERIFY2(json.finished && json.exitCode == 1, qPrintable(show(json)));
    QVERIFY2(json.seconds <= kSecondsAllowed, qPrintable(show(json)));
    QVERIFY2(json.maxKilobytes <= kKilobytesAllowed, qPrintable(show(json)));
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("valid")).toBool(true), false);
    bool found = false;
    for (const QJsonValue& p : report.value(QStringLiteral("problems")).toArray()) {
        const bool atPath = path == QLatin1String("-") || p[QStringLiteral("path")] == path;
        found = found || (atPath && p[QStringLiteral("message")].toString().contains(message));
    }
    QVERIFY2(found, qPrintable(show(json)));
}

QTEST_GUILESS_MAIN(TestBadCorpus)
#include "tst_badcorpus.moc"
