#pragma once

#include "MemoStyle.h"
#include "memo/MemoDocument.h"

#include <QTextDocument>

#include <memory>

namespace tulana {

// The memo as rich text, styled as an office note: serif type, numbered
// paragraphs, ruled tables whose header row repeats on every page, charts
// as images. `dpi` is the resolution of the device it will be laid out on
// (a PDF writer's or a printer's; 96 for ODT and the screen), because Qt
// takes some lengths as device pixels. Lay it out with MemoPages before
// painting it; ODT export writes it as it is.
std::unique_ptr<QTextDocument> memoToTextDocument(const MemoDocument& memo,
                                                  const MemoStyle& style = {}, double dpi = 96);

// The chart drawn as an image `widthPx` wide (for print: about 250 dpi).
QImage renderChart(const MemoChart& chart, const MemoStyle& style, int widthPx);

} // namespace tulana
