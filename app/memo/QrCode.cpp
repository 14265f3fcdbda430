#include "QrCode.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

#include <qrencode.h>

#include <algorithm>

namespace tulana {
namespace {

// A scanner needs four light modules round the code (ISO/IEC 18004).
constexpr int kQuietZone = 4;
constexpr int kQrObject = QTextFormat::UserObject + 1;

// Draws the QR objects of a memo's document, laid out at the size their
// image had (pixels at 96 dpi, scaled to the layout's device as Qt scales
// images), so the code takes the same place as a vector as it did as an image.
class QrObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;

    QSizeF intrinsicSize(QTextDocument* document, int, const QTextFormat& format) override
    {
        const QPaintDevice* device = document->documentLayout()->paintDevice();
        const double scale = device ? device->logicalDpiX() / 96.0 : 1.0;
        return {format.doubleProperty(QTextFormat::ImageWidth) * scale,
                format.doubleProperty(QTextFormat::ImageHeight) * scale};
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override
    {
        paintQr(*painter, encodeQr(format.stringProperty(kQrPayload)), rect);
    }
};

} // namespace

QrModules encodeQr(const QString& text)
{
    QrModules qr;
    const QByteArray bytes = text.toUtf8();
    QRcode* code = QRcode_encodeString(bytes.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return qr;
    qr.width = code->width;
    qr.dark.resize(std::size_t(code->width) * std::size_t(code->width));
    // Bit 0 of each byte is the module's colour; the others say what it is part of.
    for (std::size_t i = 0; i < qr.dark.size(); ++i)
        qr.dark[i] = (code->data[i] & 1) != 0;
    QRcode_free(code);
    return qr;
}

QImage qrImage(const QrModules& qr, int pixelsPerModule)
{
    const int side = (qr.width + 2 * kQuietZone) * pixelsPerModule;
    QImage image(std::max(1, side), std::max(1, side), QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < qr.width; ++y) {
        for (int row = 0; row < pixelsPerModule; ++row) {
            uchar* line = image.scanLine((y + kQuietZone) * pixelsPerModule + row);
            for (int x = 0; x < qr.width; ++x)
                if (qr.at(x, y))
                    std::fill_n(line + (x + kQuietZone) * pixelsPerModule, pixelsPerModule, 0);
        }
    }
    return image;
}

void paintQr(QPainter& painter, const QrModules& qr, const QRectF& target)
{
    if (qr.isEmpty())
        return;
    const double module = std::min(target.width(), target.height()) / (qr.width + 2 * kQuietZone);
    const QPointF origin = target.topLeft() + QPointF(kQuietZone * module, kQuietZone * module);
    // One path, the runs of dark modules of each row as rectangles: filled
    // at once, abutting squares show no seams between them.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (const QrModules::Run& run : qr.darkRuns())
        path.addRect(QRectF(origin.x() + run.x * module, origin.y() + run.y * module,
                            run.length * module, module));
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawPath(path);
    painter.restore();
}

void drawQrAsVector(QTextDocument& document)
{
    document.documentLayout()->registerHandler(kQrObject, new QrObject(&document));
    std::vector<int> positions;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().hasProperty(kQrPayload))
                positions.push_back(it.fragment().position());
    for (int position : positions) {
        QTextCursor cursor(&document);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        QTextCharFormat format = cursor.charFormat();
        format.setObjectType(kQrObject);
        cursor.setCharFormat(format);
    }
}

} // namespace tulana

#include "QrCode.moc"
