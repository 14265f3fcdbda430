#pragma once

#include "support/VisibleControls.h"

#include <QIODevice>

namespace tulana::cli {

// Standard output or standard error as tulana-cli writes to it: everything
// written reaches `target` with its control characters shown, never obeyed
// (support/VisibleControls.h). Text with none passes byte for byte.
class VisibleOutput : public QIODevice
{
public:
    explicit VisibleOutput(QIODevice* target);

    // Writes what the last piece held back. False if the target failed.
    bool finish();

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    bool writeAll(std::string_view bytes);

    QIODevice* m_target;
    VisibleControls m_controls;
};

} // namespace tulana::cli
