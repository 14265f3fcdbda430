#pragma once

#include "MemoStyle.h"
#include "memo/MemoDocument.h"

#include <QBuffer>
#include <QRectF>

#include <functional>
#include <memory>

class QColor;
class QFont;
class QPagedPaintDevice;
class QTextBlock;
class QTextTable;
class QPainter;
class QPaintDevice;
class QTextDocument;

namespace tulana {

// Lays a memo out on A4 pages and paints each page with the running header
// (file number, title, DRAFT while not finalised) and the footer ("Page n
// of N", the evaluation's fingerprint). Headings and table captions are
// kept with what follows them, and short tables on one page, by moving
// them to the next page when they would be left at the foot of one.
//
// The layout is done once, at kDpi, on a device of its own, whatever the
// memo is then painted on: the PDF, a printer and the print preview get the
// same lines on the same pages (a printer's resolution used to give the
// preview a page more than the PDF).
class MemoPages
{
public:
    static constexpr int kDpi = 300;

    explicit MemoPages(const MemoDocument& memo, const MemoStyle& style = {});
    ~MemoPages();
    MemoPages(const MemoPages&) = delete;
    MemoPages& operator=(const MemoPages&) = delete;

    int pageCount() const;
    const QTextDocument& document() const { return *m_document; }
    double bodyHeight() const { return m_body.height(); } // one page of the document, in pixels
    // One page (0-based) on a painter in kDpi pixels, origin at the sheet's
    // top left.
    void paintPage(QPainter& painter, int page) const;
    // Every page, in order, on `device`, scaled to its resolution;
    // `newPage` starts the next sheet.
    bool paint(QPaintDevice* device, const std::function<bool()>& newPage) const;
    // The same on a printer (or the preview's): its page set to the memo's.
    bool print(QPagedPaintDevice* device) const;

private:
    bool paginationPass();
    int findHeadingLeftBehind(QTextBlock* start) const;
    int findRowCut(QTextTable** table, int* row) const;
    int breakBeforeTable(QTextTable* table);
    void splitTableBefore(QTextTable* table, int row);
    double contentBottomAfter(const QTextBlock& block) const;
    int pageAt(double y) const;

    void layout();
    void drawRunningText(QPainter& painter, const QRectF& box, Qt::Alignment alignment,
                         const QString& text, const QFont& font, const QColor& colour) const;

    QBuffer m_sink;                              // the layout device writes nothing worth keeping
    std::unique_ptr<QPagedPaintDevice> m_device; // the metrics the text is laid out with
    std::unique_ptr<QTextDocument> m_document;
    MemoDocument m_memo;
    MemoStyle m_style;
    double m_devanagariScale = 1; // ScriptSizes.h
    QRectF m_page;                // the sheet, in device pixels
    QRectF m_body;                // where the text goes
    int m_scanFrom = 0;           // document position before which pagination is settled
};

} // namespace tulana
