#pragma once

#include "diagnostics/Problem.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tulana {

// The ids the rows of marks are filed under, each kept once: a large tender
// repeats its 50 criterion ids half a million times.
class CriterionIds
{
public:
    // The number of `id`, added if new. Bids list their rows in the same
    // order, so the id after the last one is tried before the hash table.
    std::uint32_t number(std::string_view id);
    const std::string& operator[](std::uint32_t n) const { return m_ids[n]; }
    std::size_t size() const { return m_ids.size(); }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const
        {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::vector<std::string> m_ids;
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> m_numbers;
    std::uint32_t m_next = 0;
};

// The marks of one bid as they stood in the file, before they are matched to
// the tender's criteria: row i is the array under the key numbered
// rows[i].criterion (TenderDocumentJson::criterionIds).
struct FileMarks
{
    struct Row
    {
        std::uint32_t criterion = 0;
        std::uint32_t first = 0; // into values (a file holds less than 2^32 of anything)
        std::uint32_t count = 0;
        bool isArray = true;
    };
    struct BadMark // an element that is neither a number nor null
    {
        std::size_t row = 0;
        std::size_t index = 0; // position in the row
        QString found;         // "the text \"high\""
    };
    struct NotAList // a row that is not a list
    {
        std::size_t row = 0;
        QString found; // what stood instead
    };
    bool present = false; // the bid has a "marks" object
    std::vector<Row> rows;
    std::vector<double> values; // NaN for null
    std::vector<BadMark> badMarks;
    std::vector<NotAList> notLists; // in the order of their rows
};

struct TenderDocumentJson
{
    nlohmann::json document;      // everything but the bids' marks
    std::vector<FileMarks> marks; // one per element of "bids"
    CriterionIds criterionIds;    // the keys of every bid's marks
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
