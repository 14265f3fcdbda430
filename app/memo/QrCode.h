#pragma once

#include "memo/MemoRender.h"

#include <QImage>
#include <QString>
#include <QTextFormat>

class QPainter;
class QRectF;
class QTextDocument;

namespace tulana {

// The memo's QR code: the recorded process's checkpoint
// (MemoDocument::checkpointPayload()), for an auditor to scan.

// The QR code of `text` (UTF-8, byte mode, error correction level M), as
// libqrencode makes it; empty when the text cannot be encoded.
QrModules encodeQr(const QString& text);

// The code with its quiet zone of four modules, each module a square of
// `pixelsPerModule` whole pixels (nearest-neighbour, so edges stay sharp
// wherever the image is scaled): for the ODT, which holds images only.
QImage qrImage(const QrModules& qr, int pixelsPerModule);

// The code, quiet zone included, filling `target`: its dark modules as one
// filled path, a vector drawing in the PDF.
void paintQr(QPainter& painter, const QrModules& qr, const QRectF& target);

// Character property of the QR code's image in the memo's QTextDocument: the
// text it encodes. MemoTextDocument inserts the code as an image, which any
// writer (the ODT's) can store; drawQrAsVector() turns those images into
// objects that paintQr() draws, for the PDF and the print preview.
inline constexpr int kQrPayload = QTextFormat::UserProperty + 3;
void drawQrAsVector(QTextDocument& document);

} // namespace tulana
