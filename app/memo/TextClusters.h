#pragma once

#include <QByteArray>
#include <QStringView>

#include <optional>
#include <span>
#include <vector>

namespace tulana {

// Which characters a run of shaped glyphs stands for, as a PDF text layer
// needs it: the text in UTF-8 and, in order, clusters of "these bytes are
// drawn by these glyphs". A conjunct such as र्य is one cluster of three
// characters drawn by glyphs in another order; a ligature ("fi") is one
// glyph for two characters.
struct GlyphCluster
{
    int bytes = 0;
    int glyphs = 0;
};

struct ClusterMap
{
    QByteArray utf8;
    std::vector<GlyphCluster> clusters;
};

// The clusters of a shaped run. `glyphOfChar[i]` is the first glyph of
// character i (Qt's log clusters, counted from the run's first glyph);
// `printed[g]` says whether glyph g is drawn (Qt shapes some it does not
// print). Returns nothing when the map is inconsistent, so the caller falls
// back to glyphs without text rather than a wrong text layer.
std::optional<ClusterMap> mapClusters(QStringView text, std::span<const unsigned short> glyphOfChar,
                                      const std::vector<bool>& printed);

// The clusters of each word of an Indic script joined into one. Text
// extractors (pdftotext, e-Office's indexer) place a cluster by its glyphs'
// extent; a cluster that ends in a mark (the vowel sign of के) has no width,
// and the gap it leaves is read as a space inside the word. One cluster per
// word keeps the word whole. Latin text keeps its clusters.
ClusterMap joinIndicWords(const ClusterMap& map);

} // namespace tulana
