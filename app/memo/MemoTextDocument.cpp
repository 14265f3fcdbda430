#include "MemoTextDocument.h"

#include "QrCode.h"
#include "ScriptSizes.h"

#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace tulana {
namespace {

// QTextDocumentLayout scales some lengths from 96 dpi to its paint device
// (vertical block margins, tab positions, table padding and borders, images)
// and takes others as device pixels (left and right block margins, the first
// line's indent). pt() and mm() give the former; the Builder's hmm() the latter.
double pt(double points)
{
    return points * 96.0 / 72.0;
}
double mm(double millimetres)
{
    return millimetres * 96.0 / 25.4;
}

const QColor kRule(0x44, 0x44, 0x44);
// The checkpoint's QR code, quiet zone included: about 0.65 mm a module for
// the usual 41 modules, which a phone reads from a printed page.
constexpr double kQrSizeMm = 32;
const QColor kHeaderFill(0xe6, 0xe6, 0xe6);

class Builder
{
public:
    Builder(QTextDocument& doc, const MemoStyle& style, double dpi)
        : m_doc(doc)
        , m_cursor(&doc)
        , m_style(style)
        , m_dpi(dpi)
    {}

    void titleBlock(const MemoDocument& m);
    // `keepLastWithNext`: the last section stays on the page of what follows
    // it (the decision with the signatures).
    void sections(const std::vector<MemoSection>& sections, bool keepLastWithNext = false);
    void signOff(const MemoDocument& m);
    void fingerprint(const MemoDocument& m);
    void checkpoint(const MemoDocument& m);
    void annex(const MemoDocument& m);

private:
    // A horizontal block length in the device's pixels.
    double hmm(double millimetres) const { return millimetres / 25.4 * m_dpi; }
    QTextCharFormat chars(double size, bool bold = false, bool italic = false) const
    {
        QTextCharFormat f;
        f.setFont(m_style.font(size, bold, italic));
        return f;
    }
    QTextBlockFormat body() const
    {
        QTextBlockFormat f;
        f.setAlignment(Qt::AlignJustify);
        f.setBottomMargin(pt(5));
        f.setLineHeight(112, QTextBlockFormat::ProportionalHeight);
        return f;
    }
    // A new block, except for the document's own first one.
    void block(const QTextBlockFormat& format, const QTextCharFormat& charFormat)
    {
        if (m_first) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(charFormat);
        } else {
            m_cursor.insertBlock(format, charFormat);
        }
        m_first = false;
    }
    void text(const QString& text, const QTextCharFormat& format)
    {
        QString t = text;
        t.replace(QLatin1Char('\n'), QChar::LineSeparator);
        m_cursor.insertText(t, format);
    }
    void heading(const QString& number, const QString& title);
    void paragraph(const MemoParagraph& p);
    void table(const MemoTable& t);
    void chart(const MemoChart& c);
    QTextTable* plainTable(int rows, int columns, const std::vector<int>& widths);

    QTextDocument& m_doc;
    QTextCursor m_cursor;
    const MemoStyle& m_style;
    double m_dpi;
    bool m_first = true;
    int m_charts = 0;
};

void Builder::titleBlock(const MemoDocument& m)
{
    QTextBlockFormat centre;
    centre.setAlignment(Qt::AlignHCenter);
    // A draft is marked in the running header of every page (MemoPages,
    // and the ODT's page style), not again here.
    block(centre, chars(m_style.organisationPt, true));
    text(m.organisation, chars(m_style.organisationPt, true));
    if (!m.address.isEmpty()) {
        block(centre, chars(m_style.notePt + 1));
        text(m.address, chars(m_style.notePt + 1));
    }
    QTextBlockFormat rule;
    rule.setTopMargin(pt(2));
    rule.setBottomMargin(pt(4));
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                     QTextLength(QTextLength::PercentageLength, 100));
    block(rule, chars(4));

    QTextTable* line = plainTable(1, 2, {55, 45});
    QTextTableFormat lineFormat = line->format();
    lineFormat.setBottomMargin(pt(12)); // the block after a table gets no top margin
    line->setFormat(lineFormat);
    line->cellAt(0, 0).firstCursorPosition().insertText(m.fileLine, chars(m_style.bodyPt));
    QTextCursor right = line->cellAt(0, 1).firstCursorPosition();
    QTextBlockFormat alignRight;
    alignRight.setAlignment(Qt::AlignRight);
    right.setBlockFormat(alignRight);
    right.insertText(m.dateLine, chars(m_style.bodyPt));
    m_cursor.movePosition(QTextCursor::End);

    // No letter-spacing here or below: it splits the words of the PDF's text
    // layer ("A N N EX") for search, copy and screen readers.
    QTextCharFormat title = chars(m_style.headingPt + 0.5, true);
    title.setFontUnderline(true);
    QTextBlockFormat titleBlock = centre;
    titleBlock.setTopMargin(pt(16));
    titleBlock.setBottomMargin(pt(12));
    m_cursor.setBlockFormat(titleBlock);
    text(m.documentTitle, title);

    QTextBlockFormat subject = body();
    subject.setLeftMargin(hmm(18));
    subject.setTextIndent(-hmm(18));
    subject.setTabPositions({QTextOption::Tab(mm(18), QTextOption::LeftTab)});
    block(subject, chars(m_style.bodyPt, true));
    text(m.subjectLabel + QLatin1Char('\t'), chars(m_style.bodyPt, true));
    text(m.subject, chars(m_style.bodyPt, true));
    QTextBlockFormat ref = subject;
    ref.setBottomMargin(pt(8));
    block(ref, chars(m_style.bodyPt));
    text(QLatin1Char('\t') + m.reference, chars(m_style.bodyPt));
}

QTextTable* Builder::plainTable(int rows, int columns, const std::vector<int>& widths)
{
    QTextTableFormat f;
    f.setBorder(0);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    f.setCellPadding(0);
    f.setCellSpacing(0);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> lengths;
    for (int w : widths)
        lengths << QTextLength(QTextLength::PercentageLength, w);
    f.setColumnWidthConstraints(lengths);
    m_first = false;
    return m_cursor.insertTable(rows, columns, f);
}

void Builder::heading(const QString& number, const QString& title)
{
    QTextBlockFormat f;
    f.setTopMargin(pt(11));
    f.setBottomMargin(pt(5));
    f.setLeftMargin(hmm(10));
    f.setTextIndent(-hmm(10));
    f.setTabPositions({QTextOption::Tab(mm(10), QTextOption::LeftTab)});
    f.setProperty(kKeepWithNext, true);
    const QTextCharFormat c = chars(m_style.headingPt, true);
    block(f, c);
    text(number + QStringLiteral(".\t") + title, c);
}

void Builder::paragraph(const MemoParagraph& p)
{
    QTextBlockFormat f = body();
    QTextCharFormat c = chars(m_style.bodyPt);
    switch (p.style) {
    case MemoParagraph::Style::Quote:
        f.setLeftMargin(hmm(18));
        f.setRightMargin(hmm(10));
        c = chars(m_style.bodyPt, false, true);
        break;
    case MemoParagraph::Style::Note:
        c = chars(m_style.notePt);
        break;
    case MemoParagraph::Style::Strong:
        c = chars(m_style.bodyPt, true);
        break;
    case MemoParagraph::Style::Command:
        f.setAlignment(Qt::AlignLeft);
        break;
    case MemoParagraph::Style::Body:
        break;
    }
    if (p.style != MemoParagraph::Style::Quote) {
        // Numbers hang in the margin of the text: 10 mm, and 10 more for an item.
        const double left = p.level > 0 ? 20 : 10;
        f.setLeftMargin(hmm(left));
        if (!p.number.isEmpty()) {
            // Tab stops count from where the first line starts.
            f.setTextIndent(-hmm(10));
            f.setTabPositions({QTextOption::Tab(mm(10), QTextOption::LeftTab)});
        }
    }
    block(f, c);
    text(p.number.isEmpty() ? p.text : p.number + QLatin1Char('\t') + p.text, c);
}

void Builder::table(const MemoTable& t)
{
    if (!t.caption.isEmpty()) {
        QTextBlockFormat f;
        f.setTopMargin(pt(6));
        f.setBottomMargin(pt(3));
        f.setLeftMargin(hmm(10));
        f.setProperty(kKeepWithNext, true);
        block(f, chars(m_style.tablePt + 0.5, true));
        text(t.caption, chars(m_style.tablePt + 0.5, true));
    }
    QTextTableFormat f;
    f.setBorder(0.75);
    f.setBorderBrush(kRule);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBorderCollapse(true);
    f.setCellPadding(pt(2.5));
    f.setCellSpacing(0);
    f.setHeaderRowCount(1);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    f.setTopMargin(pt(2));
    f.setBottomMargin(pt(4));
    QList<QTextLength> widths;
    for (int w : t.widths)
        widths << QTextLength(QTextLength::PercentageLength, w);
    f.setColumnWidthConstraints(widths);
    const int columns = int(t.header.size());
    m_first = false;
    QTextTable* table = m_cursor.insertTable(int(t.rows.size()) + 1, columns, f);

    const auto fill = [&](int row, int column, const QString& content, bool bold, bool header) {
        QTextTableCell cell = table->cellAt(row, column);
        if (header) {
            QTextTableCellFormat cf = cell.format().toTableCellFormat();
            cf.setBackground(kHeaderFill);
            cf.setVerticalAlignment(QTextCharFormat::AlignBottom);
            cell.setFormat(cf);
        }
        QTextCursor cc = cell.firstCursorPosition();
        QTextBlockFormat bf;
        const MemoAlign a =
            std::size_t(column) < t.align.size() ? t.align[std::size_t(column)] : MemoAlign::Left;
        bf.setAlignment(a == MemoAlign::Right    ? Qt::AlignRight
                        : a == MemoAlign::Centre ? Qt::AlignHCenter
                                                 : Qt::AlignLeft);
        cc.setBlockFormat(bf);
        QString s = content;
        s.replace(QLatin1Char('\n'), QChar::LineSeparator);
        cc.insertText(s, chars(m_style.tablePt, bold));
    };
    for (int c = 0; c < columns; ++c)
        fill(0, c, t.header[c], true, true);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const bool em =
            std::find(t.emphasised.begin(), t.emphasised.end(), int(r)) != t.emphasised.end();
        for (int c = 0; c < columns && c < int(t.rows[r].size()); ++c)
            fill(int(r) + 1, c, t.rows[r][c], em, false);
    }
    m_cursor.movePosition(QTextCursor::End);
    if (!t.note.isEmpty()) {
        QTextBlockFormat nf;
        nf.setBottomMargin(pt(6));
        nf.setLeftMargin(hmm(10));
        nf.setAlignment(Qt::AlignJustify);
        m_cursor.setBlockFormat(nf);
        text(t.note, chars(m_style.notePt - 0.5, false, true));
    } else {
        // The block the table leaves behind it: keep it small.
        QTextBlockFormat nf;
        nf.setLineHeight(pt(3), QTextBlockFormat::FixedHeight);
        m_cursor.setBlockFormat(nf);
        m_cursor.setBlockCharFormat(chars(3));
    }
}

void Builder::chart(const MemoChart& c)
{
    const double widthMm = 150;
    const QImage image = renderChart(c, m_style, int(widthMm / 25.4 * 250));
    const QUrl name(QStringLiteral("tulana-chart-%1.png").arg(++m_charts));
    m_doc.addResource(QTextDocument::ImageResource, name, image);
    QTextBlockFormat f;
    f.setAlignment(Qt::AlignHCenter);
    f.setTopMargin(pt(6));
    f.setProperty(kKeepWithNext, true);
    block(f, chars(m_style.bodyPt));
    QTextImageFormat img;
    img.setName(name.toString());
    img.setWidth(mm(widthMm));
    img.setHeight(mm(widthMm) * image.height() / image.width());
    m_cursor.insertImage(img);
    QTextBlockFormat caption;
    caption.setAlignment(Qt::AlignHCenter);
    caption.setBottomMargin(pt(8));
    block(caption, chars(m_style.notePt, true));
    text(c.caption, chars(m_style.notePt, true));
}

void Builder::sections(const std::vector<MemoSection>& list, bool keepLastWithNext)
{
    for (const MemoSection& s : list) {
        heading(s.number, s.heading);
        const bool keep = keepLastWithNext && &s == &list.back();
        for (const MemoBlock& b : s.blocks) {
            if (const auto* p = std::get_if<MemoParagraph>(&b)) {
                paragraph(*p);
                if (keep) {
                    QTextBlockFormat f;
                    f.setProperty(kKeepWithNext, true);
                    m_cursor.mergeBlockFormat(f);
                }
            } else if (const auto* t = std::get_if<MemoTable>(&b))
                table(*t);
            else if (const auto* c = std::get_if<MemoChart>(&b))
                chart(*c);
        }
    }
}

void Builder::signOff(const MemoDocument& m)
{
    if (m.signOff.empty())
        return; // the evaluation sheet: not a decision, nobody signs it
    QTextBlockFormat f;
    f.setTopMargin(pt(14));
    f.setBottomMargin(pt(4));
    f.setLeftMargin(hmm(10));
    f.setProperty(kKeepWithNext, true);
    block(f, chars(m_style.bodyPt, true));
    text(m.signOffHeading, chars(m_style.bodyPt, true)); // may be empty: a spacer then

    const int n = int(m.signOff.size());
    std::vector<int> widths(std::size_t(n), 100 / std::max(1, n));
    QTextTable* t = plainTable(1, n, widths);
    QTextTableFormat tf = t->format();
    tf.setProperty(kKeepTogether, true);
    tf.setTopMargin(pt(30));    // room to sign above the line
    tf.setBottomMargin(pt(18)); // the block after a table gets no top margin
    t->setFormat(tf);
    for (int i = 0; i < n; ++i) {
        const MemoSignatory& s = m.signOff[std::size_t(i)];
        QTextCursor cc = t->cellAt(0, i).firstCursorPosition();
        QTextBlockFormat line;
        line.setRightMargin(hmm(6));
        line.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                         QTextLength(QTextLength::PercentageLength, 100));
        cc.setBlockFormat(line);
        QTextBlockFormat plain;
        plain.setRightMargin(hmm(6));
        cc.insertBlock(plain);
        cc.insertText(s.role, chars(m_style.notePt, false, true));
        cc.insertBlock(plain);
        cc.insertText(s.name, chars(m_style.bodyPt, true));
        cc.insertBlock(plain);
        cc.insertText(s.designation, chars(m_style.notePt));
    }
    m_cursor.movePosition(QTextCursor::End);
}

void Builder::fingerprint(const MemoDocument& m)
{
    QTextBlockFormat f;
    f.setTopMargin(pt(24));
    f.setBottomMargin(pt(2));
    m_cursor.setBlockFormat(f);
    // No shaping, so no ligatures: "ff" in the hex digits would otherwise
    // become one glyph, U+FB00 in the PDF's text, and the fingerprint could
    // not be found or compared in the text.
    QTextCharFormat digits = chars(m_style.notePt - 0.5);
    digits.setFontStyleStrategy(QFont::PreferNoShaping);
    text(m.fingerprintLine, digits);
    QTextBlockFormat g;
    block(g, chars(m_style.notePt - 0.5, false, true));
    text(m.generatedBy, chars(m_style.notePt - 0.5, false, true));
    if (m.checkpoint.isEmpty())
        return;
    // The fingerprint and the checkpoint go to the next page together.
    QTextBlockFormat keep;
    keep.setProperty(kKeepWithNext, true);
    m_cursor.mergeBlockFormat(keep);
    QTextCursor(m_cursor.block().previous()).mergeBlockFormat(keep);
}

// The checkpoint's text beside its QR code. The code goes in as an image, so
// that the ODT keeps it; MemoPages draws it as a vector (drawQrAsVector()).
void Builder::checkpoint(const MemoDocument& m)
{
    if (m.checkpoint.isEmpty())
        return;
    QTextTable* t = plainTable(1, 2, {72, 28});
    QTextTableFormat tf = t->format();
    tf.setProperty(kKeepTogether, true);
    tf.setTopMargin(pt(4));
    t->setFormat(tf);
    QTextTableCell left = t->cellAt(0, 0);
    QTextTableCellFormat middle = left.format().toTableCellFormat();
    middle.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    left.setFormat(middle);
    QTextCharFormat digits = chars(m_style.notePt - 0.5); // unshaped, as the fingerprint
    digits.setFontStyleStrategy(QFont::PreferNoShaping);
    left.firstCursorPosition().insertText(m.checkpointLine, digits);

    const QrModules qr = encodeQr(m.checkpointPayload());
    if (!qr.isEmpty()) {
        const QUrl name(QStringLiteral("tulana-checkpoint-qr.png"));
        // 12 pixels a module: sharp in the ODT at any zoom a reader uses.
        m_doc.addResource(QTextDocument::ImageResource, name, qrImage(qr, 12));
        QTextCursor right = t->cellAt(0, 1).firstCursorPosition();
        QTextBlockFormat alignRight;
        alignRight.setAlignment(Qt::AlignRight);
        right.setBlockFormat(alignRight);
        QTextImageFormat image;
        image.setName(name.toString());
        image.setWidth(mm(kQrSizeMm));
        image.setHeight(mm(kQrSizeMm));
        image.setProperty(kQrPayload, m.checkpointPayload());
        right.insertImage(image);
    }
    m_cursor.movePosition(QTextCursor::End);
}

void Builder::annex(const MemoDocument& m)
{
    if (m.annex.empty())
        return;
    QTextBlockFormat f;
    f.setAlignment(Qt::AlignHCenter);
    f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    f.setBottomMargin(pt(6));
    f.setProperty(kKeepWithNext, true);
    QTextCharFormat c = chars(m_style.headingPt + 0.5, true);
    block(f, c);
    text(m.annexTitle.toUpper(), c);
    sections(m.annex);
}

} // namespace

std::unique_ptr<QTextDocument> memoToTextDocument(const MemoDocument& memo, const MemoStyle& style,
                                                  double dpi)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(style.font(style.bodyPt));
    doc->setDocumentMargin(0);
    doc->setMetaInformation(QTextDocument::DocumentTitle,
                            memo.documentTitle + QStringLiteral(" \u2014 ") + memo.fileLine);
    Builder b(*doc, style, dpi);
    b.titleBlock(memo);
    b.sections(memo.sections, true);
    b.signOff(memo);
    b.fingerprint(memo);
    b.checkpoint(memo);
    b.annex(memo);
    enlargeDevanagari(*doc, devanagariScale(style));
    return doc;
}

} // namespace tulana
