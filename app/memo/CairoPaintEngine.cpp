#include "CairoPaintEngine.h"

#include "TextClusters.h"

#include <QImage>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QPixmap>

// Qt's private text item: the glyphs as shaped and laid out, with the map
// from characters to glyphs that the public QTextItem does not give. Qt 6.4
// as Debian ships it (qt6-base-private-dev); tst_memopdftext fails if a Qt
// update changes what it holds.
#include <QtGui/private/qfontengine_p.h>
#include <QtGui/private/qtextengine_p.h>

#include <cairo-ft.h>
#include <fontconfig/fontconfig.h>

#include <cstring>
#include <vector>

namespace tulana {
namespace {

cairo_matrix_t toCairo(const QTransform& t)
{
    cairo_matrix_t m;
    cairo_matrix_init(&m, t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy());
    return m;
}

} // namespace

CairoPaintEngine::CairoPaintEngine(cairo_t* context)
    : QPaintEngine(AllFeatures)
    , m_cairo(context)
{}

CairoPaintEngine::~CairoPaintEngine()
{
    for (cairo_font_face_t* face : std::as_const(m_faces))
        cairo_font_face_destroy(face);
}

void CairoPaintEngine::updateState(const QPaintEngineState& changed)
{
    const DirtyFlags dirty = changed.state();
    if (dirty & DirtyTransform)
        m_transform = changed.transform();
    if (dirty & DirtyPen)
        m_pen = changed.pen();
    if (dirty & DirtyBrush)
        m_brush = changed.brush();
    if ((dirty & DirtyClipEnabled) && !changed.isClipEnabled()) {
        cairo_reset_clip(m_cairo);
        m_clipping = false;
    }
    if (dirty & DirtyClipPath) {
        clip(changed.clipPath(), changed.clipOperation());
    } else if (dirty & DirtyClipRegion) {
        QPainterPath path;
        path.addRegion(changed.clipRegion());
        clip(path, changed.clipOperation());
    }
}

// The clip comes in the painter's coordinates at the time it was set.
void CairoPaintEngine::clip(const QPainterPath& path, Qt::ClipOperation operation)
{
    if (operation == Qt::NoClip) {
        cairo_reset_clip(m_cairo);
        m_clipping = false;
        return;
    }
    const QPainterPath onDevice = m_transform.map(path);
    if (operation == Qt::ReplaceClip || !m_clipping) {
        cairo_reset_clip(m_cairo);
        m_clipBounds = onDevice.boundingRect();
    } else {
        m_clipBounds &= onDevice.boundingRect();
    }
    m_clipping = true;
    setPath(onDevice);
    cairo_clip(m_cairo);
}

void CairoPaintEngine::setPath(const QPainterPath& devicePath)
{
    cairo_new_path(m_cairo);
    for (int i = 0; i < devicePath.elementCount(); ++i) {
        const QPainterPath::Element e = devicePath.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            cairo_move_to(m_cairo, e.x, e.y);
            break;
        case QPainterPath::LineToElement:
            cairo_line_to(m_cairo, e.x, e.y);
            break;
        case QPainterPath::CurveToElement: {
            const QPainterPath::Element c2 = devicePath.elementAt(i + 1);
            const QPainterPath::Element end = devicePath.elementAt(i + 2);
            cairo_curve_to(m_cairo, e.x, e.y, c2.x, c2.y, end.x, end.y);
            i += 2;
            break;
        }
        case QPainterPath::CurveToDataElement:
            break; // consumed with its curve
        }
    }
    cairo_set_fill_rule(m_cairo, devicePath.fillRule() == Qt::WindingFill
                                     ? CAIRO_FILL_RULE_WINDING
                                     : CAIRO_FILL_RULE_EVEN_ODD);
}

void CairoPaintEngine::setColour(const QColor& colour)
{
    cairo_set_source_rgba(m_cairo, colour.redF(), colour.greenF(), colour.blueF(), colour.alphaF());
}

void CairoPaintEngine::applyTransform()
{
    const cairo_matrix_t m = toCairo(m_transform);
    cairo_transform(m_cairo, &m);
}

void CairoPaintEngine::drawPath(const QPainterPath& path)
{
    if (m_brush.style() != Qt::NoBrush) {
        setPath(m_transform.map(path));
        setColour(m_brush.color());
        cairo_fill(m_cairo);
    }
    if (m_pen.style() == Qt::NoPen)
        return;
    // Strokes become filled outlines, so dashes, caps and joins are Qt's.
    // A cosmetic pen is as wide on the page whatever the transform.
    QPainterPathStroker stroker(m_pen);
    QPainterPath outline;
    if (m_pen.isCosmetic()) {
        stroker.setWidth(std::max(1.0, m_pen.widthF()));
        outline = stroker.createStroke(m_transform.map(path));
    } else {
        outline = m_transform.map(stroker.createStroke(path));
    }
    outline.setFillRule(Qt::WindingFill);
    setPath(outline);
    setColour(m_pen.color());
    cairo_fill(m_cairo);
}

void CairoPaintEngine::drawPolygon(const QPointF* points, int count, PolygonDrawMode mode)
{
    if (count < 2)
        return;
    QPainterPath path(points[0]);
    for (int i = 1; i < count; ++i)
        path.lineTo(points[i]);
    if (mode == PolylineMode) {
        const QBrush brush = m_brush;
        m_brush = Qt::NoBrush;
        drawPath(path);
        m_brush = brush;
        return;
    }
    path.closeSubpath();
    path.setFillRule(mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
    drawPath(path);
}

void CairoPaintEngine::drawImage(const QRectF& target, const QImage& image, const QRectF& source,
                                 Qt::ImageConversionFlags)
{
    const QImage part =
        image.copy(source.toAlignedRect()).convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (part.isNull())
        return;
    // cairo keeps the source until the page is written: give it its own copy.
    cairo_surface_t* surface =
        cairo_image_surface_create(CAIRO_FORMAT_ARGB32, part.width(), part.height());
    cairo_surface_flush(surface);
    unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    for (int y = 0; y < part.height(); ++y)
        std::memcpy(data + std::size_t(y) * std::size_t(stride), part.constScanLine(y),
                    std::size_t(part.width()) * 4);
    cairo_surface_mark_dirty(surface);

    cairo_save(m_cairo);
    applyTransform();
    cairo_translate(m_cairo, target.x(), target.y());
    cairo_scale(m_cairo, target.width() / part.width(), target.height() / part.height());
    cairo_set_source_surface(m_cairo, surface, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(m_cairo), CAIRO_FILTER_GOOD);
    cairo_paint(m_cairo);
    cairo_restore(m_cairo);
    cairo_surface_destroy(surface);
}

void CairoPaintEngine::drawPixmap(const QRectF& target, const QPixmap& pixmap, const QRectF& source)
{
    drawImage(target, pixmap.toImage(), source, Qt::AutoColor);
}

// The face cairo draws with: the very file (and face in it) Qt shaped with,
// so glyph numbers mean the same to both.
cairo_font_face_t* CairoPaintEngine::fontFace(QFontEngine* engine)
{
    const QFontEngine::FaceId id = engine->faceId();
    if (id.filename.isEmpty())
        return nullptr; // an application font from memory: drawn as outlines
    const QByteArray key = id.filename + '#' + QByteArray::number(id.index);
    if (cairo_font_face_t* face = m_faces.value(key))
        return face;
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FILE, reinterpret_cast<const FcChar8*>(id.filename.constData()));
    FcPatternAddInteger(pattern, FC_INDEX, id.index);
    cairo_font_face_t* face = cairo_ft_font_face_create_for_pattern(pattern);
    FcPatternDestroy(pattern);
    if (engine->synthesized() & QFontEngine::SynthesizedBold)
        cairo_ft_font_face_set_synthesize(face, CAIRO_FT_SYNTHESIZE_BOLD);
    if (engine->synthesized() & QFontEngine::SynthesizedItalic)
        cairo_ft_font_face_set_synthesize(face, CAIRO_FT_SYNTHESIZE_OBLIQUE);
    m_faces.insert(key, face);
    return face;
}

void CairoPaintEngine::drawTextItem(const QPointF& origin, const QTextItem& item)
{
    const auto& run = static_cast<const QTextItemInt&>(item);
    cairo_font_face_t* face = run.fontEngine ? fontFace(run.fontEngine) : nullptr;
    if (!face || run.glyphs.numGlyphs == 0) {
        QPaintEngine::drawTextItem(origin, item); // as outlines, through drawPath
        return;
    }
    // A line belongs to the page its baseline is on. Qt also paints the
    // lines just past the clip (hidden by it), and they would still be in
    // the text layer: the last line of a page read again atop the next.
    const QPointF baseline = m_transform.map(origin);
    if (m_clipping && (baseline.y() < m_clipBounds.top() || baseline.y() > m_clipBounds.bottom()))
        return;

    std::vector<cairo_glyph_t> glyphs;
    std::vector<bool> printed(std::size_t(run.glyphs.numGlyphs));
    QFixed x = QFixed::fromReal(origin.x());
    const QFixed y = QFixed::fromReal(origin.y());
    for (int i = 0; i < run.glyphs.numGlyphs; ++i) {
        printed[std::size_t(i)] = !run.glyphs.attributes[i].dontPrint;
        if (printed[std::size_t(i)])
            glyphs.push_back({run.glyphs.glyphs[i], (x + run.glyphs.offsets[i].x).toReal(),
                              (y + run.glyphs.offsets[i].y).toReal()});
        x += run.glyphs.advances[i] + QFixed::fromFixed(run.glyphs.justifications[i].space_18d6);
    }

    std::optional<ClusterMap> clusters;
    if (run.chars && run.logClusters && run.num_chars > 0) {
        // Qt counts a run's log clusters from the line's first glyph.
        std::vector<unsigned short> glyphOfChar(std::size_t(run.num_chars));
        for (int i = 0; i < run.num_chars; ++i)
            glyphOfChar[std::size_t(i)] = run.logClusters[i] - run.logClusters[0];
        clusters = mapClusters(QStringView(run.chars, run.num_chars), glyphOfChar, printed);
        if (clusters)
            clusters = joinIndicWords(*clusters);
    }

    cairo_save(m_cairo);
    applyTransform();
    cairo_set_font_face(m_cairo, face);
    cairo_set_font_size(m_cairo, run.fontEngine->fontDef.pixelSize);
    setColour(m_pen.color());
    if (clusters) {
        std::vector<cairo_text_cluster_t> cairoClusters;
        cairoClusters.reserve(clusters->clusters.size());
        for (const GlyphCluster& c : clusters->clusters)
            cairoClusters.push_back({c.bytes, c.glyphs});
        cairo_show_text_glyphs(m_cairo, clusters->utf8.constData(), int(clusters->utf8.size()),
                               glyphs.data(), int(glyphs.size()), cairoClusters.data(),
                               int(cairoClusters.size()), cairo_text_cluster_flags_t(0));
    } else {
        cairo_show_glyphs(m_cairo, glyphs.data(), int(glyphs.size()));
    }
    cairo_restore(m_cairo);
}

} // namespace tulana
