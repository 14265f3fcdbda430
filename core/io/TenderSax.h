#pragma once

#include "diagnostics/Problem.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tulana {

// The marks of one bid as they stood in the file, before they are matched to
// the tender's criteria: row i is the array under key rows[i].criterion.
struct FileMarks
{
    struct Row
    {
        std::string criterion;
        std::size_t first = 0; // into values
        std::size_t count = 0;
        bool isArray = true;
    };
    struct BadMark // an element that is neither a number nor null
    {
        std::size_t row = 0;
        std::size_t index = 0; // position in the row
        QString found;         // "the text \"high\""
    };
    bool present = false; // the bid has a "marks" object
    std::vector<Row> rows;
    std::vector<double> values; // NaN for null
    std::vector<BadMark> badMarks;
    std::vector<QString> rowNotArray; // description of what stood instead, per row (empty if array)
};

struct TenderDocumentJson
{
    nlohmann::json document;      // everything but the bids' marks
    std::vector<FileMarks> marks; // one per element of "bids"
};

// Parses a .tulana file: with simdjson (parseTenderJsonFast) and, when that
// is not sure, with the reference (parseTenderJsonReference), which also
// words every refusal. Syntax errors come back with line and column.
std::optional<TenderDocumentJson> parseTenderJson(const QByteArray& text, Problems& problems);

// The reference: nlohmann's SAX interface. A large tender has half a
// million rows of marks; kept out of the JSON DOM they cost a flat array of
// doubles instead of a tree node per number, which halves the load time and
// cuts its memory by more than half.
std::optional<TenderDocumentJson> parseTenderJsonReference(const QByteArray& text,
                                                           Problems& problems);

// The fast path (io/TenderSimdjson.cpp): simdjson's On-Demand parser, about
// ten times faster on a large tender. Gives the reference's document or
// nothing: nothing for any text the reference would refuse or might read
// differently, never a different document.
std::optional<TenderDocumentJson> parseTenderJsonFast(const QByteArray& text);

// The bytes simdjson reads past the end of the text (SIMDJSON_PADDING): text
// with this much spare capacity is parsed in place, other text is copied.
inline constexpr qint64 kTenderParserPadding = 64;

} // namespace tulana
