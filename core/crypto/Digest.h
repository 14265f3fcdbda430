#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace tulana::crypto {

// SHA-256 (libsodium's crypto_hash_sha256): the memo's fingerprint and the
// process log's hash chain, where a widely known hash lets anyone check
// them with common tools (sha256sum).
QByteArray sha256(QByteArrayView bytes);

// BLAKE2b (crypto_generichash) of `size` bytes, 16 to 64: a short checksum
// such as a training certificate's identifier.
QByteArray blake2b(QByteArrayView bytes, int size);

} // namespace tulana::crypto
