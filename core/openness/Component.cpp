#include "Component.h"

#include "OpennessData.h"
#include "i18n/Translate.h"

#include <yaml-cpp/yaml.h>

namespace tulana::openness {

namespace {

QString text(const YAML::Node& node)
{
    return node.IsScalar() ? QString::fromStdString(node.as<std::string>()) : QString();
}

std::vector<MofComponent> loadMofSettings(Problems* problems)
{
    const QString name = QStringLiteral("mof.settings.yml");
    const QByteArray bytes = readOpennessResource(name, problems);
    std::vector<MofComponent> out;
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        for (const YAML::Node& c : root["components"]) {
            MofComponent m;
            m.id = c["id"].as<int>();
            m.name = text(c["name"]);
            m.description = text(c["description"]);
            m.mofClass = c["class"].as<int>();
            m.required = c["required"].as<bool>();
            if (!contentTypeFromKey(text(c["content_type"]), &m.contentType))
                *problems << error(name, tulana::tr("unknown content type for \"%1\"").arg(m.name));
            out.push_back(std::move(m));
        }
    } catch (const YAML::Exception& e) {
        *problems << error(name, QString::fromStdString(e.what()));
    }
    return out;
}

} // namespace

ComponentCatalogue::ComponentCatalogue()
{
    m_mof = loadMofSettings(&m_problems);
    const QString name = QStringLiteral("components.json");
    const nlohmann::json root = loadOpennessJson(name, &m_problems);
    const auto list = root.find("components");
    if (list == root.end() || !list->is_array()) {
        m_problems << error(name, tulana::tr("the list of components is missing"));
        return;
    }
    for (const nlohmann::json& c : *list) {
        ComponentDef def;
        def.id = textOf(c, "id");
        def.name = textOf(c, "name");
        def.description = textOf(c, "description");
        if (!contentTypeFromKey(textOf(c, "contentType"), &def.contentType))
            m_problems << error(name, tulana::tr("unknown content type for \"%1\"").arg(def.id));
        def.mofId = c.value("mof", 0);
        def.table1Rows = textsOf(c, "table1");
        def.osaidElement = textOf(c, "osaid");
        if (def.mofId != 0 && !mofById(def.mofId))
            m_problems << error(name, tulana::tr("\"%1\" names an unknown framework component %2")
                                          .arg(def.id)
                                          .arg(def.mofId));
        m_components.push_back(std::move(def));
    }
}

const ComponentCatalogue& ComponentCatalogue::builtIn()
{
    static const ComponentCatalogue catalogue;
    return catalogue;
}

const ComponentDef* ComponentCatalogue::find(const QString& id) const
{
    for (const ComponentDef& c : m_components)
        if (c.id == id)
            return &c;
    return nullptr;
}

const MofComponent* ComponentCatalogue::mofById(int id) const
{
    for (const MofComponent& m : m_mof)
        if (m.id == id)
            return &m;
    return nullptr;
}

const MofComponent* ComponentCatalogue::mofByName(const QString& name) const
{
    const QString wanted = name.simplified();
    for (const MofComponent& m : m_mof)
        if (m.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return &m;
    return nullptr;
}

std::vector<const ComponentDef*> ComponentCatalogue::forMof(int mofId) const
{
    std::vector<const ComponentDef*> out;
    for (const ComponentDef& c : m_components)
        if (mofId != 0 && c.mofId == mofId)
            out.push_back(&c);
    return out;
}

std::vector<int> ComponentCatalogue::requiredMof(int mofClass) const
{
    std::vector<int> out;
    for (const MofComponent& m : m_mof)
        if (m.mofClass == mofClass && m.required)
            out.push_back(m.id);
    return out;
}

} // namespace tulana::openness
