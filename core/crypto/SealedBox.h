#pragma once

#include "SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace tulana::crypto {

// Anonymous public-key encryption (X25519 + XSalsa20-Poly1305, libsodium's
// crypto_box_seal): anyone holding the public key can seal; only the
// secret key opens, and a changed byte makes opening fail. A tender's
// financial envelopes are sealed to the tender's envelope key; each member's
// share of that key is sealed to the member.
struct BoxKeyPair
{
    QByteArray publicKey;  // 32 bytes
    SecretBytes secretKey; // 32 bytes
};

BoxKeyPair newBoxKeyPair();
// The public key of a box secret key (to check a key put together from shares).
QByteArray boxPublicKeyOf(const SecretBytes& secretKey);

QByteArray seal(QByteArrayView publicKey, QByteArrayView plaintext);
// Nothing when the keys do not match or the ciphertext was altered.
std::optional<SecretBytes> openSealed(QByteArrayView publicKey, const SecretBytes& secretKey,
                                      QByteArrayView ciphertext);

} // namespace tulana::crypto
