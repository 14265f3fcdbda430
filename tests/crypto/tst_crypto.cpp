// core/crypto: each mechanism does what it is for, and refuses what it
// must (a wrong passphrase, an altered byte, too few shares, a wrong key).
#include "crypto/Digest.h"
#include "crypto/Passphrase.h"
#include "crypto/SealedBox.h"
#include "crypto/SecretShares.h"
#include "crypto/Signing.h"

#include <QTest>

using namespace tulana::crypto;

namespace {

SecretBytes secretOf(const char* text)
{
    return SecretBytes(QByteArray(text));
}

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes[at] ^ 0x01);
    return bytes;
}

} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    // First, before anything splits a secret in this process: libgfshare
    // needs its random source set to free a context too (it crashed here).
    void sharesCombineInAFreshProcess()
    {
        std::vector<SecretShare> shares;
        shares.push_back({1, SecretBytes(QByteArray(32, 'a'))});
        shares.push_back({2, SecretBytes(QByteArray(32, 'b'))});
        const std::optional<SecretBytes> secret = combineShares(shares);
        QVERIFY(secret);
        QCOMPARE(secret->size(), 32);
    }

    // Known answers, so the hash is SHA-256 and not merely a hash.
    void sha256IsTheStandardOne()
    {
        QCOMPARE(sha256("abc").toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256("").toHex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(blake2b("abc", 16).size(), 16);
        QVERIFY(blake2b("abc", 16) != blake2b("abd", 16));
    }

    void aSignatureVerifiesOnlyItsMessageAndKey()
    {
        const SigningKeyPair member = newSigningKeyPair();
        const SigningKeyPair other = newSigningKeyPair();
        const QByteArray message("technical scores locked");
        const QByteArray signature = sign(member.secretKey, message);
        QCOMPARE(signature.size(), 64);
        QVERIFY(verifySignature(member.publicKey, message, signature));
        QVERIFY(!verifySignature(other.publicKey, message, signature));
        QVERIFY(!verifySignature(member.publicKey, "technical scores unlocked", signature));
        for (qsizetype i = 0; i < signature.size(); ++i)
            QVERIFY(!verifySignature(member.publicKey, message, flipped(signature, i)));
        QVERIFY(!verifySignature(member.publicKey.left(31), message, signature));
    }

    void aSealedBoxOpensOnlyWithItsKeyAndUnaltered()
    {
        const BoxKeyPair tender = newBoxKeyPair();
        const BoxKeyPair other = newBoxKeyPair();
        QCOMPARE(boxPublicKeyOf(tender.secretKey), tender.publicKey);
        const QByteArray figures(R"({"price":12100000,"tax":2178000})");
        const QByteArray sealed = seal(tender.publicKey, figures);
        QVERIFY(!sealed.contains("12100000"));
        const std::optional<SecretBytes> opened =
            openSealed(tender.publicKey, tender.secretKey, sealed);
        QVERIFY(opened);
        QCOMPARE(opened->view(), QByteArrayView(figures));
        QVERIFY(!openSealed(other.publicKey, other.secretKey, sealed));
        for (qsizetype i = 0; i < sealed.size(); ++i)
            QVERIFY(!openSealed(tender.publicKey, tender.secretKey, flipped(sealed, i)));
        QVERIFY(!openSealed(tender.publicKey, tender.secretKey, sealed.left(20)));
        // Sealing twice gives different bytes (an ephemeral key each time).
        QVERIFY(seal(tender.publicKey, figures) != sealed);
    }

    // A share sealed to a member opens with the member's signing key.
    void aMemberOpensWhatIsSealedToTheirSigningKey()
    {
        const SigningKeyPair member = newSigningKeyPair();
        const QByteArray to = sealingPublicKeyOf(member.publicKey);
        QCOMPARE(to.size(), 32);
        const QByteArray sealed = seal(to, "share 2");
        const SecretBytes key = sealingSecretKeyOf(member.secretKey);
        const std::optional<SecretBytes> opened = openSealed(to, key, sealed);
        QVERIFY(opened);
        QCOMPARE(opened->view(), QByteArrayView("share 2"));
    }

    void aPassphraseUnlocksOnlyWhenRight()
    {
        const SecretBytes secret = secretOf("a member's signing key");
        const LockedSecret locked = lockSecret(secret, QStringLiteral("नीला आकाश 42"), testCost());
        QVERIFY(!locked.ciphertext.contains("signing key"));
        const std::optional<SecretBytes> back =
            unlockSecret(locked, QStringLiteral("नीला आकाश 42"));
        QVERIFY(back);
        QCOMPARE(back->view(), secret.view());
        QVERIFY(!unlockSecret(locked, QStringLiteral("नीला आकाश 43")));
        QVERIFY(!unlockSecret(locked, QString()));
        LockedSecret altered = locked;
        altered.ciphertext = flipped(locked.ciphertext, 3);
        QVERIFY(!unlockSecret(altered, QStringLiteral("नीला आकाश 42")));
        altered = locked;
        altered.salt = flipped(locked.salt, 0);
        QVERIFY(!unlockSecret(altered, QStringLiteral("नीला आकाश 42")));
        // Locking twice: a new salt and nonce each time.
        QVERIFY(lockSecret(secret, QStringLiteral("x"), testCost()).salt != locked.salt);
    }

    // Any k of n shares give the secret; k − 1 do not (a 2-of-3 split with
    // one share gives nothing; with a 3-of-5 split two shares give a wrong
    // key, which the caller's check against the public key refuses).
    void anyThresholdOfSharesGivesTheSecretAndFewerDoNot()
    {
        const BoxKeyPair key = newBoxKeyPair();
        std::vector<SecretShare> shares = splitSecret(key.secretKey, 5, 3);
        QCOMPARE(int(shares.size()), 5);
        const auto pick = [&](std::initializer_list<int> which) {
            std::vector<SecretShare> out;
            for (int i : which) {
                SecretShare s;
                s.number = shares[std::size_t(i)].number;
                s.bytes = shares[std::size_t(i)].bytes.copy();
                out.push_back(std::move(s));
            }
            return out;
        };
        for (const auto& three :
             {pick({0, 1, 2}), pick({0, 2, 4}), pick({4, 3, 1}), pick({1, 2, 3})}) {
            const std::optional<SecretBytes> back = combineShares(three);
            QVERIFY(back);
            QCOMPARE(boxPublicKeyOf(*back), key.publicKey);
        }
        const std::optional<SecretBytes> two = combineShares(pick({0, 3}));
        QVERIFY(two);
        QVERIFY(boxPublicKeyOf(*two) != key.publicKey);
        QVERIFY(!combineShares(pick({2})));
        // A share given twice is refused, not counted twice.
        QVERIFY(!combineShares(pick({0, 0, 1})));
        // An altered share gives a wrong key. (Not byte 0's low bits: X25519
        // clears them, so such a key is the same key.)
        std::vector<SecretShare> altered = pick({0, 1, 2});
        altered[1].bytes.data()[5] ^= 0x01;
        QVERIFY(boxPublicKeyOf(*combineShares(altered)) != key.publicKey);
        QVERIFY(splitSecret(key.secretKey, 3, 4).empty());
        QVERIFY(splitSecret(key.secretKey, 3, 1).empty());
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
