#pragma once

#include "diagnostics/Problem.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tulana {

// The deepest nesting of objects and lists Tulana reads in a JSON file
// (docs/reliability.md, "Limits on input"). The deepest real structure, a
// criterion at the deepest level a tender allows (kMaxCriteriaDepth), is
// 17 levels down; anything much deeper is a damaged or hostile file, and
// every reader of the tree past the parser would walk it recursively.
inline constexpr int kMaxJsonNesting = 64;

// Builds nlohmann's JSON tree from the parser's events as json::parse does,
// but strictly: a key given twice in one object (json::parse keeps the last,
// silently) and nesting deeper than kMaxJsonNesting are refused, each with
// its JSON path. A reader with its own needs (io/TenderSax) derives from it.
class JsonTreeBuilder : public nlohmann::json_sax<nlohmann::json>
{
public:
    using json = nlohmann::json;

    json root;
    // Why the tree was refused (a key twice, too deep), when it was.
    std::optional<Problem> refusal;
    // A syntax error, as nlohmann reports it.
    std::string syntaxError;
    std::size_t syntaxErrorByte = 0;

    bool null() override { return scalar(json(nullptr)); }
    bool boolean(bool v) override { return scalar(json(v)); }
    bool number_integer(number_integer_t v) override { return scalar(json(v)); }
    bool number_unsigned(number_unsigned_t v) override { return scalar(json(v)); }
    bool number_float(number_float_t v, const string_t&) override { return scalar(json(v)); }
    bool string(string_t& v) override { return scalar(json(v)); }
    bool binary(binary_t&) override { return scalar(json()); }
    bool key(string_t& k) override;
    bool start_object(std::size_t) override { return open(json::object()); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(json::array()); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t byte, const std::string&,
                     const nlohmann::detail::exception& e) override;

protected:
    bool scalar(json value) { return place(std::move(value)) != nullptr; }
    // Puts a value in the open container (under the current key); null when
    // the key is already there.
    json* place(json value);
    bool open(json container);
    bool close();
    // One level deeper, for a container kept out of the tree; false (and the
    // refusal) past kMaxJsonNesting.
    bool enter();
    void leave() { --m_depth; }
    // The JSON path of the open container ("bids[3]"); built only for a message.
    QString openPath() const;
    void refuse(const QString& where, const QString& message);

    std::vector<json*> m_stack; // open containers; an open element is never moved
    std::string m_key;

private:
    int m_depth = 0;
};

// The message for a key given twice in one object.
QString repeatedKeyMessage(const std::string& key);

// Runs nlohmann's SAX parser over `text` with `builder`. On a syntax error,
// or when the builder refused the tree, records the problem (the syntax
// error with its line and column, after `where`) and returns false.
bool buildJsonTree(const QByteArray& text, JsonTreeBuilder& builder, const QString& where,
                   Problems& problems);

} // namespace tulana
