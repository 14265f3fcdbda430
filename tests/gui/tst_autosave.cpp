// Autosave and recovery (docs/reliability.md): unsaved work is copied to a
// recovery file, off the window's thread; a window killed mid-edit leaves
// the copy, which the next start offers back, restored as it was; a save
// or a clean close leaves nothing behind.
//
// The killed window is this test's own executable run as a child
// (TULANA_AUTOSAVE_CHILD): it opens the tender, edits it, waits for the
// copy and kills itself with SIGKILL, as a crash or the OOM killer would.
#include "GuiTestSupport.h"
#include "MainWindowFixture.h"
#include "Samples.h"

#include "commands/TenderCommands.h"
#include "document/Autosave.h"
#include "io/TenderFile.h"
#include "util/MessageBar.h"
#include "views/RecoveryBar.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

#include <csignal>
#include <optional>
#include <unistd.h>

using namespace tulana;

namespace {

const QString kEditedTitle = QStringLiteral("Edited just before the crash");

QString recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/recovery");
}

QStringList recoveryFiles()
{
    return QDir(recoveryFolder()).entryList(QDir::Files);
}

bool setTitle(TenderDocument* doc, const QString& title)
{
    return doc->push(new SetTenderFieldCommand(doc, TenderField::Title, title));
}

// The child: edit, wait for the copy, die without any clean-up.
int crashingChild(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.show();
    if (!window.openFile(qEnvironmentVariable("TULANA_AUTOSAVE_CHILD")))
        return 2;
    QSignalSpy written(window.autosave(), &Autosave::written);
    if (!setTitle(window.document(), kEditedTitle))
        return 3;
    window.autosave()->writeNow();
    if (!written.wait(10000) || !written.first().first().toBool())
        return 4;
    ::kill(::getpid(), SIGKILL);
    return 5;
}

} // namespace

class TestAutosave : public QObject, private guitest::MainWindowFixture
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

    // Opens the test's tender and gives the window work the loader would
    // refuse (two bids with one id: the next load would not open it), as if
    // edited; returns that work, or nothing if the sample cannot serve.
    std::optional<Tender> openWorkTheLoaderRefuses()
    {
        if (!window()->openFile(m_file))
            return std::nullopt;
        Tender refused = doc()->tender();
        if (refused.bids.size() < 2)
            return std::nullopt;
        refused.bids[1].id = refused.bids[0].id;
        doc()->reset(refused, m_file, true);
        return refused;
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        QDir(recoveryFolder()).removeRecursively();
        m_file = m_dir.filePath(QStringLiteral("chatbot.tulana"));
        QString why;
        QVERIFY(saveTenderFile(testsupport::loadSample("citizen-services-chatbot"), m_file, &why));
    }
    void init() { QVERIFY(open()); }
    void cleanup() { close(); }

    void aCopyIsWrittenAfterARunOfEditsAndGoesWhenSaved()
    {
        QVERIFY(window()->openFile(m_file));
        window()->autosave()->setEditsBeforeWrite(3);
        QSignalSpy written(window()->autosave(), &Autosave::written);
        QVERIFY(setTitle(doc(), QStringLiteral("one")));
        QVERIFY(setTitle(doc(), QStringLiteral("two")));
        QCOMPARE(written.count(), 0);
        QVERIFY(!QFile::exists(window()->autosave()->recoveryFile()));
        QVERIFY(doc()->push(
            new SetTenderFieldCommand(doc(), TenderField::Reference, QStringLiteral("REF-3"))));
        QVERIFY(written.wait(10000));
        QVERIFY(written.first().first().toBool());
        const TenderLoad copy = loadTenderFile(window()->autosave()->recoveryFile());
        QVERIFY(copy.tender);
        QCOMPARE(*copy.tender, doc()->tender());
        // This window's own copy is not offered back: it is still open.
        QVERIFY(orphanedWork().empty());
        QString why;
        QVERIFY2(doc()->save(&why), qPrintable(why));
        QVERIFY(recoveryFiles().isEmpty());
    }

    void theTimerWritesUnsavedWorkAndACleanCloseRemovesIt()
    {
        QVERIFY(window()->openFile(m_file));
        QSignalSpy written(window()->autosave(), &Autosave::written);
        window()->autosave()->setInterval(50);
        QVERIFY(setTitle(doc(), QStringLiteral("by the timer")));
        QVERIFY(written.wait(10000));
        QVERIFY(!recoveryFiles().isEmpty());
        close(); // the window goes, its edits discarded: nothing is left
        QVERIFY(recoveryFiles().isEmpty());
        QVERIFY(open());
    }

    void aCopyTheNextStartCouldNotOpenIsNotWrittenAndTheWindowSaysSo()
    {
        const std::optional<Tender> work = openWorkTheLoaderRefuses();
        QVERIFY(work);
        const Tender& refused = *work;
        Autosave* autosave = window()->autosave();
        auto* warning = find<MessageBar>("autosaveWarningBar");
        QSignalSpy written(autosave, &Autosave::written);

        // Such work is not written.
        autosave->keepNow();
        QVERIFY(written.wait(10000));
        const QList<QVariant> failure = written.takeFirst();
        QVERIFY(!failure.first().toBool());
        const QString why = failure.at(1).toString();
        QVERIFY2(why.contains(refused.bids[0].id), qPrintable(why));
        QVERIFY(!QFile::exists(autosave->recoveryFile()));
        // Said above the pages, where a menu's hover cannot wipe it.
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("not protected")) &&
                     warning->text().contains(refused.bids[0].id),
                 qPrintable(warning->text()));

        // Nothing unsaved any more (the file read again): the warning goes.
        const TenderLoad saved = loadTenderFile(m_file);
        QVERIFY(saved.tender);
        doc()->reset(*saved.tender, m_file, false);
        QVERIFY(!warning->isVisible());

        // A failure that comes back after the work was discarded (the copy
        // was being written) is moot, and not shown.
        doc()->reset(refused, m_file, true);
        autosave->keepNow();
        doc()->reset(*saved.tender, m_file, false);
        QVERIFY(written.wait(10000));
        QVERIFY(!written.takeFirst().first().toBool());
        QVERIFY(!warning->isVisible());

        // A later copy that succeeds takes the warning away.
        doc()->reset(refused, m_file, true);
        autosave->keepNow();
        QVERIFY(written.wait(10000));
        QVERIFY(!written.takeFirst().first().toBool());
        QVERIFY(warning->isVisible());
        Tender mended = refused;
        mended.bids[1].id = refused.bids[0].id + QStringLiteral("-2");
        doc()->reset(mended, m_file, true);
        autosave->keepNow();
        QVERIFY(written.wait(10000));
        QVERIFY(written.takeFirst().first().toBool());
        QVERIFY(!warning->isVisible());
        const TenderLoad copy = loadTenderFile(autosave->recoveryFile());
        QVERIFY(copy.tender);
        QCOMPARE(*copy.tender, mended);
    }

    void aCopyThatFailedIsTriedAgainWithoutAnotherEdit()
    {
        QVERIFY(openWorkTheLoaderRefuses());
        Autosave* autosave = window()->autosave();
        QSignalSpy written(autosave, &Autosave::written);
        autosave->keepNow();
        QVERIFY(written.wait(10000));
        QVERIFY(!written.takeFirst().first().toBool());
        // No edit since: the timer tries again all the same.
        autosave->setInterval(50);
        QVERIFY(written.wait(10000));
        QVERIFY(!written.takeFirst().first().toBool());
        autosave->setInterval(60 * 1000);
    }

    void aMessageIsSeenOverTheTendersSummary()
    {
        // The summary makes way for a message ("Saved …"); as a permanent
        // widget with all the stretch it used to cover every one.
        auto* summary = find<QLabel>("statusSummary");
        QVERIFY(summary->isVisible());
        window()->statusBar()->showMessage(QStringLiteral("Saved chatbot.tulana"));
        QVERIFY(!summary->isVisible());
        window()->statusBar()->clearMessage();
        QVERIFY(summary->isVisible());
    }

    void aKilledWindowsWorkIsOfferedBackAndRestored()
    {
        const QString savedTitle = loadTenderFile(m_file).tender->title;
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TULANA_AUTOSAVE_CHILD"), m_file);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // killed, as asked
        QVERIFY(!recoveryFiles().isEmpty());

        // The next start finds the copy and offers it.
        close();
        QVERIFY(open());
        auto* bar = find<RecoveryBar>("recoveryBar");
        QVERIFY(bar->isVisible());
        QVERIFY(find<QLabel>("recoveryText")->text().contains(QStringLiteral("chatbot.tulana")));
        QVERIFY(doc()->isBlank());
        find<QPushButton>("recoveryRestore")->click();
        QVERIFY(!bar->isVisible());
        QCOMPARE(doc()->tender().title, kEditedTitle);
        QVERIFY(doc()->isModified());
        QCOMPARE(QFileInfo(doc()->filePath()).canonicalFilePath(),
                 QFileInfo(m_file).canonicalFilePath());
        // The file itself was never touched by the crash.
        QCOMPARE(loadTenderFile(m_file).tender->title, savedTitle);
        // The restored work is kept by this window now, not offered twice.
        QVERIFY(orphanedWork().empty());
    }

    void aDiscardedCopyIsGone()
    {
        // Another window's copy, its lock not held: as a crash leaves it.
        QVERIFY(QDir().mkpath(recoveryFolder()));
        const QString base = recoveryFolder() + QStringLiteral("/left-behind");
        QString why;
        QVERIFY(saveTenderFile(testsupport::loadSample("citizen-services-chatbot"),
                               base + QStringLiteral(".tulana"), &why));
        QFile about(base + QStringLiteral(".json"));
        QVERIFY(about.open(QIODevice::WriteOnly));
        about.write(
            R"({"format": "tulana-recovery", "file": "", "written": "2026-12-05T04:00:00Z"})");
        about.close();
        close();
        QVERIFY(open());
        QVERIFY(find<QLabel>("recoveryText")->text().contains(QStringLiteral("a new tender")));
        find<QPushButton>("recoveryDiscard")->click();
        QVERIFY(!find<RecoveryBar>("recoveryBar")->isVisible());
        QVERIFY(!QFile::exists(base + QStringLiteral(".tulana")));
        QVERIFY(doc()->isBlank());
    }
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet("TULANA_AUTOSAVE_CHILD"))
        return crashingChild(argc, argv);
    QApplication app(argc, argv);
    TestAutosave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosave.moc"
