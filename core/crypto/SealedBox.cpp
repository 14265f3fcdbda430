#include "SealedBox.h"

#include "Bytes.h"
#include "Sodium.h"

#include <sodium.h>

namespace tulana::crypto {
BoxKeyPair newBoxKeyPair()
{
    sodiumReady();
    BoxKeyPair pair;
    pair.publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    pair.secretKey = SecretBytes(qsizetype(crypto_box_SECRETKEYBYTES));
    crypto_box_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()),
                       pair.secretKey.data());
    return pair;
}

QByteArray boxPublicKeyOf(const SecretBytes& secretKey)
{
    sodiumReady();
    if (secretKey.size() != crypto_box_SECRETKEYBYTES)
        return {};
    QByteArray out(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(out.data()), secretKey.data());
    return out;
}

QByteArray seal(QByteArrayView publicKey, QByteArrayView plaintext)
{
    sodiumReady();
    if (publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    QByteArray out(plaintext.size() + qsizetype(crypto_box_SEALBYTES), '\0');
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(out.data()), bytes(plaintext),
                        static_cast<unsigned long long>(plaintext.size()), bytes(publicKey)) != 0)
        return {};
    return out;
}

std::optional<SecretBytes> openSealed(QByteArrayView publicKey, const SecretBytes& secretKey,
                                      QByteArrayView ciphertext)
{
    sodiumReady();
    if (publicKey.size() != crypto_box_PUBLICKEYBYTES ||
        secretKey.size() != crypto_box_SECRETKEYBYTES ||
        ciphertext.size() < qsizetype(crypto_box_SEALBYTES))
        return std::nullopt;
    SecretBytes out(ciphertext.size() - qsizetype(crypto_box_SEALBYTES));
    if (crypto_box_seal_open(out.data(), bytes(ciphertext),
                             static_cast<unsigned long long>(ciphertext.size()), bytes(publicKey),
                             secretKey.data()) != 0)
        return std::nullopt;
    return out;
}

} // namespace tulana::crypto
