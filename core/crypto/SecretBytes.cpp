#include "SecretBytes.h"

#include <sodium.h>

#include <utility>

namespace tulana::crypto {

SecretBytes::SecretBytes(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
    m_bytes.detach(); // its own buffer, so wiping it wipes the only copy
}

SecretBytes::SecretBytes(qsizetype size)
    : m_bytes(size, '\0')
{}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

const unsigned char* SecretBytes::data() const
{
    return reinterpret_cast<const unsigned char*>(m_bytes.constData());
}

unsigned char* SecretBytes::data()
{
    return reinterpret_cast<unsigned char*>(m_bytes.data());
}

void SecretBytes::wipe()
{
    if (!m_bytes.isEmpty() && !m_bytes.isDetached())
        m_bytes.detach();
    if (!m_bytes.isEmpty())
        sodium_memzero(m_bytes.data(), std::size_t(m_bytes.size()));
    m_bytes.clear();
}

} // namespace tulana::crypto
