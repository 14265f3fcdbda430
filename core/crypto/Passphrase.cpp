#include "Passphrase.h"

#include "Sodium.h"

#include <sodium.h>

namespace tulana::crypto {
namespace {

std::optional<SecretBytes> deriveKey(const QString& passphrase, const QByteArray& salt,
                                     const PassphraseCost& cost)
{
    if (salt.size() != crypto_pwhash_SALTBYTES || cost.passes < crypto_pwhash_OPSLIMIT_MIN ||
        cost.memoryBytes < crypto_pwhash_MEMLIMIT_MIN)
        return std::nullopt;
    const SecretBytes utf8(passphrase.toUtf8());
    SecretBytes key(qsizetype(crypto_secretbox_KEYBYTES));
    if (crypto_pwhash(key.data(), std::size_t(key.size()),
                      reinterpret_cast<const char*>(utf8.data()),
                      static_cast<unsigned long long>(utf8.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), cost.passes,
                      std::size_t(cost.memoryBytes), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return std::nullopt; // out of memory
    return key;
}

} // namespace

PassphraseCost memberKeyCost()
{
    // Measured with bench_crypto (docs/performance.md).
    return {3, 256ull * 1024 * 1024};
}

PassphraseCost testCost()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

quint64 minPassphrasePasses()
{
    return crypto_pwhash_OPSLIMIT_MIN;
}

quint64 minPassphraseMemoryBytes()
{
    return crypto_pwhash_MEMLIMIT_MIN;
}

LockedSecret lockSecret(const SecretBytes& secret, const QString& passphrase,
                        const PassphraseCost& cost)
{
    sodiumReady();
    LockedSecret locked;
    locked.salt = QByteArray(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(locked.salt.data(), std::size_t(locked.salt.size()));
    locked.cost = cost;
    const std::optional<SecretBytes> key = deriveKey(passphrase, locked.salt, cost);
    if (!key)
        return {};
    locked.nonce = QByteArray(crypto_secretbox_NONCEBYTES, '\0');
    randombytes_buf(locked.nonce.data(), std::size_t(locked.nonce.size()));
    locked.ciphertext = QByteArray(secret.size() + qsizetype(crypto_secretbox_MACBYTES), '\0');
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(locked.ciphertext.data()), secret.data(),
                          static_cast<unsigned long long>(secret.size()),
                          reinterpret_cast<const unsigned char*>(locked.nonce.constData()),
                          key->data());
    return locked;
}

std::optional<SecretBytes> unlockSecret(const LockedSecret& locked, const QString& passphrase)
{
    sodiumReady();
    if (locked.nonce.size() != crypto_secretbox_NONCEBYTES ||
        locked.ciphertext.size() < qsizetype(crypto_secretbox_MACBYTES))
        return std::nullopt;
    const std::optional<SecretBytes> key = deriveKey(passphrase, locked.salt, locked.cost);
    if (!key)
        return std::nullopt;
    SecretBytes secret(locked.ciphertext.size() - qsizetype(crypto_secretbox_MACBYTES));
    if (crypto_secretbox_open_easy(
            secret.data(), reinterpret_cast<const unsigned char*>(locked.ciphertext.constData()),
            static_cast<unsigned long long>(locked.ciphertext.size()),
            reinterpret_cast<const unsigned char*>(locked.nonce.constData()), key->data()) != 0)
        return std::nullopt;
    return secret;
}

} // namespace tulana::crypto
