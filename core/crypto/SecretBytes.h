#pragma once

#include <QByteArray>

namespace tulana::crypto {

// Bytes that must not outlive their use: a secret key, a key share, a
// passphrase-derived key. Wiped (sodium_memzero) when destroyed or
// replaced, and never copied implicitly. Not locked in memory: a desktop
// process's memory can be read by its user anyway (docs/process.md).
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes);
    explicit SecretBytes(qsizetype size); // zero-filled, to be written
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    SecretBytes copy() const
    {
        return SecretBytes(QByteArray(m_bytes.constData(), m_bytes.size()));
    }
    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    const unsigned char* data() const;
    unsigned char* data();
    // For an API that takes bytes; the caller keeps the copy no longer
    // than this object.
    QByteArrayView view() const { return m_bytes; }

private:
    void wipe();
    QByteArray m_bytes;
};

} // namespace tulana::crypto
