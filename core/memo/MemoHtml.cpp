#include "MemoRender.h"

#include <QStringList>

#include <algorithm>

namespace tulana {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString alignClass(MemoAlign a)
{
    switch (a) {
    case MemoAlign::Right:
        return QStringLiteral(" class=\"num\"");
    case MemoAlign::Centre:
        return QStringLiteral(" class=\"centre\"");
    case MemoAlign::Left:
        break;
    }
    return {};
}

const char* const kStyle = R"(
@page { size: A4; margin: 22mm 20mm 22mm 25mm; }
body { font-family: "Noto Serif", "DejaVu Serif", "Liberation Serif", "Times New Roman", serif;
       font-size: 11pt; line-height: 1.45; color: #000; max-width: 165mm; margin: 2em auto; }
.head { text-align: center; margin-bottom: 1.2em; }
.org { font-weight: bold; font-size: 13pt; }
.address { font-size: 10pt; }
.fileline { display: flex; justify-content: space-between; margin: 1em 0; }
.doctitle { text-align: center; font-weight: bold; letter-spacing: 0.15em; text-decoration: underline; }
.subject { margin: 1em 0 0.3em 0; }
.draft { text-align: center; color: #8b0000; font-weight: bold; letter-spacing: 0.2em; }
h2 { font-size: 11.5pt; margin: 1.4em 0 0.5em 0; page-break-after: avoid; break-after: avoid; }
p { margin: 0.45em 0; text-align: justify; }
p.num { padding-left: 2.6em; text-indent: -2.6em; }
p.item { margin-left: 2.6em; }
p.quote { margin-left: 2.6em; margin-right: 2em; font-style: italic; }
p.note { font-size: 9.5pt; }
p.strong { font-weight: bold; }
p.command { text-align: left; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0; font-size: 9.5pt; page-break-inside: auto; }
caption { text-align: left; font-weight: bold; margin-bottom: 0.3em; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
th, td { border: 0.5pt solid #444; padding: 3pt 4pt; vertical-align: top; }
th { background: #e8e8e8; text-align: left; }
td.num, th.num { text-align: right; }
td.centre, th.centre { text-align: center; }
tr.em td { font-weight: bold; }
.tnote { font-size: 9pt; margin-top: -0.3em; }
.signoff { display: flex; justify-content: space-between; margin-top: 2.5em; page-break-inside: avoid; }
.signoff div { width: 31%; }
.sigline { border-top: 0.5pt solid #000; margin-top: 3.5em; padding-top: 0.2em; }
.fingerprint { font-size: 9pt; margin-top: 2em; border-top: 0.5pt solid #888; padding-top: 0.5em; }
.checkpoint { display: flex; align-items: center; gap: 1em; font-size: 9pt; page-break-inside: avoid; }
.annex { page-break-before: always; break-before: page; }
figure { margin: 0.8em 0; page-break-inside: avoid; }
figcaption { font-weight: bold; font-size: 9.5pt; }
)";

void paragraph(QStringList& out, const MemoParagraph& p)
{
    QString cls;
    switch (p.style) {
    case MemoParagraph::Style::Quote:
        cls = QStringLiteral("quote");
        break;
    case MemoParagraph::Style::Note:
        cls = QStringLiteral("note");
        break;
    case MemoParagraph::Style::Strong:
        cls = QStringLiteral("strong");
        break;
    case MemoParagraph::Style::Command:
        cls = QStringLiteral("command");
        break;
    case MemoParagraph::Style::Body:
        break;
    }
    if (!p.number.isEmpty())
        cls += cls.isEmpty() ? QStringLiteral("num") : QStringLiteral(" num");
    if (p.level > 0)
        cls += cls.isEmpty() ? QStringLiteral("item") : QStringLiteral(" item");
    const QString number =
        p.number.isEmpty() ? QString() : esc(p.number) + QStringLiteral("&emsp;");
    out << QStringLiteral("<p%1>%2%3</p>")
               .arg(cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls), number,
                    esc(p.text));
}

void htmlTable(QStringList& out, const MemoTable& t)
{
    out << QStringLiteral("<table>");
    if (!t.caption.isEmpty())
        out << QStringLiteral("<caption>%1</caption>").arg(esc(t.caption));
    if (!t.widths.empty()) {
        out << QStringLiteral("<colgroup>");
        for (int w : t.widths)
            out << QStringLiteral("<col style=\"width:%1%\">").arg(w);
        out << QStringLiteral("</colgroup>");
    }
    const auto align = [&](std::size_t c) -> QString {
        return c < t.align.size() ? alignClass(t.align[c]) : QString();
    };
    QString head = QStringLiteral("<thead><tr>");
    for (std::size_t c = 0; c < std::size_t(t.header.size()); ++c)
        head += QStringLiteral("<th%1>%2</th>").arg(align(c), esc(t.header[qsizetype(c)]));
    out << head + QStringLiteral("</tr></thead><tbody>");
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const bool em =
            std::find(t.emphasised.begin(), t.emphasised.end(), int(r)) != t.emphasised.end();
        QString row = em ? QStringLiteral("<tr class=\"em\">") : QStringLiteral("<tr>");
        for (std::size_t c = 0; c < std::size_t(t.rows[r].size()); ++c)
            row += QStringLiteral("<td%1>%2</td>").arg(align(c), esc(t.rows[r][qsizetype(c)]));
        out << row + QStringLiteral("</tr>");
    }
    out << QStringLiteral("</tbody></table>");
    if (!t.note.isEmpty())
        out << QStringLiteral("<p class=\"tnote\">%1</p>").arg(esc(t.note));
}

void htmlSections(QStringList& out, const std::vector<MemoSection>& list)
{
    for (const MemoSection& s : list) {
        out << QStringLiteral("<section>");
        out << QStringLiteral("<h2>%1.&emsp;%2</h2>").arg(esc(s.number), esc(s.heading));
        for (const MemoBlock& block : s.blocks) {
            if (const auto* p = std::get_if<MemoParagraph>(&block))
                paragraph(out, *p);
            else if (const auto* t = std::get_if<MemoTable>(&block))
                htmlTable(out, *t);
            else if (const auto* c = std::get_if<MemoChart>(&block))
                out << QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>")
                           .arg(chartToSvg(*c), esc(c->caption));
        }
        out << QStringLiteral("</section>");
    }
}

// The checkpoint beside its QR code; the code's text is its accessible name.
QString checkpoint(const MemoDocument& m, const QrModules& qr)
{
    const QString svg =
        qr.isEmpty()
            ? QString()
            : qrToSvg(qr, 32).replace(QStringLiteral("<svg "),
                                      QStringLiteral("<svg role=\"img\" aria-label=\"%1\" ")
                                          .arg(esc(m.checkpointPayload())));
    return QStringLiteral("<div class=\"checkpoint\">%1<p>%2</p></div>")
        .arg(svg, esc(m.checkpointLine));
}

} // namespace

QString qrToSvg(const QrModules& qr, double sizeMm)
{
    // A run of dark modules in a row is one rectangle: "M x y h n v 1 h -n z".
    const int quiet = 4;
    QString path;
    for (const QrModules::Run& run : qr.darkRuns())
        path += QStringLiteral("M%1 %2h%3v1h-%3z")
                    .arg(run.x + quiet)
                    .arg(run.y + quiet)
                    .arg(run.length);
    const int side = qr.width + 2 * quiet;
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1mm\" "
                          "height=\"%1mm\" viewBox=\"0 0 %2 %2\" shape-rendering=\"crispEdges\">"
                          "<rect width=\"%2\" height=\"%2\" fill=\"#fff\"/>"
                          "<path fill=\"#000\" d=\"%3\"/></svg>")
        .arg(QString::number(sizeMm), QString::number(side), path);
}

QString memoToHtml(const MemoDocument& m, const QrModules& checkpointQr)
{
    QStringList out;
    out << QStringLiteral("<!DOCTYPE html>")
        << QStringLiteral("<html lang=\"%1\"><head><meta charset=\"utf-8\">").arg(esc(m.language))
        << QStringLiteral("<title>%1 \u2014 %2</title>")
               .arg(esc(m.documentTitle), esc(m.runningHeader))
        << QStringLiteral("<meta name=\"generator\" content=\"Tulana %1\">")
               .arg(QStringLiteral(TULANA_VERSION))
        << QStringLiteral("<meta name=\"tulana-fingerprint\" content=\"sha256:%1\">")
               .arg(m.fingerprint);
    if (!m.madeWith.isEmpty())
        out << QStringLiteral("<meta name=\"tulana-memo\" content=\"%1\">").arg(esc(m.madeWith));
    out << QStringLiteral("<style>") + QString::fromUtf8(kStyle) + QStringLiteral("</style>")
        << QStringLiteral("</head><body>");
    if (m.draft)
        out << QStringLiteral("<p class=\"draft\">%1</p>").arg(esc(m.draftMark));
    out << QStringLiteral("<div class=\"head\"><div class=\"org\">%1</div>")
               .arg(esc(m.organisation));
    if (!m.address.isEmpty())
        out << QStringLiteral("<div class=\"address\">%1</div>").arg(esc(m.address));
    out << QStringLiteral("</div>")
        << QStringLiteral("<div class=\"fileline\"><span>%1</span><span>%2</span></div>")
               .arg(esc(m.fileLine), esc(m.dateLine))
        << QStringLiteral("<p class=\"doctitle\">%1</p>").arg(esc(m.documentTitle))
        << QStringLiteral("<p class=\"subject\"><b>%1</b> %2</p>")
               .arg(esc(m.subjectLabel), esc(m.subject))
        << QStringLiteral("<p>%1</p>").arg(esc(m.reference));
    htmlSections(out, m.sections);

    if (!m.signOffHeading.isEmpty())
        out << QStringLiteral("<p class=\"strong\">%1</p>").arg(esc(m.signOffHeading));
    out << QStringLiteral("<div class=\"signoff\">");
    for (const MemoSignatory& s : m.signOff)
        out << QStringLiteral("<div><div class=\"sigline\">%1</div><b>%2</b><br>%3</div>")
                   .arg(esc(s.role), esc(s.name), esc(s.designation));
    out << QStringLiteral("</div>")
        << QStringLiteral("<p class=\"fingerprint\">%1<br>%2</p>")
               .arg(esc(m.fingerprintLine), esc(m.generatedBy));
    if (!m.checkpoint.isEmpty())
        out << checkpoint(m, checkpointQr);

    if (!m.annex.empty()) {
        out << QStringLiteral(
                   "<div class=\"annex\"><h1 style=\"font-size:12pt;text-align:center\">%1</h1>")
                   .arg(esc(m.annexTitle));
        htmlSections(out, m.annex);
        out << QStringLiteral("</div>");
    }
    out << QStringLiteral("</body></html>");
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace tulana
