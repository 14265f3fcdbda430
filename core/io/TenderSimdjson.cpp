// The fast path of parseTenderJson (io/TenderSax.h): the same
// TenderDocumentJson, read with simdjson's On-Demand API.
//
// It gives an answer only when it is sure the reference path (nlohmann's SAX
// parser and JsonTreeBuilder) would give the same one. Anything else, a
// syntax error, a key given twice, nesting past kMaxJsonNesting, a number
// nlohmann reads differently (1e400, 1e-400, a whole number beyond 64 bits),
// a BOM, returns nothing, and the caller parses again with the reference,
// which words the refusal (with its line and column or JSON path) as it
// always has. So a valid tender is read quickly and a bad one is refused
// exactly as before; tests/io/tst_tenderparsers.cpp and
// tests/fuzz/fuzz_tender_parsers.cpp hold the two paths to that.
#include "TenderSax.h"

#include "support/JsonReader.h"
#include "support/JsonTree.h"

#include <simdjson.h>

#include <cmath>
#include <limits>

namespace tulana {
namespace {

using nlohmann::json;
namespace od = simdjson::ondemand;

static_assert(kTenderParserPadding >= qint64(simdjson::SIMDJSON_PADDING));

// simdjson first indexes every structural character of the whole text, 4
// bytes each, before the reader sees the first one: a hostile file of
// nothing but "[" (refused by the reference at its 65th byte) would cost four
// times its size before the depth is checked. Up to this size that is at most
// 128 MB (a real tender of this size has about one structural character in
// three bytes); larger text goes to the reference, as all text did before.
constexpr qsizetype kMaxFastParseBytes = 32 * 1024 * 1024;

// Not an error of the file: "ask the reference parser".
struct NotSure
{
};

// The number as nlohmann reads it: a whole number without a sign is
// unsigned, with one signed; anything with a fraction or an exponent a
// double. Its dump (and so every message quoting it) depends on which.
json number(od::value& v)
{
    const std::string_view token = v.raw_json_token();
    if (token.find_first_of(".eE") != std::string_view::npos)
        return json(double(v.get_double()));
    if (!token.empty() && token.front() == '-')
        return json(std::int64_t(v.get_int64()));
    return json(std::uint64_t(v.get_uint64()));
}

class FastTenderReader
{
public:
    std::vector<FileMarks> marks;
    CriterionIds ids;

    json document(od::document& doc)
    {
        // The root of a tender is an object; anything else is refused, and
        // the reference words that.
        if (od::json_type(doc.type()) != od::json_type::object)
            throw NotSure{};
        od::object root = doc.get_object();
        json tree = json::object();
        auto& members = tree.get_ref<json::object_t&>();
        for (od::field field : root) {
            std::string key(std::string_view(field.unescaped_key()));
            od::value v = field.value();
            const bool bids = key == "bids" && od::json_type(v.type()) == od::json_type::array;
            json node = bids ? bidList(v) : toJson(v, 2);
            if (!members.emplace(std::move(key), std::move(node)).second)
                throw NotSure{}; // a key given twice
        }
        // Nothing may follow the object: at the end there is no location.
        if (doc.current_location().error() != simdjson::OUT_OF_BOUNDS)
            throw NotSure{};
        return tree;
    }

private:
    static void enter(int depth)
    {
        if (depth > kMaxJsonNesting)
            throw NotSure{};
    }

    // Any value, as nlohmann's tree; `depth` counts the containers it is in
    // with itself, as JsonTreeBuilder does.
    json toJson(od::value& v, int depth)
    {
        switch (od::json_type(v.type())) {
        case od::json_type::object: {
            enter(depth);
            json out = json::object();
            auto& members = out.get_ref<json::object_t&>();
            for (od::field field : v.get_object()) {
                std::string key(std::string_view(field.unescaped_key()));
                od::value child = field.value();
                if (!members.emplace(std::move(key), toJson(child, depth + 1)).second)
                    throw NotSure{};
            }
            return out;
        }
        case od::json_type::array: {
            enter(depth);
            json out = json::array();
            for (od::value child : v.get_array())
                out.push_back(toJson(child, depth + 1));
            return out;
        }
        default:
            return scalar(v);
        }
    }

    static json scalar(od::value& v)
    {
        switch (od::json_type(v.type())) {
        case od::json_type::number:
            return number(v);
        case od::json_type::string:
            return json(std::string(std::string_view(v.get_string())));
        case od::json_type::boolean:
            return json(bool(v.get_bool()));
        case od::json_type::null:
            if (!bool(v.is_null()))
                throw NotSure{};
            return json(nullptr);
        default:
            throw NotSure{};
        }
    }

    // Walks a value kept out of the tree (something odd inside the marks),
    // so that its syntax and depth are still checked. Keys may repeat here:
    // the reference does not look at them either.
    void skip(od::value& v, int depth)
    {
        switch (od::json_type(v.type())) {
        case od::json_type::object:
            enter(depth);
            for (od::field field : v.get_object()) {
                std::string_view key = field.unescaped_key();
                (void)key;
                od::value child = field.value();
                skip(child, depth + 1);
            }
            return;
        case od::json_type::array:
            enter(depth);
            for (od::value child : v.get_array())
                skip(child, depth + 1);
            return;
        default:
            scalar(v);
        }
    }

    // "bids" (depth 2): one FileMarks per element, whatever the element is.
    json bidList(od::value& v)
    {
        json out = json::array();
        for (od::value element : v.get_array()) {
            marks.emplace_back();
            if (od::json_type(element.type()) == od::json_type::object)
                out.push_back(bid(element));
            else
                out.push_back(toJson(element, 3));
        }
        return out;
    }

    // bids[i] (depth 3): its "marks" object goes to marks.back(); it stays
    // in the tree empty, so that its presence and type are read as any field's.
    json bid(od::value& v)
    {
        json out = json::object();
        auto& members = out.get_ref<json::object_t&>();
        for (od::field field : v.get_object()) {
            std::string key(std::string_view(field.unescaped_key()));
            od::value child = field.value();
            json node;
            if (key == "marks" && od::json_type(child.type()) == od::json_type::object) {
                readMarks(child);
                node = json::object();
            } else {
                node = toJson(child, 4);
            }
            if (!members.emplace(std::move(key), std::move(node)).second)
                throw NotSure{};
        }
        return out;
    }

    // bids[i].marks (depth 4): the rows as TenderSaxHandler files them.
    void readMarks(od::value& v)
    {
        FileMarks& fm = marks.back();
        fm.present = true;
        // Bids have as many marks as each other, as a rule: no regrowing.
        if (marks.size() > 1) {
            fm.rows.reserve(marks[marks.size() - 2].rows.size());
            fm.values.reserve(marks[marks.size() - 2].values.size());
        }
        for (od::field field : v.get_object()) {
            const std::uint32_t criterion = ids.number(field.unescaped_key());
            od::value row = field.value();
            const auto type = od::json_type(row.type());
            if (type == od::json_type::array) {
                readRow(row, criterion, fm);
                continue;
            }
            fm.rows.push_back({criterion, std::uint32_t(fm.values.size()), 0, false});
            if (type == od::json_type::object) {
                fm.notLists.push_back({fm.rows.size() - 1, QStringLiteral("an object")});
                skip(row, 5);
            } else {
                fm.notLists.push_back({fm.rows.size() - 1, JsonReader::describe(scalar(row))});
            }
        }
    }

    // The hot path: half a million rows of a few numbers each.
    void readRow(od::value& row, std::uint32_t criterion, FileMarks& fm)
    {
        enter(5);
        fm.rows.push_back({criterion, std::uint32_t(fm.values.size()), 0, true});
        FileMarks::Row& r = fm.rows.back();
        for (od::value mark : row.get_array()) {
            const auto type = od::json_type(mark.type());
            if (type == od::json_type::number) {
                const double d = mark.get_double();
                // nlohmann reads "-0" as the whole number 0 and "-0.0" as -0.0;
                // which one this was would need the text: let the reference say.
                if (d == 0 && std::signbit(d))
                    throw NotSure{};
                fm.values.push_back(d);
            } else if (type == od::json_type::null && bool(mark.is_null())) {
                fm.values.push_back(std::numeric_limits<double>::quiet_NaN());
            } else {
                QString found;
                if (type == od::json_type::object || type == od::json_type::array) {
                    found = type == od::json_type::object ? QStringLiteral("an object")
                                                          : QStringLiteral("a list");
                    skip(mark, 6);
                } else {
                    found = JsonReader::describe(scalar(mark));
                }
                fm.badMarks.push_back({fm.rows.size() - 1, r.count, found});
                fm.values.push_back(std::numeric_limits<double>::quiet_NaN());
            }
            ++r.count;
        }
    }
};

} // namespace

std::optional<TenderDocumentJson> parseTenderJsonFast(const QByteArray& text)
{
    if (text.size() > kMaxFastParseBytes)
        return std::nullopt;
    const auto size = std::size_t(text.size());
    // simdjson reads up to SIMDJSON_PADDING bytes past the end; loadTenderFile
    // reserves them (readInputFile's `spare`), other callers' text is copied.
    simdjson::padded_string copy;
    const char* bytes = text.constData();
    std::size_t capacity = std::size_t(text.capacity());
    if (capacity < size + simdjson::SIMDJSON_PADDING) {
        copy = simdjson::padded_string(text.constData(), size);
        bytes = copy.data();
        capacity = size + simdjson::SIMDJSON_PADDING;
    }
    try {
        od::parser parser;
        od::document doc = parser.iterate(bytes, size, capacity);
        FastTenderReader reader;
        json tree = reader.document(doc);
        return TenderDocumentJson{std::move(tree), std::move(reader.marks), std::move(reader.ids)};
    } catch (const simdjson::simdjson_error&) {
        return std::nullopt;
    } catch (const NotSure&) {
        return std::nullopt;
    }
}

} // namespace tulana
