#include "VisibleOutput.h"

namespace tulana::cli {

VisibleOutput::VisibleOutput(QIODevice* target)
    : m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

bool VisibleOutput::finish()
{
    const QByteArray held = m_controls.finish();
    return writeAll(std::string_view(held.constData(), std::size_t(held.size())));
}

qint64 VisibleOutput::readData(char*, qint64)
{
    return -1;
}

qint64 VisibleOutput::writeData(const char* data, qint64 size)
{
    if (!writeAll(m_controls.filter(std::string_view(data, std::size_t(size)))))
        return -1;
    return size;
}

bool VisibleOutput::writeAll(std::string_view bytes)
{
    qint64 done = 0;
    const qint64 total = qint64(bytes.size());
    while (done < total) {
        const qint64 written = m_target->write(bytes.data() + done, total - done);
        if (written <= 0) {
            setErrorString(m_target->errorString());
            return false;
        }
        done += written;
    }
    return true;
}

} // namespace tulana::cli
