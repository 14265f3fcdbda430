#include "Digest.h"

#include "Sodium.h"

#include <sodium.h>

#include <algorithm>

namespace tulana::crypto {

QByteArray sha256(QByteArrayView bytes)
{
    sodiumReady();
    QByteArray out(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()),
                       reinterpret_cast<const unsigned char*>(bytes.data()),
                       static_cast<unsigned long long>(bytes.size()));
    return out;
}

QByteArray blake2b(QByteArrayView bytes, int size)
{
    sodiumReady();
    const int n =
        std::clamp(size, int(crypto_generichash_BYTES_MIN), int(crypto_generichash_BYTES_MAX));
    QByteArray out(n, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), std::size_t(n),
                       reinterpret_cast<const unsigned char*>(bytes.data()),
                       static_cast<unsigned long long>(bytes.size()), nullptr, 0);
    return out;
}

} // namespace tulana::crypto
