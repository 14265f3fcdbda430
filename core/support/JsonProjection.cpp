#include "JsonProjection.h"

namespace tulana {
namespace {

using json = nlohmann::json;

json projectWith(const json& value, const json& shape, const json& root)
{
    if (shape.is_string()) {
        const std::string name = shape.get<std::string>().substr(1); // "@criteria"
        return projectWith(value, root.at(name), root);
    }
    if (!shape.is_object())
        return value; // true: the whole value
    if (value.is_array()) {
        json out = json::array();
        for (const json& element : value)
            out.push_back(projectWith(element, shape, root));
        return out;
    }
    if (!value.is_object())
        return value; // a scalar where the file has one: kept, never guessed at
    json out = json::object();
    for (const auto& [key, part] : shape.items()) {
        const auto found = value.find(key);
        if (found != value.end())
            out[key] = projectWith(*found, part, root);
    }
    return out;
}

} // namespace

json project(const json& document, const json& shape)
{
    return projectWith(document, shape, shape);
}

QByteArray canonicalJson(const json& value)
{
    // nlohmann::json keeps object keys sorted, and dump() writes the shortest
    // text that reads back as the same double.
    const std::string text = value.dump(-1, ' ', false, json::error_handler_t::strict);
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace tulana
