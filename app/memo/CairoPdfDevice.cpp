#include "CairoPdfDevice.h"

#include "CairoPaintEngine.h"
#include "i18n/Translate.h"

#include <limits>

#include <cairo-pdf.h>

namespace tulana {
namespace {

constexpr double kPointsPerInch = 72;
constexpr double kMmPerInch = 25.4;

cairo_status_t appendTo(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<QByteArray*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void setMetadata(cairo_surface_t* surface, cairo_pdf_metadata_t field, const QString& value)
{
    if (!value.isEmpty())
        cairo_pdf_surface_set_metadata(surface, field, value.toUtf8().constData());
}

} // namespace

// The PDF is written into memory, then saved in one go by the caller: a
// failed export leaves no half-written file.
struct CairoPdfDevice::Surface
{
    QByteArray pdf;
    cairo_surface_t* surface = nullptr;
    cairo_t* context = nullptr;
    bool finished = false;

    ~Surface()
    {
        if (context)
            cairo_destroy(context);
        if (surface)
            cairo_surface_destroy(surface);
    }
};

CairoPdfDevice::CairoPdfDevice(const QPageSize& page, int dpi, const Metadata& metadata)
    : m_sizeMm(page.size(QPageSize::Millimeter))
    , m_dpi(dpi)
    , m_surface(std::make_unique<Surface>())
{
    const QSizeF points = m_sizeMm / kMmPerInch * kPointsPerInch;
    m_surface->surface = cairo_pdf_surface_create_for_stream(appendTo, &m_surface->pdf,
                                                             points.width(), points.height());
    setMetadata(m_surface->surface, CAIRO_PDF_METADATA_TITLE, metadata.title);
    setMetadata(m_surface->surface, CAIRO_PDF_METADATA_SUBJECT, metadata.subject);
    setMetadata(m_surface->surface, CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords);
    setMetadata(m_surface->surface, CAIRO_PDF_METADATA_CREATOR, metadata.creator);
    if (!metadata.isoDate.isEmpty())
        setMetadata(m_surface->surface, CAIRO_PDF_METADATA_CREATE_DATE,
                    metadata.isoDate + QStringLiteral("T00:00:00"));
    m_surface->context = cairo_create(m_surface->surface);
    // Painters work in device pixels at `dpi`; the page is in points.
    cairo_scale(m_surface->context, kPointsPerInch / dpi, kPointsPerInch / dpi);
    m_engine = std::make_unique<CairoPaintEngine>(m_surface->context);
}

CairoPdfDevice::~CairoPdfDevice() = default;

QPaintEngine* CairoPdfDevice::paintEngine() const
{
    return m_engine.get();
}

void CairoPdfDevice::newPage()
{
    cairo_show_page(m_surface->context);
}

std::optional<QByteArray> CairoPdfDevice::finish(QString* error)
{
    if (!m_surface->finished) {
        cairo_surface_finish(m_surface->surface);
        m_surface->finished = true;
    }
    const cairo_status_t status = cairo_surface_status(m_surface->surface);
    if (status != CAIRO_STATUS_SUCCESS) {
        if (error)
            *error = tulana::tr("the PDF could not be written: %1")
                         .arg(QString::fromUtf8(cairo_status_to_string(status)));
        return std::nullopt;
    }
    return m_surface->pdf;
}

int CairoPdfDevice::metric(PaintDeviceMetric metric) const
{
    const auto pixels = [&](double mm) { return qRound(mm / kMmPerInch * m_dpi); };
    switch (metric) {
    case PdmWidth:
        return pixels(m_sizeMm.width());
    case PdmHeight:
        return pixels(m_sizeMm.height());
    case PdmWidthMM:
        return qRound(m_sizeMm.width());
    case PdmHeightMM:
        return qRound(m_sizeMm.height());
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return m_dpi;
    case PdmNumColors:
        return std::numeric_limits<int>::max();
    case PdmDepth:
        return 32;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    }
    return 0;
}

} // namespace tulana
