#pragma once

#include "SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace tulana::crypto {

// A committee member's or the officer's signing key (Ed25519, libsodium's
// crypto_sign). The public key goes into the tender when the rules are
// announced; the secret key stays in the member's key file, locked by a
// passphrase (Passphrase.h). The same key, converted (crypto_sign_ed25519_
// sk_to_curve25519), opens what is sealed to the member: a key share.
struct SigningKeyPair
{
    QByteArray publicKey;  // 32 bytes
    SecretBytes secretKey; // 64 bytes
};

SigningKeyPair newSigningKeyPair();

// A detached signature (64 bytes) of `message`.
QByteArray sign(const SecretBytes& secretKey, QByteArrayView message);
bool verifySignature(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

// The member's keys for sealed boxes, derived from the signing keys: the
// public one to seal a share to the member, the secret one to open it.
QByteArray sealingPublicKeyOf(QByteArrayView signingPublicKey);
SecretBytes sealingSecretKeyOf(const SecretBytes& signingSecretKey);

} // namespace tulana::crypto
