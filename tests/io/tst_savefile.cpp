// Saving through QSaveFile: a save either replaces the file completely or
// leaves it exactly as it was, and a failure says which file and why.
#include "generate/TenderGenerator.h"
#include "io/TenderFile.h"
#include "support/InputFile.h"
#include "support/SaveFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace tulana;

namespace {

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

#ifdef Q_OS_LINUX
// Limits the size of files this process may write, for the lifetime of the
// object. Unlike permissions, the limit holds for root too, so a save can be
// made to fail part-way through on any machine.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_ok = getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // fail the write, don't kill us
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        m_ok = m_ok && setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    bool isActive() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = SIG_DFL;
    bool m_ok = false;
};
#endif

} // namespace

class TestSaveFile : public QObject
{
    Q_OBJECT

private slots:
    void aNewFileIsWritten_data();
    void aNewFileIsWritten();
    void overwritingReplacesTheWholeFile();
    void aSaveIntoAFileAsIfItWereADirectoryFailsWithThePath();
    void aFailedSaveWithoutRoomForAMessageStillFails();
    void aSaveThatFailsPartWayLeavesTheOldFileByteIdentical();
    void saveTenderFileReplacesAnExistingTender();
    void saveTenderFileReportsAFailure();
    void aTenderTooLargeToOpenAgainIsNotSaved();
};

void TestSaveFile::aNewFileIsWritten_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("a short text is written") << QByteArray("{\"format\": \"tulana-tender\"}\n");
    QTest::newRow("an empty file is written") << QByteArray();
    QTest::newRow("bytes that are not text are written unchanged")
        << QByteArray("\x00\xff\r\n\x1a\xe0\xa4\xad", 8);
    QTest::newRow("a megabyte is written whole") << QByteArray(1 << 20, 'x');
}

void TestSaveFile::aNewFileIsWritten()
{
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.tulana"));

    QString message = QStringLiteral("untouched");
    QVERIFY2(saveFileAtomically(path, contents, &message), qPrintable(message));
    QVERIFY(QFile::exists(path));
    QCOMPARE(readAll(path), contents);
    // Only the file itself: no temporary file is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("new.tulana")});
}

void TestSaveFile::overwritingReplacesTheWholeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tender.tulana"));
    QVERIFY(writePlain(path, QByteArray(5000, 'o') + "old tail"));

    const QByteArray shorter = "new and shorter\n";
    QString message;
    QVERIFY2(saveFileAtomically(path, shorter, &message), qPrintable(message));
    QCOMPARE(readAll(path), shorter); // nothing of the longer old file is left

    const QByteArray again = "third version\n";
    QVERIFY2(saveFileAtomically(path, again, &message), qPrintable(message));
    QCOMPARE(readAll(path), again);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("tender.tulana")});
}

void TestSaveFile::aSaveIntoAFileAsIfItWereADirectoryFailsWithThePath()
{
    // A path whose parent is a regular file cannot be written by anyone, root
    // included (permission tricks don't hold when the tests run as root).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString notADirectory = dir.filePath(QStringLiteral("evaluation.tulana"));
    const QByteArray good = "{\"the\": \"good file\"}\n";
    QVERIFY(writePlain(notADirectory, good));
    const QString path = notADirectory + QStringLiteral("/copy.tulana");

    QString message;
    QVERIFY(!saveFileAtomically(path, "anything", &message));
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.size() > path.size() + 15, qPrintable(message)); // and says why
    QCOMPARE(readAll(notADirectory), good);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("evaluation.tulana")});
}

void TestSaveFile::aFailedSaveWithoutRoomForAMessageStillFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("plain"));
    QVERIFY(writePlain(file, "x"));
    QVERIFY(!saveFileAtomically(file + QStringLiteral("/no/such/dir.tulana"), "y", nullptr));
}

void TestSaveFile::aSaveThatFailsPartWayLeavesTheOldFileByteIdentical()
{
#ifndef Q_OS_LINUX
    QSKIP("needs RLIMIT_FSIZE to make a write fail part-way");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tender.tulana"));
    const QByteArray good = writeTender(generateTender({3, 4, 3, 11}));
    QVERIFY(writePlain(path, good));

    // The new content is larger than this process may write: the write to the
    // temporary file fails after part of it is on disk.
    const QByteArray larger(256 * 1024, 'n');
    QString message;
    bool saved = true;
    {
        FileSizeLimit limit(64 * 1024);
        QVERIFY2(limit.isActive(), "could not set RLIMIT_FSIZE");
        saved = saveFileAtomically(path, larger, &message);
    }
    QVERIFY2(!saved, "a save that could not be written completely reported success");
    QVERIFY2(message.contains(path), qPrintable(message));
    QCOMPARE(readAll(path), good);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("tender.tulana")});

    // With the limit lifted the same save goes through.
    QVERIFY2(saveFileAtomically(path, larger, &message), qPrintable(message));
    QCOMPARE(readAll(path), larger);
#endif
}

void TestSaveFile::saveTenderFileReplacesAnExistingTender()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tender.tulana"));
    const Tender before = generateTender({8, 12, 3, 1});
    const Tender after = generateTender({2, 3, 5, 2});
    QString message;
    QVERIFY2(saveTenderFile(before, path, &message), qPrintable(message));
    QCOMPARE(readAll(path), writeTender(before));

    QVERIFY2(saveTenderFile(after, path, &message), qPrintable(message));
    QCOMPARE(readAll(path), writeTender(after));
    const TenderLoad load = loadTenderFile(path);
    QVERIFY(load.tender);
    QVERIFY2(*load.tender == after, "the file does not hold the tender saved last");
}

void TestSaveFile::saveTenderFileReportsAFailure()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QVERIFY(writePlain(blocker, "not a directory"));
    const QString path = blocker + QStringLiteral("/tender.tulana");
    QString message;
    QVERIFY(!saveTenderFile(generateTender({}), path, &message));
    QVERIFY2(message.contains(path), qPrintable(message));
    QCOMPARE(readAll(blocker), QByteArray("not a directory"));
}

// Saved, a tender beyond what the loader reads (kMaxTenderFileBytes) would
// replace a file that opens with one that does not. An OCDS release of 142 KB
// (2,000 criteria, 4,000 bids) made such a file of 164 MB.
void TestSaveFile::aTenderTooLargeToOpenAgainIsNotSaved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tender.tulana"));
    const Tender good = generateTender({2, 3, 2, 1});
    QString message;
    QVERIFY2(saveTenderFile(good, path, &message), qPrintable(message));
    const QByteArray before = readAll(path);

    Tender large = good;
    large.bids.front().bidder = QString(qsizetype(kMaxTenderFileBytes), u'a');
    QVERIFY(!saveTenderFile(large, path, &message));
    QVERIFY2(message.contains(QLatin1String("the tender would take 129 MB, more than the 128 MB "
                                            "Tulana opens as a tender")),
             qPrintable(message));
    QCOMPARE(readAll(path), before);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files) ==
            QStringList{QStringLiteral("tender.tulana")});
}

QTEST_GUILESS_MAIN(TestSaveFile)
#include "tst_savefile.moc"
