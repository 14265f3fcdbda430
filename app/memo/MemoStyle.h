#pragma once

#include <QFont>
#include <QMarginsF>
#include <QPageSize>
#include <QTextFormat>

namespace tulana {

// How a printed memo looks: one place for the fonts, sizes and page
// geometry of an office note on A4.
struct MemoStyle
{
    QPageSize pageSize{QPageSize::A4};
    QMarginsF marginsMm{25, 24, 20, 22}; // left (binding), top, right, bottom
    double headerOffsetMm = 12;          // baseline of the running header, from the top edge
    double footerOffsetMm = 12;          // baseline of the footer, from the bottom edge

    double bodyPt = 11;
    double tablePt = 9;
    double notePt = 9;
    double headingPt = 11.5;
    double organisationPt = 14;
    double runningPt = 8.5;

    // A serif face with Devanagari coverage where installed (Noto, Debian's
    // fonts-noto-core), then common fallbacks.
    QFont font(double pointSize, bool bold = false, bool italic = false) const;
};

// Block property: this block (a heading, a table caption) must stay on the
// same page as what follows it.
inline constexpr int kKeepWithNext = QTextFormat::UserProperty + 1;
// Frame property: a short table kept on one page when it fits on one.
inline constexpr int kKeepTogether = QTextFormat::UserProperty + 2;

} // namespace tulana
