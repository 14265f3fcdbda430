#pragma once

#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace tulana {

// A plain document model of the decision memo: what it says and how it is
// structured, not how it looks. Renderers turn it into HTML, Markdown
// (core/memo/MemoRender.h) or a paginated QTextDocument for PDF, ODT and the
// print preview (app/memo).

enum class MemoAlign
{
    Left,
    Right,
    Centre
};

struct MemoParagraph
{
    enum class Style
    {
        Body,    // numbered or plain body text
        Quote,   // words quoted from the brief or Table 3
        Note,    // smaller print: sources, explanations
        Strong,  // a statement that must stand out (the recommendation)
        Command, // holds a command to type: set ragged, not stretched apart by justification
    };
    QString number; // "3.1" for a numbered paragraph of an office note; "(a)" for an item
    QString text;
    Style style = Style::Body;
    int level = 0; // 1: an item under the paragraph before it, indented further
};

struct MemoTable
{
    QString caption; // "Table 2: Result of the evaluation"
    QStringList header;
    std::vector<MemoAlign> align; // one per column
    std::vector<int> widths;      // relative column widths (percent), one per column
    std::vector<QStringList> rows;
    std::vector<int> emphasised; // rows shown in bold (the winner, the selected bid)
    QString note;                // printed under the table
};

// A horizontal bar chart: one bar per bid.
struct MemoChart
{
    struct Bar
    {
        QString label; // "B2"
        double value = 0;
        QString category; // "open-source", "proprietary", "mixed": the bar's colour
    };
    QString caption;
    QString unit;         // "points"
    double maximum = 100; // the scale's end
    std::vector<Bar> bars;
    bool hasReference = false; // a vertical line, e.g. the minimum technical score
    double reference = 0;
    QString referenceLabel;
    int decimals = 2;
    struct LegendEntry
    {
        QString category;
        QString label; // "Open source"
    };
    std::vector<LegendEntry> legend;
};

using MemoBlock = std::variant<MemoParagraph, MemoTable, MemoChart>;

struct MemoSection
{
    QString number; // "3"
    QString heading;
    std::vector<MemoBlock> blocks;
};

struct MemoSignatory
{
    QString role; // "Prepared by"
    QString name;
    QString designation;
};

struct MemoDocument
{
    // Title block, as an office note is headed.
    QString organisation; // printed first, centred
    QString address;
    QString fileNumber;
    QString date;          // as printed: "20 March 2026"
    QString isoDate;       // 2026-03-20
    QString documentTitle; // "OFFICE NOTE"
    QString subject;
    QString reference;  // "Tender DITeG/...: title", after the subject
    bool draft = false; // a decision not yet finalised: marked DRAFT on every page
    // The title block's words as printed, so renderers translate nothing.
    QString fileLine;     // "File No. ..."
    QString dateLine;     // "Dated: 20 March 2026"
    QString subjectLabel; // "Subject:"
    QString draftMark;    // "DRAFT — NOT FINALISED"

    std::vector<MemoSection> sections;
    QString signOffHeading;
    std::vector<MemoSignatory> signOff;

    QString annexTitle; // "Annex: score derivations and charts"
    std::vector<MemoSection> annex;

    // SHA-256 of the evaluation inputs (core/memo/Fingerprint.h): 64 hex
    // digits, and the same in groups of eight for reading aloud.
    QString fingerprint;
    QString fingerprintGrouped;
    QString fingerprintLine;  // "Fingerprint of the evaluation data (SHA-256: ...)"
    QString fingerprintShort; // "Evaluation fingerprint 0123abcd…", for page footers
    QString generatedBy;      // "Prepared with Tulana 0.1.0 from FILE"
    QString runningHeader;    // "File No. ... · Office note"; left of the page header
    QString pageLabel;        // "Page %1 of %2"
    QString language = QStringLiteral("en"); // "en" or "hi", as the texts above are written
    // What the memo was made with that the tender does not say (language,
    // date, source file, version: memo/MemoMadeWith.h), as one word that
    // renderers store out of the reader's way (PDF keywords, ODT meta.xml,
    // HTML <meta>, a Markdown comment); empty for an evaluation sheet.
    QString madeWith;

    // The recorded process's checkpoint (process/LogChain.h): "SIZE:HEX", the
    // log's number of entries and its head when the memo was made; empty when
    // the tender does not record its process. Renderers print checkpointLine
    // beside the fingerprint and draw checkpointPayload() as a QR code (text
    // only in Markdown).
    QString checkpoint;
    QString checkpointLine; // "Checkpoint of the evaluation's log: SIZE:HEX"
    QString checkpointPayload() const
    {
        return checkpoint.isEmpty() ? QString() : QStringLiteral("tulana-checkpoint:") + checkpoint;
    }
};

} // namespace tulana
