#pragma once

// Internal to core/crypto: Qt's bytes as libsodium takes them.
#include <QByteArrayView>

namespace tulana::crypto {

inline const unsigned char* bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

} // namespace tulana::crypto
