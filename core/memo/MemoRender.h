#pragma once

#include "memo/MemoDocument.h"

#include <QString>

#include <vector>

namespace tulana {

// A QR code as its modules, row by row from the top left, true where dark,
// without the quiet zone. The core only draws one: app/memo/QrCode.h encodes
// it (libqrencode), so the core needs no QR library.
struct QrModules
{
    int width = 0; // modules a side
    std::vector<bool> dark;
    bool at(int x, int y) const
    {
        return dark[std::size_t(y) * std::size_t(width) + std::size_t(x)];
    }
    bool isEmpty() const { return width == 0; }

    // Each row's runs of dark modules, left to right: drawn as one rectangle
    // each, so abutting modules show no seams.
    struct Run
    {
        int x = 0;
        int y = 0;
        int length = 0;
    };
    std::vector<Run> darkRuns() const
    {
        std::vector<Run> runs;
        for (int y = 0; y < width; ++y)
            for (int x = 0; x < width;) {
                if (!at(x, y)) {
                    ++x;
                    continue;
                }
                int end = x;
                while (end < width && at(end, y))
                    ++end;
                runs.push_back({x, y, end - x});
                x = end;
            }
        return runs;
    }
};

// The QR code as an SVG drawing `sizeMm` wide, its quiet zone of four
// modules included: one path of whole-module squares, with crisp edges, so
// it stays sharp at any zoom and in print.
QString qrToSvg(const QrModules& qr, double sizeMm);

// A standalone HTML page (UTF-8, print CSS for A4, charts as inline SVG) that
// reads like the printed memo; the fingerprint is in its text and in a
// <meta name="tulana-fingerprint"> element. `checkpointQr`, the QR code of
// memo.checkpointPayload(), is drawn beside the checkpoint line (inline SVG);
// without it the checkpoint is in the text only.
QString memoToHtml(const MemoDocument& memo, const QrModules& checkpointQr = {});

// Markdown (CommonMark with pipe tables); charts become tables of bars.
QString memoToMarkdown(const MemoDocument& memo);

// The colour of a chart bar for a bid's nature ("open-source", "proprietary",
// "mixed"), as #rrggbb: one palette for every renderer.
QString chartColour(const QString& category);

// Where the parts of a chart go, in units of a drawing 600 wide, so that the
// SVG of the HTML memo and the image of the printed memo are the same chart.
struct ChartLayout
{
    double width = 600;
    double labelWidth = 60; // bid labels, right-aligned before the axis
    double plotWidth = 460; // the bars; the rest of the width is for the values
    double barHeight = 18;
    double gap = 8;
    double top = 8;
    double barsBottom = 0;     // below the last bar
    double referenceTextY = 0; // baseline of the reference line's label
    double legendY = 0;        // top of the legend's row
    double legendStep = 140;   // from one legend entry to the next
    double height = 0;
    double maximum = 100;

    double x(double value) const; // where a value ends on the plot
    double barTop(std::size_t bar) const { return top + double(bar) * (barHeight + gap); }
};
ChartLayout chartLayout(const MemoChart& chart);

// An SVG drawing of the chart, the same in HTML and wherever SVG is read.
QString chartToSvg(const MemoChart& chart);

} // namespace tulana
