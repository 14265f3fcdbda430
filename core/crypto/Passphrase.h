#pragma once

#include "SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tulana::crypto {

// How hard a passphrase is made to guess: Argon2id's passes and memory
// (libsodium's crypto_pwhash). Stored with what it locks, so a key file
// made with other costs still opens.
struct PassphraseCost
{
    quint64 passes = 0;
    quint64 memoryBytes = 0;
};

// The cost Tulana locks member keys with: about half a second per unlock
// on the 2-core machine it is developed on (docs/performance.md), which
// makes each guess of a stolen key file as slow.
PassphraseCost memberKeyCost();
// The least libsodium allows, for tests and samples only.
PassphraseCost testCost();

// The most a key file may ask of an unlock: Tulana writes 3 passes and 256
// MB; a file asking for more is refused, so that a crafted one cannot make
// unlocking take minutes or all of the computer's memory.
inline constexpr quint64 kMaxPassphrasePasses = 16;
inline constexpr quint64 kMaxPassphraseMemoryBytes = 4ull * 1024 * 1024 * 1024;
// The least libsodium accepts (crypto_pwhash_OPSLIMIT_MIN, _MEMLIMIT_MIN).
quint64 minPassphrasePasses();
quint64 minPassphraseMemoryBytes();

// A secret locked under a passphrase: the key is derived with Argon2id from
// the passphrase and a random salt, and the secret is encrypted and
// authenticated with it (XSalsa20-Poly1305, crypto_secretbox).
struct LockedSecret
{
    QByteArray salt;
    PassphraseCost cost;
    QByteArray nonce;
    QByteArray ciphertext;
};

LockedSecret lockSecret(const SecretBytes& secret, const QString& passphrase,
                        const PassphraseCost& cost);
// Nothing when the passphrase is wrong or the locked bytes were altered
// (the two cannot be told apart, by design).
std::optional<SecretBytes> unlockSecret(const LockedSecret& locked, const QString& passphrase);

} // namespace tulana::crypto
