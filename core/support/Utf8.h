#pragma once

#include <QString>

#include <string>

namespace tulana {

// A QString as the std::string nlohmann/json and the C libraries take, in
// UTF-8; named so that the encoding shows where text leaves Qt.
inline std::string utf8(const QString& text)
{
    return text.toStdString();
}

} // namespace tulana
