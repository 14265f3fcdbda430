#pragma once

// Helpers shared by the openness tests: where the fixtures are, records
// built in a line, and the Model Openness Tool's lenient JSON.

#include "openness/Component.h"
#include "tender/OpennessRecord.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <nlohmann/json.hpp>

#include <initializer_list>

namespace openness_test {

using namespace tulana::openness;

// Third-party records copied into tests/data/third-party (see its SOURCE.md).
inline QString fixture(const QString& relative)
{
    return QStringLiteral(TULANA_FIXTURES_DIR "/") + relative;
}

inline QString testData(const QString& name)
{
    return QStringLiteral(TULANA_TEST_DATA "/openness/") + name;
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The tool writes JSON with trailing commas ("lenient JSON"); strip the ones
// before a closing bracket, outside strings, then parse strictly.
inline nlohmann::json parseLenientJson(const QByteArray& text)
{
    std::string out;
    out.reserve(std::size_t(text.size()));
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < text.size())
                out += text.at(++i);
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        if (c == ',') {
            qsizetype j = i + 1;
            while (j < text.size() && QChar::isSpace(uchar(text.at(j))))
                ++j;
            if (j < text.size() && (text.at(j) == '}' || text.at(j) == ']'))
                continue;
        }
        out += c;
    }
    return nlohmann::json::parse(out, nullptr, false);
}

struct Line
{
    const char* component;
    ReleaseState state;
    const char* licence = "";
};

// A record stating exactly these components.
inline OpennessRecord record(std::initializer_list<Line> lines,
                             OpennessClaim claim = OpennessClaim::NotStated,
                             ModelCategory category = ModelCategory::Generative)
{
    OpennessRecord r;
    r.systemName = QStringLiteral("Test system");
    r.claim = claim;
    r.category = category;
    for (const Line& l : lines)
        r.setEntry({QString::fromUtf8(l.component), l.state, QString::fromUtf8(l.licence), {}, {}});
    return r;
}

// Every component of the list released under `licence` (a fully open system
// when the licence is open).
inline OpennessRecord everythingReleased(const char* licence)
{
    OpennessRecord r;
    r.systemName = QStringLiteral("Open system");
    r.category = ModelCategory::Generative;
    for (const ComponentDef& c : ComponentCatalogue::builtIn().components())
        r.setEntry({c.id, ReleaseState::Released, QString::fromUtf8(licence), {}, {}});
    return r;
}

} // namespace openness_test
