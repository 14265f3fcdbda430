#pragma once

#include <QByteArray>
#include <QPageSize>
#include <QPaintDevice>
#include <QString>

#include <memory>
#include <optional>

namespace tulana {

class CairoPaintEngine;

// A paint device that writes a PDF through cairo, for the memo. Qt 6.4's
// own PDF writer maps each glyph to at most one character, so a Devanagari
// conjunct (र्य in कार्यालय) loses letters in the text layer and the memo
// cannot be searched or copied. cairo takes, with the glyphs Qt has shaped,
// which characters each cluster of glyphs stands for, and writes them as
// the PDF's text (docs/memo.md, "The PDF's text"). Layout and pagination
// stay Qt's: this device only paints what MemoPages lays out.
class CairoPdfDevice : public QPaintDevice
{
public:
    struct Metadata
    {
        QString title;
        QString subject;
        QString keywords;
        QString creator;
        QString isoDate; // YYYY-MM-DD, the memo's date
    };

    CairoPdfDevice(const QPageSize& page, int dpi, const Metadata& metadata);
    ~CairoPdfDevice() override;
    CairoPdfDevice(const CairoPdfDevice&) = delete;
    CairoPdfDevice& operator=(const CairoPdfDevice&) = delete;

    QPaintEngine* paintEngine() const override;
    void newPage();
    // Ends the document (after the painter has ended) and returns the PDF,
    // or nothing if cairo failed; `error` then says why.
    std::optional<QByteArray> finish(QString* error);

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    struct Surface;
    QSizeF m_sizeMm;
    int m_dpi;
    std::unique_ptr<Surface> m_surface;
    std::unique_ptr<CairoPaintEngine> m_engine;
};

} // namespace tulana
