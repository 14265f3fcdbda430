#include "TextClusters.h"

#include <QString>

#include <algorithm>

namespace tulana {
namespace {

// Devanagari to Sinhala: the scripts whose syllables Qt shapes into
// reordered glyphs with marks.
bool isIndic(QChar c)
{
    return c.unicode() >= 0x0900 && c.unicode() <= 0x0DFF;
}

bool isSpace(QStringView cluster)
{
    return cluster.isEmpty() || cluster.front().isSpace();
}

} // namespace

std::optional<ClusterMap> mapClusters(QStringView text, std::span<const unsigned short> glyphOfChar,
                                      const std::vector<bool>& printed)
{
    if (text.isEmpty() || glyphOfChar.size() != std::size_t(text.size()))
        return std::nullopt;
    const int glyphCount = int(printed.size());
    ClusterMap map;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = pos + 1;
        while (end < text.size() && glyphOfChar[std::size_t(end)] == glyphOfChar[std::size_t(pos)])
            ++end;
        const int firstGlyph = glyphOfChar[std::size_t(pos)];
        const int endGlyph = end == text.size() ? glyphCount : int(glyphOfChar[std::size_t(end)]);
        if (firstGlyph > endGlyph || endGlyph > glyphCount)
            return std::nullopt;
        const int drawn =
            int(std::count(printed.begin() + firstGlyph, printed.begin() + endGlyph, true));
        const QByteArray bytes = text.mid(pos, end - pos).toUtf8();
        map.utf8 += bytes;
        // Characters with no drawn glyph (a zero-width joiner) belong to the
        // cluster before them: a PDF cluster may not be empty of both.
        if (drawn == 0 && !map.clusters.empty())
            map.clusters.back().bytes += int(bytes.size());
        else
            map.clusters.push_back({int(bytes.size()), drawn});
        pos = end;
    }
    int total = 0;
    for (const GlyphCluster& c : map.clusters)
        total += c.glyphs;
    if (total != int(std::count(printed.begin(), printed.end(), true)))
        return std::nullopt;
    return map;
}

ClusterMap joinIndicWords(const ClusterMap& map)
{
    ClusterMap joined;
    joined.utf8 = map.utf8;
    bool inIndicWord = false;
    qsizetype offset = 0;
    for (const GlyphCluster& c : map.clusters) {
        const QString text = QString::fromUtf8(map.utf8.mid(offset, c.bytes));
        offset += c.bytes;
        const bool space = isSpace(text);
        const bool indic = std::any_of(text.begin(), text.end(), isIndic);
        // Punctuation after an Indic word (a danda, a closing bracket, a
        // comma) joins it too, so the word ends where its last glyph does.
        if (!space && inIndicWord) {
            joined.clusters.back().bytes += c.bytes;
            joined.clusters.back().glyphs += c.glyphs;
            continue;
        }
        joined.clusters.push_back(c);
        inIndicWord = !space && indic;
    }
    return joined;
}

} // namespace tulana
