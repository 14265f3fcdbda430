// The recorded process's log: an intact record verifies; any change to the
// log or to a part an act fixed is found and named; a checkpoint catches a
// rewritten history; the file keeps it all, and a v1 file stays v1.
#include "CheckCount.h"
#include "CommitteeKeys.h"
#include "Samples.h"
#include "crypto/Signing.h"
#include "io/TenderFile.h"
#include "process/LogChain.h"
#include "process/ProcessParts.h"
#include "process/ProcessVerify.h"
#include "process/Recording.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace tulana;
using namespace tulana::process;

namespace {

using Keys = testsupport::CommitteeKeys;
QDateTime day(int d, int hour = 10)
{
    return testsupport::marchDay(d, hour);
}

void check(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.where + QStringLiteral(": ") + p.message;
    QVERIFY2(!hasErrors(problems), qPrintable(lines.join(u'\n')));
}

// The chatbot sample announced, its envelopes received, the bids closed and
// eligibility assessed: next, the technical lock.
Tender untilEligibility(const Keys& keys)
{
    Tender t = testsupport::loadSample("citizen-services-chatbot");
    const Actor officer = keys.actor(QStringLiteral("officer"));
    check(announceRules(t, keys.signers(), 2, officer, day(2)));
    check(testsupport::receiveEveryEnvelope(t, officer, day(9)));
    check(recordAct(t, Act::BidsReceived, QStringLiteral("5 bids received"), {}, officer,
                    day(9, 17)));
    check(recordAct(t, Act::EligibilityAssessed, QStringLiteral("Eligibility assessed"), {},
                    keys.actor(QStringLiteral("E1")), day(11)));
    return t;
}

// The chatbot sample through every act, its figures sealed as received and
// the qualified bids' opened.
Tender recorded(const Keys& keys)
{
    Tender t = untilEligibility(keys);
    const Actor officer = keys.actor(QStringLiteral("officer"));
    check(recordAct(t, Act::TechnicalLocked, QStringLiteral("Technical scores locked"), {},
                    keys.actor(QStringLiteral("E2")), day(16)));
    check(openEnvelopes(t, {keys.member(1), keys.member(3)}, day(17)));
    check(recordAct(t, Act::DecisionFinalised, QStringLiteral("Decision finalised"), {}, officer,
                    day(18)));
    return t;
}

QStringList places(const Problems& problems)
{
    QStringList out;
    for (const Problem& p : problems)
        out << p.where;
    return out;
}

} // namespace

class TestProcessLog : public QObject
{
    Q_OBJECT

private slots:
    void anIntactRecordVerifiesAndSurvivesTheFile()
    {
        const Keys keys;
        const Tender t = recorded(keys);
        QCOMPARE(int(t.process.log.size()), 1 + 5 + 5);
        check(verifyProcess(t));
        const QByteArray file = writeTender(t);
        QVERIFY(file.contains("\"version\": 2"));
        const TenderLoad load = readTender(file);
        QVERIFY(load.tender);
        QCOMPARE(load.tender->process, t.process);
        check(verifyProcess(*load.tender));
        QCOMPARE(writeTender(*load.tender), file);
        // The secret half of the envelope key is nowhere in the file.
        QVERIFY(!file.contains("secret"));
    }

    void aFileWithoutAProcessStaysVersion1()
    {
        const Tender t = testsupport::loadSample("citizen-services-chatbot");
        const QByteArray file = writeTender(t);
        QVERIFY(file.contains("\"version\": 1"));
        QVERIFY(!file.contains("\"process\""));
        QVERIFY(verifyProcess(t).isEmpty());
        // A process in a file that says version 1 is refused, with its place.
        const Keys keys;
        QByteArray v1 = writeTender(recorded(keys));
        v1.replace("\"version\": 2", "\"version\": 1");
        const TenderLoad load = readTender(v1);
        QVERIFY(!load.tender);
        QVERIFY(places(load.problems).contains(QStringLiteral("process")));
    }

    // An edit after an act fixed a part is named with the act that fixed it.
    void anEditToAFixedPartIsNamed_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("words");
        QTest::newRow("a weight") << 0 << QStringLiteral("process.log[0]")
                                  << QStringLiteral("the announced rules");
        QTest::newRow("a mark") << 1 << QStringLiteral("process.log[8]")
                                << QStringLiteral("the technical marks");
        QTest::newRow("a price") << 2 << QStringLiteral("process.log[9]")
                                 << QStringLiteral("the opened financial figures");
        QTest::newRow("a bidder") << 3 << QStringLiteral("process.log[6]")
                                  << QStringLiteral("the bids as received");
        QTest::newRow("the decision")
            << 4 << QStringLiteral("process.log[10]") << QStringLiteral("the decision");
        QTest::newRow("an enterprise claim")
            << 5 << QStringLiteral("process.log[7]") << QStringLiteral("the eligibility findings");
    }

    void anEditToAFixedPartIsNamed()
    {
        QFETCH(int, what);
        QFETCH(QString, entry);
        QFETCH(QString, words);
        const Keys keys;
        Tender t = recorded(keys);
        switch (what) {
        case 0:
            t.technicalWeight = 65;
            t.financialWeight = 35;
            break;
        case 1:
            t.bids[1].marks.set(0, 0, t.bids[1].marks.at(0, 0) - 1);
            break;
        case 2:
            t.bids[0].price -= 1;
            break;
        case 3:
            t.bids[2].bidder += QStringLiteral(" (renamed)");
            break;
        case 4:
            t.decision.selectedBid = QStringLiteral("B1");
            break;
        case 5: // a purchase preference's ground, claimed with the bid
            t.bids[2].enterprise.designation = eligibility::Designation::Small;
            break;
        }
        const Problems problems = verifyProcess(t);
        QCOMPARE(places(problems), QStringList{entry});
        QVERIFY2(problems.first().message.contains(words), qPrintable(problems.first().message));
        QVERIFY(problems.first().message.contains(QStringLiteral("without a logged act")));
    }

    // A free text the acts do not fix (the title, a note) may be corrected.
    void freeTextIsNotLocked()
    {
        const Keys keys;
        Tender t = recorded(keys);
        t.title += QStringLiteral(" (corrected)");
        t.context.purpose += QStringLiteral(".");
        check(verifyProcess(t));
    }

    // An unlock, with its reason, lets the marks change; locking again fixes
    // the new marks. Without a reason, the act is refused.
    void anUnlockWithItsReasonLetsTheMarksChange()
    {
        const Keys keys;
        Tender t = untilEligibility(keys);
        const Actor officer = keys.actor(QStringLiteral("officer"));
        check(recordAct(t, Act::TechnicalLocked, QStringLiteral("locked"), {}, officer, day(12)));
        QVERIFY(hasErrors(recordAct(t, Act::TechnicalUnlocked, QStringLiteral("unlocked"), {},
                                    officer, day(13))));
        check(recordAct(t, Act::TechnicalUnlocked, QStringLiteral("unlocked"),
                        QStringLiteral("E2's marks for B3 were entered against B4"), officer,
                        day(13)));
        t.bids[2].marks.set(0, 1, 7);
        check(verifyProcess(t));
        check(recordAct(t, Act::TechnicalLocked, QStringLiteral("locked again"), {}, officer,
                        day(14)));
        check(verifyProcess(t));
        t.bids[2].marks.set(0, 1, 8);
        QVERIFY(hasErrors(verifyProcess(t)));
    }

    // Each act's function keeps the stages' order, says why it refuses, and
    // changes nothing then; the acts offered next are exactly those allowed.
    void theActsKeepTheirOrder()
    {
        const Keys keys;
        const Actor officer = keys.actor(QStringLiteral("officer"));
        Tender t = testsupport::loadSample("citizen-services-chatbot");
        QCOMPARE(possibleActs(t), std::vector<Act>{Act::RulesAnnounced});
        QVERIFY(hasErrors(recordAct(t, Act::BidsReceived, {}, {}, officer, day(1))));
        check(announceRules(t, keys.signers(), defaultThreshold(3), officer, day(2)));
        QCOMPARE(t.process.threshold, 2);
        QVERIFY(hasErrors(announceRules(t, keys.signers(), 2, officer, day(2))));
        const auto refusal = [&](Act act) {
            Tender attempt = t;
            const Problems problems = recordAct(attempt, act, {}, {}, officer, day(3));
            const bool unchanged = attempt == t;
            return unchanged && hasErrors(problems) ? problems.first().message : QString();
        };
        QVERIFY(refusal(Act::EligibilityAssessed).contains(QStringLiteral("received first")));
        QVERIFY(refusal(Act::TechnicalLocked).contains(QStringLiteral("eligibility")));
        QVERIFY(refusal(Act::DecisionFinalised).contains(QStringLiteral("financial opening")));
        QVERIFY(actRefusedBecause(t, Act::MemoIssued)
                    ->contains(QStringLiteral("decision is finalised")));
        // The sample's figures are in clear: the bids cannot be closed.
        QVERIFY(refusal(Act::BidsReceived).contains(QStringLiteral("B1's financial figures")));
        QCOMPARE(possibleActs(t), (std::vector<Act>{Act::RulesCorrected, Act::EnvelopeReceived}));
        check(testsupport::receiveEveryEnvelope(t, officer, day(9)));
        QVERIFY(hasErrors(
            receiveEnvelope(t, QStringLiteral("B9"), QByteArray(48, 'x'), officer, day(9))));
        check(recordAct(t, Act::BidsReceived, {}, {}, officer, day(10)));
        QVERIFY(refusal(Act::BidsReceived).contains(QStringLiteral("closed")));
        QCOMPARE(possibleActs(t),
                 (std::vector<Act>{Act::RulesCorrected, Act::EligibilityAssessed}));
        check(recordAct(t, Act::EligibilityAssessed, {}, {}, officer, day(11)));
        // Which bids qualify is what the lock fixes: not on a tender that
        // cannot be evaluated.
        t.criteria[0].weight += 1;
        QVERIFY(refusal(Act::TechnicalLocked).contains(QStringLiteral("cannot be evaluated")));
        t.criteria[0].weight -= 1;
        check(recordAct(t, Act::TechnicalLocked, {}, {}, officer, day(12)));
        QCOMPARE(possibleActs(t), (std::vector<Act>{Act::RulesCorrected, Act::TechnicalUnlocked,
                                                    Act::FinancialOpened}));
        // The opening has its own function, with the members' shares.
        QVERIFY(refusal(Act::FinancialOpened).contains(QStringLiteral("its own function")));
        check(openEnvelopes(t, {keys.member(2), keys.member(3)}, day(13)));
        QVERIFY(refusal(Act::RulesCorrected).contains(QStringLiteral("after the financial")));
        QVERIFY(refusal(Act::TechnicalUnlocked).contains(QStringLiteral("after the financial")));
        t.decision.finalised = false;
        QVERIFY(refusal(Act::DecisionFinalised).contains(QStringLiteral("Decision page")));
        t.decision.selectedBid = QStringLiteral("B2");
        t.decision.finalised = true;
        check(recordAct(t, Act::DecisionFinalised, {}, {}, officer, day(14)));
        QCOMPARE(possibleActs(t), std::vector<Act>{Act::MemoIssued});
        check(verifyProcess(t));
    }

    void aForgedOrReorderedEntryIsFound()
    {
        const Keys keys;
        const Tender good = recorded(keys);
        Tender t = good;
        t.process.log[3].summary += QStringLiteral(" (edited)");
        QVERIFY(places(verifyProcess(t)).contains(QStringLiteral("process.log[3]")));
        t = good;
        std::swap(t.process.log[2], t.process.log[3]);
        QVERIFY(hasErrors(verifyProcess(t)));
        t = good;
        t.process.log.erase(t.process.log.begin() + 4);
        QVERIFY(hasErrors(verifyProcess(t)));
        // Signed with another key than the actor's.
        t = good;
        const crypto::SigningKeyPair stranger = crypto::newSigningKeyPair();
        t.process.log.pop_back();
        appendEntry(t.process, good.process.log.back(), stranger.secretKey);
        QVERIFY(places(verifyProcess(t)).contains(QStringLiteral("process.log[10]")));
        // The financial opening before the lock is out of order.
        Tender early = testsupport::loadSample("citizen-services-chatbot");
        const Actor officer = keys.actor(QStringLiteral("officer"));
        check(announceRules(early, keys.signers(), 2, officer, day(2)));
        // The act's function refuses it, so the entry is written by hand.
        QVERIFY(hasErrors(openEnvelopes(early, {keys.member(1), keys.member(2)}, day(3))));
        ProcessRecord::Entry opening;
        opening.time = day(3);
        opening.actor = QStringLiteral("officer");
        opening.kind = actKey(Act::FinancialOpened);
        opening.summary = QStringLiteral("opened");
        appendEntry(early.process, opening, keys.officer.secretKey);
        QVERIFY(places(verifyProcess(early)).contains(QStringLiteral("process.log[1]")));
    }

    void aCheckpointCatchesARewrittenHistory()
    {
        const Keys keys;
        const Tender t = recorded(keys);
        const std::optional<Checkpoint> printed = parseCheckpoint(checkpointText(t.process.log));
        QVERIFY(printed);
        QCOMPARE(printed->size, std::size_t(11));
        check(verifyCheckpoint(t.process, *printed));
        // Appending after the checkpoint is fine: the log extends it.
        Tender later = t;
        check(recordMemoIssued(later, QByteArray(32, 1), keys.actor(QStringLiteral("officer")),
                               day(19)));
        check(verifyCheckpoint(later.process, *printed));
        // The whole history re-signed by the same actors after a change
        // verifies on its own, but not against the checkpoint.
        Tender rewritten = testsupport::loadSample("citizen-services-chatbot");
        rewritten.technicalWeight = 60;
        rewritten.financialWeight = 40;
        const Actor officer = keys.actor(QStringLiteral("officer"));
        check(announceRules(rewritten, keys.signers(), 2, officer, day(2)));
        QVERIFY(hasErrors(verifyCheckpoint(rewritten.process, *printed)));
        QVERIFY(!parseCheckpoint(QStringLiteral("11:abc")));
        QVERIFY(!parseCheckpoint(QStringLiteral("eleven:") + QString(64, u'0')));
    }

    // Every single-byte change of the file's data that touches the log, the
    // process record or a part an act fixed is found by verify() or refused
    // when the file is read. All positions of the process section, and a
    // seeded sample of the rest of the file.
    void everySingleByteChangeIsFound_data()
    {
        QTest::addColumn<bool>("sample");
        QTest::newRow("a process recorded here") << false;
        QTest::newRow("the recorded sample") << true;
    }

    void everySingleByteChangeIsFound()
    {
        QFETCH(bool, sample);
        const Keys keys;
        const Tender t =
            sample ? testsupport::loadSample("citizen-services-chatbot-recorded") : recorded(keys);
        check(verifyProcess(t));
        const QByteArray file = writeTender(t);
        const qsizetype processAt = file.indexOf("\"process\"");
        QVERIFY(processAt > 0);
        // Every byte of the process but the members' sheets, whose bytes
        // (base64, tens of kilobytes) are sampled: each is held by one
        // digest, so a thousand positions say as much as all of them.
        const qsizetype sheetsAt = file.indexOf("\"sheets\"", processAt);
        const qsizetype sheetsEnd = sheetsAt < 0 ? -1 : file.indexOf("\"log\"", sheetsAt);
        std::vector<qsizetype> positions;
        QRandomGenerator random(1606);
        for (qsizetype i = processAt; i < file.size(); ++i)
            if (sheetsAt < 0 || i < sheetsAt || i >= sheetsEnd)
                positions.push_back(i);
        for (int n = 0; sheetsAt >= 0 && n < 1000; ++n)
            positions.push_back(sheetsAt + qsizetype(random.bounded(int(sheetsEnd - sheetsAt))));
        for (int n = 0; n < 1000; ++n)
            positions.push_back(qsizetype(random.bounded(int(processAt))));

        std::vector<QByteArray> fixed;
        for (Part part : {Part::Rules, Part::Bids, Part::Eligibility, Part::Technical, Part::Opened,
                          Part::Decision})
            fixed.push_back(partDigest(t, part));
        // The sanitizer build (tests/fuzz/CMakeLists.txt) checks every Nth
        // position only: all of them take more than ten minutes there.
        const int stride = checkCountFromEnvironment("TULANA_BYTE_CHANGE_STRIDE", 1);
        int changed = 0, refused = 0, found = 0, missed = 0, tried = 0;
        for (std::size_t n = 0; n < positions.size(); n += std::size_t(stride)) {
            const qsizetype i = positions[n];
            ++tried;
            QByteArray variant = file;
            const char c = file[i];
            // Another character of the same kind, so most variants still parse.
            variant[i] = (c >= '0' && c <= '8') || (c >= 'a' && c <= 'y') || (c >= 'A' && c <= 'Y')
                             ? char(c + 1)
                         : c == '9' ? '0'
                         : c == 'z' ? 'a'
                         : c == 'Z' ? 'A'
                                    : '#';
            const TenderLoad load = readTender(variant);
            if (!load.tender) {
                ++refused;
                continue;
            }
            const Tender& v = *load.tender;
            std::vector<QByteArray> now;
            for (Part part : {Part::Rules, Part::Bids, Part::Eligibility, Part::Technical,
                              Part::Opened, Part::Decision})
                now.push_back(partDigest(v, part));
            if (v.process == t.process && now == fixed)
                continue; // free text, or a byte that is not data
            ++changed;
            if (hasErrors(verifyProcess(v)))
                ++found;
            else
                ++missed;
        }
        qInfo("%d positions changed: %d refused on reading, %d changed the log or locked data "
              "and were all found (%d missed)",
              tried, refused, changed, missed);
        QVERIFY(changed > 1000 / stride);
        QCOMPARE(missed, 0);
        QCOMPARE(found, changed);
    }
};

QTEST_GUILESS_MAIN(TestProcessLog)
#include "tst_processlog.moc"
