// tulana-cli log and verify, as an auditor runs them on a file with a
// recorded process: the real executable, its words and its exit codes.
#include "CliRunner.h"
#include "CommitteeKeys.h"
#include "Samples.h"
#include "crypto/Signing.h"
#include "io/TenderFile.h"
#include "process/LogChain.h"
#include "process/ProcessState.h"
#include "process/Recording.h"
#include "support/SaveFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tulana;
using namespace tulana::testsupport;

class TestCliProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Tender t = loadSample("citizen-services-chatbot");
        const CommitteeKeys keys;
        const QDateTime when = marchDay(2);
        QVERIFY(
            !hasErrors(process::announceRules(t, keys.signers(), 2, keys.officerActor(), when)));
        // Announced, 5 envelopes received, the bids closed, eligibility
        // assessed, the technical scores locked: 9 entries.
        QVERIFY(!hasErrors(receiveEveryEnvelope(t, keys.officerActor(), when.addDays(5))));
        using process::Act;
        for (const auto& [act, by] :
             {std::pair{Act::BidsReceived, "officer"}, std::pair{Act::EligibilityAssessed, "E1"},
              std::pair{Act::TechnicalLocked, "E2"}})
            QVERIFY(!hasErrors(process::recordAct(t, act, process::actName(act), {},
                                                  keys.actor(QString::fromLatin1(by)),
                                                  when.addDays(10))));
        m_checkpoint = process::checkpointText(t.process.log);
        m_file = m_dir.filePath(QStringLiteral("recorded.tulana"));
        QString why;
        QVERIFY2(saveFileAtomically(m_file, writeTender(t), &why), qPrintable(why));
    }

    void logListsTheActs()
    {
        const CliRun r = runCli({QStringLiteral("log"), m_file});
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        QVERIFY(r.out.contains(QStringLiteral("9 entries; checkpoint ") + m_checkpoint));
        QVERIFY(r.out.contains(QStringLiteral("2026-03-02 10:00 UTC  officer  Rules announced")));
        QVERIFY(r.out.contains(QStringLiteral("E2  Technical scores locked")));
        const CliRun json = runCli(
            {QStringLiteral("log"), m_file, QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("entries")).toArray().size(), 9);
        QCOMPARE(o.value(QStringLiteral("entries"))
                     .toArray()
                     .at(8)
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("technical-locked"));
    }

    void verifySaysIntactAndExtendsItsCheckpoint()
    {
        CliRun r = runCli({QStringLiteral("verify"), m_file});
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        QVERIFY(r.out.contains(QStringLiteral("the recorded process is intact (9 entries)")));
        r = runCli(
            {QStringLiteral("verify"), m_file, QStringLiteral("--checkpoint"), m_checkpoint});
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        QVERIFY(r.out.contains(QStringLiteral("extends the checkpoint")));
        r = runCli({QStringLiteral("verify"), m_file, QStringLiteral("--checkpoint"),
                    QStringLiteral("9:") + QString(64, u'a')});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the history was rewritten")), qPrintable(show(r)));
        r = runCli({QStringLiteral("verify"), m_file, QStringLiteral("--checkpoint"),
                    QStringLiteral("two")});
        QCOMPARE(r.exitCode, 2);
    }

    // A mark changed in the file after the lock: exit 1, in words naming the
    // part and the act (no JSON path on screen; it is in --format json).
    void verifyNamesWhatChanged()
    {
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        Tender t = *readTender(bytes).tender;
        t.bids[0].marks.set(0, 0, t.bids[0].marks.at(0, 0) - 1);
        const QString changed = m_dir.filePath(QStringLiteral("changed.tulana"));
        QString why;
        QVERIFY(saveFileAtomically(changed, writeTender(t), &why));
        const CliRun r = runCli({QStringLiteral("verify"), changed});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("the technical marks and the bids' standing no "
                                          "longer match what entry 9 (Technical scores locked")),
            qPrintable(show(r)));
        QVERIFY(!r.err.contains(QStringLiteral("process.log[")));
        const CliRun json = runCli({QStringLiteral("verify"), changed, QStringLiteral("--format"),
                                    QStringLiteral("json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("problems"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("where"))
                     .toString(),
                 QStringLiteral("process.log[8]"));
    }

    // Bids from a CSV carry prices in clear: refused, the file untouched.
    void bidsWithPricesCannotBeImportedIntoARecordedTender()
    {
        const QString csv = m_dir.filePath(QStringLiteral("bids.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,bidder,system,nature,price\nB9,Late Bidder,Late System,open-source,100\n");
        f.close();
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const CliRun r = runCli({QStringLiteral("import-bids"), m_file, csv});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("arrives sealed")), qPrintable(show(r)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void aFileWithoutAProcessIsNotVerified()
    {
        const CliRun r = runCli({QStringLiteral("verify"), samplePath("citizen-services-chatbot")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not record its process")),
                 qPrintable(show(r)));
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
    QString m_checkpoint;
};

QTEST_GUILESS_MAIN(TestCliProcess)
#include "tst_cliprocess.moc"
