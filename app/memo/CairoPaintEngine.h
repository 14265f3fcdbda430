#pragma once

#include <QBrush>
#include <QHash>
#include <QPaintEngine>
#include <QPen>
#include <QTransform>

#include <cairo.h>

class QFontEngine;

namespace tulana {

// Paints what QPainter asks onto a cairo context: filled and stroked paths,
// images, and text as the glyphs Qt shaped, with the characters each
// cluster of glyphs stands for (TextClusters.h). Enough for the memo's
// pages (text, rules, shaded cells, chart images); gradients and patterns
// are painted in their brush's colour.
class CairoPaintEngine : public QPaintEngine
{
public:
    explicit CairoPaintEngine(cairo_t* context);
    ~CairoPaintEngine() override;

    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }
    void updateState(const QPaintEngineState& changed) override;

    void drawPath(const QPainterPath& path) override;
    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override;
    void drawImage(const QRectF& target, const QImage& image, const QRectF& source,
                   Qt::ImageConversionFlags flags) override;
    void drawPixmap(const QRectF& target, const QPixmap& pixmap, const QRectF& source) override;
    void drawTextItem(const QPointF& origin, const QTextItem& item) override;

private:
    void clip(const QPainterPath& path, Qt::ClipOperation operation);
    void setPath(const QPainterPath& devicePath);
    void setColour(const QColor& colour);
    void applyTransform();
    cairo_font_face_t* fontFace(QFontEngine* engine);

    cairo_t* m_cairo;
    QTransform m_transform;
    QPen m_pen;
    QBrush m_brush;
    QRectF m_clipBounds; // in device pixels; empty when not clipping
    bool m_clipping = false;
    QHash<QByteArray, cairo_font_face_t*> m_faces; // by font file and face index
};

} // namespace tulana
