#pragma once

#include "MemoStyle.h"
#include "memo/MemoDocument.h"

#include <QRectF>

class QPagedPaintDevice;
class QTextBlock;
class QTextTable;
class QPainter;
class QPaintDevice;
class QTextDocument;

namespace tulana {

// Lays a memo's text document out on A4 pages and paints each page with the
// running header (file number, title, DRAFT while not finalised) and the
// footer ("Page n of N", the evaluation's fingerprint). Headings and table
// captions are kept with what follows them, and short tables on one page,
// by moving them to the next page when they would be left at the foot of one.
// PDF export uses it; so will the desktop app's print preview, on a QPrinter.
class MemoPages
{
public:
    MemoPages(QTextDocument& document, const MemoDocument& memo, const MemoStyle& style = {});

    // Sets the device's page to the style's (A4, no margins of its own: the
    // margins are the memo's) and lays the document out for its resolution.
    void layout(QPagedPaintDevice* device);
    int pageCount() const;
    void paintPage(QPainter& painter, int page) const; // 0-based
    // layout() and every page, in order, on the device.
    bool print(QPagedPaintDevice* device);

private:
    bool paginationPass();
    int findHeadingLeftBehind(QTextBlock* start) const;
    int findRowCut(QTextTable** table, int* row) const;
    int breakBeforeTable(QTextTable* table);
    void splitTableBefore(QTextTable* table, int row);
    double contentBottomAfter(const QTextBlock& block) const;
    int pageAt(double y) const;

    QTextDocument& m_document;
    const MemoDocument& m_memo;
    MemoStyle m_style;
    QRectF m_page; // the sheet, in device pixels
    QRectF m_body; // where the text goes
    double m_dpi = 72;
    int m_scanFrom = 0; // document position before which pagination is settled
};

} // namespace tulana
