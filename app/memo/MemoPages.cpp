#include "MemoPages.h"

#include "MemoTextDocument.h"
#include "QrCode.h"
#include "ScriptSizes.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>
#include <limits>

namespace tulana {

MemoPages::MemoPages(const MemoDocument& memo, const MemoStyle& style)
    : m_document(memoToTextDocument(memo, style, kDpi))
    , m_memo(memo)
    , m_style(style)
    , m_devanagariScale(devanagariScale(style))
{
    m_sink.open(QIODevice::WriteOnly);
    auto writer = std::make_unique<QPdfWriter>(&m_sink);
    writer->setResolution(kDpi);
    m_device = std::move(writer);
    // The checkpoint's QR code as squares, not pixels: crisp on paper and on screen.
    drawQrAsVector(*m_document);
    layout();
}

MemoPages::~MemoPages() = default;

void MemoPages::layout()
{
    m_device->setPageSize(m_style.pageSize);
    m_device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const auto px = [&](double mm) { return mm / 25.4 * kDpi; };
    const QSizeF sheet = m_style.pageSize.size(QPageSize::Millimeter);
    m_page = QRectF(0, 0, px(sheet.width()), px(sheet.height()));
    const QMarginsF& m = m_style.marginsMm;
    m_body = QRectF(px(m.left()), px(m.top()), m_page.width() - px(m.left() + m.right()),
                    m_page.height() - px(m.top() + m.bottom()));
    m_document->documentLayout()->setPaintDevice(m_device.get());
    m_document->setPageSize(m_body.size());
    // Each pass fixes the first bad break left in the document, so a fix
    // never rests on a layout that a fix before it changed.
    m_scanFrom = 0;
    for (int pass = 0; pass < 200 && paginationPass(); ++pass) {
    }
}

int MemoPages::pageCount() const
{
    return m_document->pageCount();
}

int MemoPages::pageAt(double y) const
{
    return int(std::floor(y / m_body.height()));
}

// Where the content that must share a page with the block before `next`
// ends: the first line of a paragraph, the header and first row of a table
// (the whole table when it is to be kept together and fits on a page).
double MemoPages::contentBottomAfter(const QTextBlock& next) const
{
    QAbstractTextDocumentLayout* layout = m_document->documentLayout();
    QTextCursor cursor(next);
    if (QTextTable* table = cursor.currentTable()) {
        // A short table, and the signatures, are kept on one page; a longer
        // one may run on, its header row repeated, once two rows are in place.
        const QRectF whole = layout->frameBoundingRect(table);
        const bool keep =
            table->format().boolProperty(kKeepTogether) || whole.height() < m_body.height() / 4;
        if (keep && whole.height() < m_body.height())
            return whole.bottom();
        const int row = std::min(2, table->rows() - 1);
        double bottom = 0;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextBlock last = table->cellAt(row, c).lastCursorPosition().block();
            bottom = std::max(bottom, layout->blockBoundingRect(last).bottom());
        }
        return bottom;
    }
    const QRectF rect = layout->blockBoundingRect(next);
    const QTextLayout* text = next.layout();
    if (text && text->lineCount() > 0) {
        const QTextLine first = text->lineAt(0);
        return rect.top() + first.y() + first.height();
    }
    return rect.bottom();
}

bool MemoPages::paginationPass()
{
    QTextBlock keep;
    QTextTable* table = nullptr;
    int row = 0;
    const int keepAt = findHeadingLeftBehind(&keep);
    const int rowAt = findRowCut(&table, &row);
    if (keepAt == std::numeric_limits<int>::max() && rowAt == std::numeric_limits<int>::max())
        return false;
    if (keepAt <= rowAt) {
        QTextBlockFormat f;
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(keep).mergeBlockFormat(f);
        m_scanFrom = keep.position();
    } else {
        m_scanFrom = rowAt;
        if (row == table->format().headerRowCount())
            m_scanFrom = breakBeforeTable(table); // nothing of it would be left on this page
        else
            splitTableBefore(table, row);
    }
    // The layout follows lazily, up to where the next pass looks.
    return true;
}

// The first heading or caption (from m_scanFrom) left at the foot of a page
// while what it introduces starts the next one. `start` is the first block of
// the run of kept blocks to move (heading and caption move together).
int MemoPages::findHeadingLeftBehind(QTextBlock* start) const
{
    QAbstractTextDocumentLayout* layout = m_document->documentLayout();
    for (QTextBlock b = m_document->findBlock(m_scanFrom); b.isValid(); b = b.next()) {
        if (!b.blockFormat().boolProperty(kKeepWithNext) || !b.next().isValid())
            continue;
        const double top = layout->blockBoundingRect(b).top();
        if (pageAt(top + 1) == pageAt(contentBottomAfter(b.next()) - 1))
            continue;
        QTextBlock first = b;
        for (QTextBlock p = b.previous();
             p.isValid() && p.blockFormat().boolProperty(kKeepWithNext) &&
             pageAt(layout->blockBoundingRect(p).top() + 1) == pageAt(top + 1);
             p = p.previous())
            first = p;
        if (first.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue; // already at the top of a page: nothing better to do
        *start = first;
        return first.position();
    }
    return std::numeric_limits<int>::max();
}

// The first short table row (from m_scanFrom) that a page break would cut in
// two. Taller rows (over a third of a page) run on, as word processors let them.
int MemoPages::findRowCut(QTextTable** table, int* row) const
{
    QAbstractTextDocumentLayout* layout = m_document->documentLayout();
    for (QTextFrame* frame : m_document->rootFrame()->childFrames()) {
        auto* t = qobject_cast<QTextTable*>(frame);
        if (!t || t->lastPosition() < m_scanFrom)
            continue;
        const QRectF whole = layout->frameBoundingRect(t);
        if (pageAt(whole.top() + 1) == pageAt(whole.bottom() - 1))
            continue;
        for (int r = t->format().headerRowCount(); r < t->rows(); ++r) {
            double top = std::numeric_limits<double>::max();
            double bottom = 0;
            for (int c = 0; c < t->columns(); ++c) {
                const QTextTableCell cell = t->cellAt(r, c);
                top = std::min(top,
                               layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                bottom = std::max(
                    bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            if (pageAt(top + 1) == pageAt(bottom - 1) || bottom - top > m_body.height() / 3)
                continue;
            *table = t;
            *row = r;
            return t->cellAt(r, 0).firstPosition();
        }
    }
    return std::numeric_limits<int>::max();
}

// The table moves to the next page, with its caption when it has one.
// Returns where the moved content starts.
int MemoPages::breakBeforeTable(QTextTable* table)
{
    QTextBlock before = m_document->findBlock(table->firstPosition() - 1);
    if (before.isValid() && before.blockFormat().boolProperty(kKeepWithNext)) {
        while (before.previous().isValid() &&
               before.previous().blockFormat().boolProperty(kKeepWithNext))
            before = before.previous();
        QTextBlockFormat f;
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(before).mergeBlockFormat(f);
        return before.position();
    }
    QTextTableFormat f = table->format();
    f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(f);
    return table->firstPosition();
}

// A table row cut by a page break reads as two rows: the table is split
// before it, and the second part, on the next page, repeats the header row.
void MemoPages::splitTableBefore(QTextTable* table, int row)
{
    const QTextTableFormat format = table->format();
    const int header = format.headerRowCount();
    const int rows = table->rows();
    const int columns = table->columns();
    struct Cell
    {
        QTextDocumentFragment content;
        QTextCharFormat format;
        QTextBlockFormat firstBlock;
    };
    std::vector<Cell> cells;
    const auto take = [&](int r) {
        for (int c = 0; c < columns; ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            QTextCursor cursor = cell.firstCursorPosition();
            cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            cells.push_back({QTextDocumentFragment(cursor), cell.format(),
                             cell.firstCursorPosition().blockFormat()});
        }
    };
    for (int r = 0; r < header; ++r)
        take(r);
    for (int r = row; r < rows; ++r)
        take(r);

    QTextTableFormat second = format;
    second.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor after(m_document.get());
    after.setPosition(table->lastPosition() + 1); // the block after the table
    // One edit for the layout: it would otherwise lay the document out again
    // after every cell.
    after.beginEditBlock();
    QTextTable* rest = after.insertTable(header + rows - row, columns, second);
    for (int i = 0; i < header + rows - row; ++i) {
        for (int c = 0; c < columns; ++c) {
            const Cell& from = cells[std::size_t(i * columns + c)];
            QTextTableCell cell = rest->cellAt(i, c);
            cell.setFormat(from.format);
            QTextCursor cursor = cell.firstCursorPosition();
            cursor.setBlockFormat(from.firstBlock);
            cursor.insertFragment(from.content);
        }
    }
    table->removeRows(row, rows - row);
    after.endEditBlock();
}

void MemoPages::paintPage(QPainter& painter, int page) const
{
    const auto px = [&](double mm) { return mm / 25.4 * kDpi; };
    painter.save();
    painter.translate(m_body.left(), m_body.top() - page * m_body.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page * m_body.height(), m_body.width(), m_body.height());
    context.palette.setColor(QPalette::Text, Qt::black);
    painter.setClipRect(context.clip);
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();

    // Running header, from the second page (the first has the title block):
    // file number left, the document's title right, a rule.
    const QColor ink(0x33, 0x33, 0x33);
    const QFont small = m_style.font(m_style.runningPt);
    const double headerY = px(m_style.headerOffsetMm);
    const QRectF headerBox(m_body.left(), headerY - px(5), m_body.width(), px(5));
    if (page > 0)
        drawRunningText(painter, headerBox, Qt::AlignLeft, m_memo.runningHeader, small, ink);
    if (m_memo.draft)
        drawRunningText(painter, headerBox, Qt::AlignHCenter, m_memo.draftMark,
                        m_style.font(m_style.runningPt, true), QColor(0x8b, 0, 0));
    if (page > 0) {
        drawRunningText(painter, headerBox, Qt::AlignRight, m_memo.documentTitle, small, ink);
        painter.save();
        painter.setPen(QPen(QColor(0x66, 0x66, 0x66), px(0.2)));
        painter.drawLine(QPointF(m_body.left(), headerY + px(1.2)),
                         QPointF(m_body.right(), headerY + px(1.2)));
        painter.restore();
    }

    // Footer: the fingerprint's first group left, "Page n of N" centred.
    const double footerY = m_page.height() - px(m_style.footerOffsetMm);
    const QRectF footerBox(m_body.left(), footerY - px(5), m_body.width(), px(5));
    drawRunningText(painter, footerBox, Qt::AlignHCenter,
                    m_memo.pageLabel.arg(page + 1).arg(pageCount()), small, ink);
    // Unshaped, like the fingerprint line: "ff" must not become a ligature.
    QFont digits = small;
    digits.setStyleStrategy(QFont::StyleStrategy(digits.styleStrategy() | QFont::PreferNoShaping));
    drawRunningText(painter, footerBox, Qt::AlignLeft, m_memo.fingerprintShort, digits, ink);
}

// One line of running text, its descent on the box's foot. It is laid out
// on the layout device, like the body, so it has the same size on any
// device the page is painted on.
void MemoPages::drawRunningText(QPainter& painter, const QRectF& box, Qt::Alignment alignment,
                                const QString& text, const QFont& font, const QColor& colour) const
{
    QTextLayout layout(text, font, m_device.get());
    QList<QTextLayout::FormatRange> larger;
    for (const auto& [start, length] : devanagariRuns(text)) {
        QTextLayout::FormatRange range;
        range.start = int(start);
        range.length = int(length);
        range.format.setFont(devanagariFont(font, m_devanagariScale));
        larger << range;
    }
    layout.setFormats(larger);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(box.width());
    layout.endLayout();
    double x = box.left();
    if (alignment & Qt::AlignRight)
        x = box.right() - line.naturalTextWidth();
    else if (alignment & Qt::AlignHCenter)
        x = box.left() + (box.width() - line.naturalTextWidth()) / 2;
    painter.save();
    painter.setPen(colour);
    layout.draw(&painter, QPointF(x, box.bottom() - line.height()));
    painter.restore();
}

bool MemoPages::paint(QPaintDevice* device, const std::function<bool()>& newPage) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.scale(device->logicalDpiX() / double(kDpi), device->logicalDpiY() / double(kDpi));
    const int pages = pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !newPage())
            return false;
        paintPage(painter, i);
    }
    return painter.end();
}

bool MemoPages::print(QPagedPaintDevice* device) const
{
    device->setPageSize(m_style.pageSize);
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    return paint(device, [device] { return device->newPage(); });
}

} // namespace tulana
