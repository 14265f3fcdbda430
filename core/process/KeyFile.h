#pragma once

#include "crypto/Passphrase.h"
#include "crypto/SecretBytes.h"
#include "diagnostics/Problem.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tulana::process {

// A committee member's (or the officer's) key file: the public half of the
// signing key in clear, the secret half locked under the member's
// passphrase (crypto/Passphrase.h: Argon2id, then XSalsa20-Poly1305). The
// file can be copied or backed up like any file; without the passphrase it
// signs and opens nothing. ({"format": "tulana-key", ...}, docs/process.md.)
struct KeyFile
{
    QString actor; // an evaluator id of the tenders it is used in, or "officer"
    QString name;  // the person, as the memo names them
    QByteArray publicKey;
    crypto::LockedSecret locked;
};

KeyFile newKeyFile(const QString& actor, const QString& name, const QString& passphrase,
                   const crypto::PassphraseCost& cost);
QByteArray keyFileJson(const KeyFile& key);
std::optional<KeyFile> readKeyFile(const QByteArray& json, Problems* problems);
// Where key files are kept unless the user says otherwise: the user's data
// folder ("tulana/keys"), shared by the app and tulana-cli; and the name of
// a key file there ("E2-1a2b3c4d.tulana-key": the actor and the start of
// the public key, so that a member's new key does not replace the old).
QString keysFolder();
QString keyFileName(const KeyFile& key);

// The secret signing key, or nothing when the passphrase is wrong (or the
// file was altered: the two cannot be told apart).
std::optional<crypto::SecretBytes> unlockKeyFile(const KeyFile& key, const QString& passphrase);

} // namespace tulana::process
