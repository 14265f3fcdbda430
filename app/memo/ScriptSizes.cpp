#include "ScriptSizes.h"

#include <QFontDatabase>
#include <QRawFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace tulana {
namespace {

bool isDevanagari(char16_t c)
{
    return (c >= 0x0900 && c <= 0x097F) || (c >= 0xA8E0 && c <= 0xA8FF) ||
           (c >= 0x1CD0 && c <= 0x1CFF);
}

// Devanagari is always shaped, even where the Latin text around it is not
// (the fingerprint, whose "ff" must not become a ligature): unshaped, Qt
// draws it from a face without Devanagari and the PDF loses its text.
constexpr QFont::StyleStrategy kShaped = QFont::PreferDefault;

bool isJoiner(char16_t c)
{
    return c == 0x200C || c == 0x200D;
}

// The families of a font with those that have Devanagari first: Qt would
// otherwise try the Latin face for Devanagari first, and warn that it
// cannot shape it, before falling back.
QStringList devanagariFirst(const QStringList& families)
{
    QStringList with;
    QStringList without;
    for (const QString& family : families)
        (QFontDatabase::writingSystems(family).contains(QFontDatabase::Devanagari) ? with : without)
            << family;
    return with + without;
}

// The height of क's headline, in the face that draws Devanagari for `font`.
double headlineHeight(const QFont& font)
{
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::Devanagari);
    const QList<quint32> glyphs = raw.glyphIndexesForString(QStringLiteral("\u0915"));
    if (!raw.isValid() || glyphs.isEmpty() || glyphs.front() == 0)
        return 0;
    return -raw.boundingRect(glyphs.front()).top();
}

} // namespace

QFont devanagariFont(const QFont& around, double scale)
{
    QFont font = around; // the whole font: its list of families too
    font.setPointSizeF(around.pointSizeF() * scale);
    font.setStyleStrategy(kShaped);
    font.setFamilies(devanagariFirst(around.families()));
    return font;
}

double devanagariScale(const MemoStyle& style)
{
    QFont font = style.font(style.bodyPt);
    font.setPixelSize(1000); // font units, near enough
    const double capHeight = QRawFont::fromFont(font, QFontDatabase::Latin).capHeight();
    const double headline = headlineHeight(font);
    if (capHeight <= 0 || headline <= 0)
        return 1.0; // no Devanagari face installed: nothing to match
    // Within what still reads as the same type size.
    return std::clamp(capHeight / headline, 1.0, 1.3);
}

std::vector<std::pair<qsizetype, qsizetype>> devanagariRuns(QStringView text)
{
    std::vector<std::pair<qsizetype, qsizetype>> runs;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isDevanagari(text[i].unicode())) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && (isDevanagari(text[i].unicode()) || isJoiner(text[i].unicode())))
            ++i;
        runs.emplace_back(start, i - start);
    }
    return runs;
}

void enlargeDevanagari(QTextDocument& document, double scale)
{
    if (scale == 1.0)
        return;
    struct Run
    {
        int position = 0;
        int length = 0;
        double pointSize = 0;
        QStringList families;
    };
    // Found first, changed after: a format change splits the fragments
    // being walked.
    std::vector<Run> runs;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QFont font = fragment.charFormat().font();
            const double size = font.pointSizeF();
            if (size <= 0)
                continue;
            const QString text = fragment.text();
            for (const auto& [start, length] : devanagariRuns(text))
                runs.push_back({fragment.position() + int(start), int(length), size,
                                devanagariFirst(font.families())});
        }
    }
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (const Run& run : runs) {
        cursor.setPosition(run.position);
        cursor.setPosition(run.position + run.length, QTextCursor::KeepAnchor);
        QTextCharFormat larger;
        larger.setFontPointSize(run.pointSize * scale);
        larger.setFontStyleStrategy(kShaped);
        larger.setFontFamilies(run.families);
        cursor.mergeCharFormat(larger);
    }
    cursor.endEditBlock();
}

} // namespace tulana
