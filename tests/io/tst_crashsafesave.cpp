// Crash-safe saves, proven (issue 20): a save of a large tender, in a child
// process, killed with SIGKILL at random moments leaves the whole old file or
// the whole new one; a disk that fills part-way and a read-only folder fail
// with a message that names the file and the reason, and the old file stays
// byte for byte. The child is this executable run again with --save-...: it
// saves through saveTenderFile, the path every save of the app and the CLI
// takes.
#include "CheckCount.h"
#include "generate/TenderGenerator.h"
#include "io/TenderFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_LINUX
#include <linux/capability.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace tulana;

namespace {

// Thousands of bids: the file is about 1.7 MB and a save takes tens of
// milliseconds, so a kill lands part-way through writing it.
GeneratorSpec versionSpec(int version)
{
    return {2000, 20, 3, version == 0 ? 101u : 202u};
}

// A tender of a few kilobytes, which QSaveFile holds in its buffer until
// the commit.
GeneratorSpec smallSpec()
{
    return {3, 4, 3, 11};
}

// How many times the child is killed; TULANA_SAVE_KILLS overrides it.
constexpr int kDefaultKills = 1000;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<cannot be opened>");
    return file.readAll();
}

bool writePlain(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

// Everything in the folder but the tender itself: a temporary file left
// behind (QSaveFile names it "tender.tulana.XXXXXX").
QStringList strays(const QString& dir, const QString& name)
{
    QStringList found =
        QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    found.removeAll(name);
    return found;
}

#ifdef Q_OS_LINUX
void say(const char* text)
{
    const auto written = ::write(STDOUT_FILENO, text, std::strlen(text));
    (void)written;
}

// --save-loop PATH FIRST: saves the two versions alternately, starting with
// FIRST, until it is killed. "s" before each save and "d" after it tell the
// parent how far it got.
int saveLoop(const QString& path, int first)
{
    const Tender versions[2] = {generateTender(versionSpec(0)), generateTender(versionSpec(1))};
    say("ready\n");
    for (int j = 0;; ++j) {
        say("s\n");
        QString message;
        if (!saveTenderFile(versions[(first + j) % 2], path, &message)) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            return 2;
        }
        say("d\n");
    }
}

// --save-limited PATH BYTES large|small: saves version 1 (or the small
// tender) while this process may write no file larger than BYTES, as if the
// disk filled part-way through.
int saveLimited(const QString& path, rlim_t bytes, bool small)
{
    std::signal(SIGXFSZ, SIG_IGN); // the write fails with EFBIG instead of killing us
    rlimit limit{};
    if (getrlimit(RLIMIT_FSIZE, &limit) != 0)
        return 3;
    limit.rlim_cur = bytes;
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
        return 3;
    QString message;
    if (saveTenderFile(generateTender(small ? smallSpec() : versionSpec(1)), path, &message))
        return 0;
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

// Root (CI runs the tests as root in a chroot) ignores a folder's
// permissions; without these capabilities it obeys them like anyone else.
bool dropPermissionOverrides()
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    if (syscall(SYS_capget, &header, data) != 0)
        return false;
    for (const int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER}) {
        data[cap / 32].effective &= ~(1u << (cap % 32));
        data[cap / 32].permitted &= ~(1u << (cap % 32));
    }
    return syscall(SYS_capset, &header, data) == 0;
}

// --save-readonly PATH: saves version 1 into a folder the parent made
// read-only, as a user who may not write there.
int saveReadOnly(const QString& path)
{
    if (!dropPermissionOverrides())
        return 3;
    QString message;
    if (saveTenderFile(generateTender(versionSpec(1)), path, &message))
        return 0;
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

int runChild(int argc, char** argv)
{
    const QByteArray mode = argv[1];
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    if (mode == "--save-loop" && argc == 4)
        return saveLoop(path, QByteArray(argv[3]).toInt());
    if (mode == "--save-limited" && argc == 5)
        return saveLimited(path, rlim_t(QByteArray(argv[3]).toLongLong()),
                           QByteArray(argv[4]) == "small");
    if (mode == "--save-readonly" && argc == 3)
        return saveReadOnly(path);
    std::fprintf(stderr, "unknown child mode\n");
    return 4;
}
#endif

struct ChildResult
{
    int exitCode = -1;
    QString message;
};

ChildResult runToEnd(const QStringList& arguments)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(60000))
        child.kill();
    return {child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1,
            QString::fromLocal8Bit(child.readAllStandardError()).trimmed()};
}

} // namespace

class TestCrashSafeSave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aSaveKilledAtAnyMomentLeavesTheWholeOldOrNewFile();
    void aDiskThatFillsPartWayLeavesTheOldFileAndSaysSo_data();
    void aDiskThatFillsPartWayLeavesTheOldFileAndSaysSo();
    void aReadOnlyFolderLeavesTheOldFileAndSaysSo();

private:
    QByteArray m_version[2];
};

void TestCrashSafeSave::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("kills a child with SIGKILL and limits it with setrlimit and capset: Linux only");
#endif
    for (int v = 0; v < 2; ++v)
        m_version[v] = writeTender(generateTender(versionSpec(v)));
    QVERIFY(m_version[0] != m_version[1]);
}

void TestCrashSafeSave::aSaveKilledAtAnyMomentLeavesTheWholeOldOrNewFile()
{
    const int kills = checkCountFromEnvironment("TULANA_SAVE_KILLS", kDefaultKills);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = QStringLiteral("tender.tulana");
    const QString path = dir.filePath(name);
    QVERIFY(writePlain(path, m_version[0]));

    // How long one save takes here: the child is killed 0 to 1.1 saves after
    // it is ready, mostly inside its first save (it saves without pause, so
    // every moment after "ready" is inside one).
    QElapsedTimer timer;
    timer.start();
    QString message;
    QVERIFY2(saveTenderFile(generateTender(versionSpec(0)), path, &message), qPrintable(message));
    const qint64 saveMicroseconds = std::max<qint64>(timer.nsecsElapsed() / 1000, 1000);
    QCOMPARE(readAll(path), m_version[0]);

    QRandomGenerator random(20); // the same moments every run
    int keptOld = 0;
    int haveNew = 0;
    int midSave = 0;
    int strayFiles = 0;
    QStringList strayNames;
    const QRegularExpression saveFileTemporary(
        QStringLiteral("^tender\\.tulana\\.[A-Za-z0-9]{6}$"));
    QElapsedTimer total;
    total.start();
    int onDisk = 0;
    for (int i = 0; i < kills; ++i) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--save-loop"), path, QString::number(1 - onDisk)});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QByteArray out;
        while (!out.contains("ready\n")) {
            QVERIFY2(child.waitForReadyRead(20000), "the child never got ready");
            out += child.readAllStandardOutput();
        }
        QThread::usleep(static_cast<unsigned long>(random.bounded(saveMicroseconds * 11 / 10 + 1)));
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        // Killed by this SIGKILL, not ended by anything of its own (a
        // sanitizer's abort is a crash too): Qt gives a crashed child's
        // signal as its exit code.
        QVERIFY2(child.exitStatus() == QProcess::CrashExit && child.exitCode() == SIGKILL,
                 qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
        out += child.readAllStandardOutput();

        const QByteArray now = readAll(path);
        const bool isOld = now == m_version[onDisk];
        const bool isNew = now == m_version[1 - onDisk];
        QVERIFY2(isOld || isNew,
                 qPrintable(QStringLiteral("kill %1: the file is neither version (%2 bytes)")
                                .arg(i)
                                .arg(now.size())));
        // The child's saves alternate: after an odd number of completed saves
        // the file must hold the other version, after an even number the one
        // it held. A save cut short may have been renamed in or not.
        const qsizetype started = out.count("s\n");
        const qsizetype done = out.count("d\n");
        const int lastDone = done == 0 ? onDisk : (onDisk + int(done)) % 2;
        if (started == done)
            QVERIFY2(now == m_version[lastDone],
                     qPrintable(QStringLiteral("kill %1: a completed save is not on disk").arg(i)));
        else
            ++midSave;
        (isOld ? keptOld : haveNew) += 1;
        onDisk = now == m_version[0] ? 0 : 1;

        // QSaveFile writes into an unnamed file (O_TMPFILE) and gives it a
        // name just before renaming it over the tender: a kill between the
        // two leaves "tender.tulana.XXXXXX", a whole copy of the new version
        // (on a file system without O_TMPFILE, a kill during the write leaves
        // a partial one). Anything else beside the tender is a failure.
        const QStringList left = strays(dir.path(), name);
        for (const QString& stray : left) {
            QVERIFY2(saveFileTemporary.match(stray).hasMatch(), qPrintable(stray));
            const QByteArray leftover = readAll(dir.filePath(stray));
            QVERIFY2(leftover == m_version[0] || leftover == m_version[1],
                     qPrintable(QStringLiteral("%1 is not a whole version").arg(stray)));
            QVERIFY(QFile::remove(dir.filePath(stray)));
        }
        strayFiles += int(left.size());
        if (strayNames.size() < 5)
            strayNames += left;
    }
    const double seconds = double(total.elapsed()) / 1000.0;
    qInfo("%d kills in %.1f s (one save: %.1f ms); %d inside a save; the file afterwards: "
          "the whole old one %d times, the whole new one %d times, anything else 0 times; "
          "temporary files left: %d %s",
          kills, seconds, double(saveMicroseconds) / 1000.0, midSave, keptOld, haveNew, strayFiles,
          qPrintable(strayNames.join(QLatin1Char(' '))));
    QVERIFY2(midSave > kills / 2, "too few kills landed inside a save to prove anything");
    // A few in a thousand at most: more means the temporary files are named
    // for the whole write, and a killed save litters the user's folder.
    QVERIFY2(strayFiles <= std::max(1, kills / 100), qPrintable(strayNames.join(u' ')));
}

void TestCrashSafeSave::aDiskThatFillsPartWayLeavesTheOldFileAndSaysSo_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<qsizetype>("newBytes");
    QTest::newRow("a large tender, written past the buffer")
        << QStringLiteral("large") << m_version[1].size();
    QTest::newRow("a small tender, written at the commit")
        << QStringLiteral("small") << writeTender(generateTender(smallSpec())).size();
}

void TestCrashSafeSave::aDiskThatFillsPartWayLeavesTheOldFileAndSaysSo()
{
    QFETCH(QString, size);
    QFETCH(qsizetype, newBytes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = QStringLiteral("tender.tulana");
    const QString path = dir.filePath(name);
    QVERIFY(writePlain(path, m_version[0]));

    // The disk "fills" halfway through the new version.
    const ChildResult result =
        runToEnd({QStringLiteral("--save-limited"), path, QString::number(newBytes / 2), size});
    QVERIFY2(result.exitCode != 3, "could not set RLIMIT_FSIZE");
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.message.contains(path), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("too large"), Qt::CaseInsensitive) ||
                 result.message.contains(QStringLiteral("space"), Qt::CaseInsensitive),
             qPrintable(result.message));
    qInfo("message: %s", qPrintable(result.message));
    QCOMPARE(readAll(path), m_version[0]);
    QCOMPARE(strays(dir.path(), name), QStringList());
}

void TestCrashSafeSave::aReadOnlyFolderLeavesTheOldFileAndSaysSo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = QStringLiteral("tender.tulana");
    const QString path = dir.filePath(name);
    QVERIFY(writePlain(path, m_version[0]));

    const auto writable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                          QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                          QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(dir.path(), writable & ~QFileDevice::WriteOwner)); // 0555
    const ChildResult result = runToEnd({QStringLiteral("--save-readonly"), path});
    QVERIFY(QFile::setPermissions(dir.path(), writable)); // so the folder can be removed
    if (result.exitCode == 3)
        QSKIP("running as root, and this system refuses to drop CAP_DAC_OVERRIDE, "
              "so a read-only folder cannot be made");
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.message.contains(path), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("permission"), Qt::CaseInsensitive),
             qPrintable(result.message));
    qInfo("message: %s", qPrintable(result.message));
    QCOMPARE(readAll(path), m_version[0]);
    QCOMPARE(strays(dir.path(), name), QStringList());
}

int main(int argc, char** argv)
{
#ifdef Q_OS_LINUX
    if (argc >= 2 && std::strncmp(argv[1], "--save-", 7) == 0)
        return runChild(argc, argv);
#endif
    QCoreApplication app(argc, argv);
    TestCrashSafeSave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafesave.moc"
