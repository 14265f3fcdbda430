#include "OpennessData.h"

#include "i18n/Translate.h"

#include <QFile>

namespace tulana::openness {

QByteArray readOpennessResource(const QString& name, Problems* problems)
{
    QFile file(QStringLiteral(":/tulana/openness/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *problems << error(name, tulana::tr("the bundled data file is missing"));
        return {};
    }
    return file.readAll();
}

nlohmann::json loadOpennessJson(const QString& name, Problems* problems)
{
    const QByteArray bytes = readOpennessResource(name, problems);
    if (bytes.isEmpty())
        return nlohmann::json::object();
    nlohmann::json j =
        nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        *problems << error(name, tulana::tr("the bundled data file is not a JSON object"));
        return nlohmann::json::object();
    }
    return j;
}

QString textOf(const nlohmann::json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

QStringList textsOf(const nlohmann::json& object, const char* key)
{
    QStringList out;
    if (!object.is_object())
        return out;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_array())
        return out;
    for (const auto& v : *it)
        if (v.is_string())
            out << QString::fromStdString(v.get<std::string>());
    return out;
}

} // namespace tulana::openness
