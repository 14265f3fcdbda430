#include "Signing.h"

#include "Bytes.h"
#include "Sodium.h"

#include <sodium.h>

namespace tulana::crypto {
SigningKeyPair newSigningKeyPair()
{
    sodiumReady();
    SigningKeyPair pair;
    pair.publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    pair.secretKey = SecretBytes(qsizetype(crypto_sign_SECRETKEYBYTES));
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()),
                        pair.secretKey.data());
    return pair;
}

QByteArray sign(const SecretBytes& secretKey, QByteArrayView message)
{
    sodiumReady();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         bytes(message), static_cast<unsigned long long>(message.size()),
                         secretKey.data());
    return signature;
}

bool verifySignature(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    sodiumReady();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(publicKey)) == 0;
}

QByteArray sealingPublicKeyOf(QByteArrayView signingPublicKey)
{
    sodiumReady();
    if (signingPublicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return {};
    QByteArray out(crypto_box_PUBLICKEYBYTES, '\0');
    if (crypto_sign_ed25519_pk_to_curve25519(reinterpret_cast<unsigned char*>(out.data()),
                                             bytes(signingPublicKey)) != 0)
        return {};
    return out;
}

SecretBytes sealingSecretKeyOf(const SecretBytes& signingSecretKey)
{
    sodiumReady();
    if (signingSecretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    SecretBytes out(qsizetype(crypto_box_SECRETKEYBYTES));
    crypto_sign_ed25519_sk_to_curve25519(out.data(), signingSecretKey.data());
    return out;
}

} // namespace tulana::crypto
