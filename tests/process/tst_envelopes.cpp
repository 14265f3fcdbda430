// Sealed financial envelopes and member keys: the figures are never in the
// file before the opening; the opening needs the lock, k members and their
// own keys; only the qualified bids' envelopes are opened, and the result
// is the evaluation of the figures as sealed.
#include "CommitteeKeys.h"
#include "Samples.h"
#include "crypto/SealedBox.h"
#include "crypto/Signing.h"
#include "io/TenderFile.h"
#include "process/Envelopes.h"
#include "process/KeyFile.h"
#include "process/ProcessState.h"
#include "process/ProcessVerify.h"
#include "process/Recording.h"
#include "scoring/Evaluator.h"

#include <QTest>

using namespace tulana;
using namespace tulana::process;

namespace {

using Committee = testsupport::CommitteeKeys;
QDateTime day(int d)
{
    return testsupport::marchDay(d);
}

QString messages(const Problems& problems)
{
    QStringList out;
    for (const Problem& p : problems)
        out << p.message;
    return out.join(u'\n');
}

// The chatbot sample as received in a recorded process: every financial
// proposal in its sealed envelope, no figure in the tender.
Tender sealedChatbot(const Committee& c, const Tender& original)
{
    Tender t = original;
    for (Bid& b : t.bids) {
        b.price = std::numeric_limits<double>::quiet_NaN();
        b.tax = 0;
        b.costs.clear();
    }
    t.decision = {};
    if (hasErrors(announceRules(t, c.signers(), 2, c.officerActor(), day(2))))
        qFatal("announce");
    for (const Bid& b : original.bids) {
        const QByteArray sealed =
            sealProposal(t.process.envelopeKey, {b.id, b.price, b.tax, b.costs});
        if (hasErrors(receiveEnvelope(t, b.id, sealed, c.officerActor(), day(9))))
            qFatal("receive");
    }
    recordAct(t, Act::BidsReceived, QStringLiteral("Bids received"), {}, c.officerActor(), day(9));
    recordAct(t, Act::EligibilityAssessed, QStringLiteral("Eligibility"), {}, c.officerActor(),
              day(10));
    return t;
}

} // namespace

class TestEnvelopes : public QObject
{
    Q_OBJECT

private slots:
    void aKeyFileOpensOnlyWithItsPassphrase()
    {
        const KeyFile key = newKeyFile(QStringLiteral("E2"), QStringLiteral("Shri R. K. Verma"),
                                       QStringLiteral("sample passphrase 2"), crypto::testCost());
        const QByteArray json = keyFileJson(key);
        QVERIFY(!json.contains("secret"));
        Problems problems;
        const std::optional<KeyFile> back = readKeyFile(json, &problems);
        QVERIFY2(back, qPrintable(messages(problems)));
        QCOMPARE(back->publicKey, key.publicKey);
        QVERIFY(unlockKeyFile(*back, QStringLiteral("sample passphrase 2")));
        QVERIFY(!unlockKeyFile(*back, QStringLiteral("sample passphrase 3")));
        KeyFile swapped = *back;
        swapped.publicKey = crypto::newSigningKeyPair().publicKey;
        QVERIFY(!unlockKeyFile(swapped, QStringLiteral("sample passphrase 2")));
        QByteArray broken = json;
        broken.replace("tulana-key", "tulana-kee");
        QVERIFY(!readKeyFile(broken, &problems));
        QVERIFY(messages(problems).contains(QStringLiteral("not a Tulana key file")));

        // A cost beyond what an unlock may ask, or not a whole number, is
        // refused at its field (81e91 once reached an undefined conversion).
        const QByteArray memory =
            "\"memoryBytes\": " + QByteArray::number(crypto::testCost().memoryBytes);
        QVERIFY(json.contains(memory));
        for (const QByteArray& bad :
             {QByteArray("81e91"), QByteArray("-8192"), QByteArray("8192.5"),
              QByteArray("4294967297"), QByteArray("1e400")}) {
            QByteArray crafted = json;
            crafted.replace(memory, QByteArray("\"memoryBytes\": " + bad));
            problems.clear();
            QVERIFY2(!readKeyFile(crafted, &problems), bad.constData());
            QVERIFY2(messages(problems).contains(QStringLiteral("memoryBytes")) ||
                         messages(problems).contains(QStringLiteral("number")),
                     qPrintable(messages(problems)));
        }
    }

    void aProposalIsReadBackOrRefusedWithItsField()
    {
        const FinancialProposal p{QStringLiteral("B3"), 15623200, 2812176, {}};
        Problems problems;
        const std::optional<FinancialProposal> back = readProposal(proposalJson(p), &problems);
        QVERIFY(back);
        QCOMPARE(back->price, p.price);
        QVERIFY(!readProposal(
            R"({"format":"tulana-financial-proposal","version":1,"bid":"B3","price":-5})",
            &problems));
        QCOMPARE(problems.first().where, QStringLiteral("price"));
    }

    void theWholeOpeningGivesTheEvaluationOfTheSealedFigures()
    {
        const Committee c;
        const Tender original = testsupport::loadSample("citizen-services-chatbot");
        const Evaluation expected = evaluate(original);
        QVERIFY(expected.hasWinner());
        Tender t = sealedChatbot(c, original);

        // Before the opening: technical scores, no ranking, no figure anywhere.
        const Evaluation technical = evaluate(t);
        QVERIFY(!technical.hasWinner());
        QVERIFY2(technical.noAwardReason.contains(QStringLiteral("not yet opened")),
                 qPrintable(technical.noAwardReason));
        for (std::size_t i = 0; i < t.bids.size(); ++i)
            QCOMPARE(technical.results[i].technical, expected.results[i].technical);
        const QByteArray file = writeTender(t);
        for (const Bid& b : original.bids)
            QVERIFY2(!file.contains(QByteArray::number(qint64(b.price))), qPrintable(b.id));

        // Not before the lock; not with one member; not with a wrong key.
        Tender attempt = t;
        QVERIFY(messages(openEnvelopes(attempt, {c.member(1), c.member(3)}, day(12)))
                    .contains(QStringLiteral("only while the technical scores are locked")));
        QCOMPARE(attempt, t);
        QVERIFY(!hasErrors(recordAct(t, Act::TechnicalLocked, QStringLiteral("locked"), {},
                                     c.officerActor(), day(16))));
        attempt = t;
        QVERIFY(messages(openEnvelopes(attempt, {c.member(2)}, day(17)))
                    .contains(QStringLiteral("needs 2 members")));
        QCOMPARE(attempt, t);
        const crypto::SigningKeyPair stranger = crypto::newSigningKeyPair();
        QVERIFY(messages(openEnvelopes(attempt,
                                       {c.member(1), {QStringLiteral("E3"), &stranger.secretKey}},
                                       day(17)))
                    .contains(QStringLiteral("does not open with the key given")));
        QCOMPARE(attempt, t);

        // E1 and E3 together: the qualified bids' envelopes are opened, B4's
        // (below the minimum technical score) is returned unopened.
        const Problems opened = openEnvelopes(t, {c.member(1), c.member(3)}, day(17));
        QVERIFY2(!hasErrors(opened), qPrintable(messages(opened)));
        QVERIFY(t.process.log.back().summary.contains(QStringLiteral("B4 returned unopened")));
        QVERIFY(t.isFinanciallySealed(3));
        QVERIFY(!t.isFinanciallySealed(0));
        const Evaluation ev = evaluate(t);
        QCOMPARE(ev.winner, expected.winner);
        QCOMPARE(ev.ranking, expected.ranking);
        for (int b : ev.ranking)
            QCOMPARE(ev.results[std::size_t(b)].combined,
                     expected.results[std::size_t(b)].combined);
        QVERIFY(!writeTender(t).contains(QByteArray::number(qint64(original.bids[3].price))));
        QVERIFY2(verifyProcess(t).isEmpty(), qPrintable(messages(verifyProcess(t))));
        QVERIFY(processState(t.process).opened);
        // Once is enough.
        QVERIFY(messages(openEnvelopes(t, {c.member(1), c.member(2)}, day(18)))
                    .contains(QStringLiteral("already opened")));
    }

    void anAlteredEnvelopeIsFoundAndDoesNotOpen()
    {
        const Committee c;
        Tender t = sealedChatbot(c, testsupport::loadSample("citizen-services-chatbot"));
        recordAct(t, Act::TechnicalLocked, QStringLiteral("locked"), {}, c.officerActor(), day(16));
        QByteArray& sealed = t.process.envelopes[1].sealed;
        sealed[sealed.size() - 3] = char(sealed[sealed.size() - 3] ^ 0x20);
        QVERIFY(messages(verifyProcess(t)).contains(QStringLiteral("the envelope of B2")));
        const Tender before = t;
        QVERIFY(messages(openEnvelopes(t, {c.member(1), c.member(2)}, day(17)))
                    .contains(QStringLiteral("the envelope of B2 does not open")));
        QCOMPARE(t, before);
    }
};

QTEST_GUILESS_MAIN(TestEnvelopes)
#include "tst_envelopes.moc"
