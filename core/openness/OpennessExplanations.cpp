#include "OpennessExplanations.h"

#include "OpennessData.h"

#include <map>

namespace tulana::openness {
namespace {

std::map<QString, Explanation> loadExplanations()
{
    std::map<QString, Explanation> out;
    Problems problems;
    const nlohmann::json j = loadOpennessJson(QStringLiteral("explanations.json"), &problems);
    if (!j.is_object() || !j.contains("terms") || !j["terms"].is_object())
        return out;
    for (auto it = j["terms"].begin(); it != j["terms"].end(); ++it)
        out[QString::fromStdString(it.key())] = {
            textOf(it.value(), "title"), textOf(it.value(), "text"), textOf(it.value(), "source")};
    return out;
}

} // namespace

Explanation explanationOf(const QString& key)
{
    static const std::map<QString, Explanation> terms = loadExplanations();
    const auto it = terms.find(key);
    return it == terms.end() ? Explanation{} : it->second;
}

} // namespace tulana::openness
