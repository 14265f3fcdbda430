// Model Openness Tool records into Tulana's openness record. The framework's
// "Datasets" becomes both pre-training and fine-tuning data; a component the
// record does not list is not released (the tool's reading).
#include "Component.h"
#include "LicenceCatalogue.h"
#include "RecordImport.h"
#include "YamlSupport.h"
#include "i18n/Translate.h"

#include <QSet>

namespace tulana::openness {
namespace {

class MotReader
{
public:
    MotReader(const QString& file, Problems* problems)
        : m_file(file)
        , m_problems(problems)
    {}

    std::optional<OpennessRecord> read(const YAML::Node& root)
    {
        if (!yaml::isMap(root)) {
            fail(root, tulana::tr(
                           "not a Model Openness Framework record: the top level must be a mapping "
                           "with \"framework\" and \"release\""));
            return std::nullopt;
        }
        const YAML::Node framework = root["framework"];
        if (yaml::isMap(framework) &&
            yaml::text(framework["name"]) != QLatin1String("Model Openness Framework"))
            warn(framework, tulana::tr("framework.name is not \"Model Openness Framework\""));
        const YAML::Node release = root["release"];
        if (!yaml::isMap(release)) {
            fail(release.IsDefined() ? release : root,
                 tulana::tr("the record needs a \"release\" mapping"));
            return std::nullopt;
        }
        OpennessRecord record;
        record.source = RecordSource::ModelOpennessTool;
        record.sourceFile = m_file;
        // Both catalogues list systems released as open models: read alone,
        // a record is checked against that claim. Recorded for a bid, the
        // bid's own word replaces it (the bid's claim, or its nature's).
        record.claim = OpennessClaim::Open;
        record.systemName = yaml::text(release["name"]).trimmed();
        if (record.systemName.isEmpty())
            fail(release["name"].IsDefined() ? release["name"] : release,
                 tulana::tr("release.name, the model's name, is missing"));
        record.producer = yaml::text(release["producer"]);
        record.version = yaml::text(release["version"]);
        readLicences(release["license"], &record);
        readComponents(release, &record);
        if (hasErrors(*m_problems))
            return std::nullopt;
        return record;
    }

private:
    void fail(const YAML::Node& at, const QString& message)
    {
        *m_problems << error(yaml::place(m_file, at), message);
    }
    void warn(const YAML::Node& at, const QString& message)
    {
        *m_problems << warning(yaml::place(m_file, at), message);
    }

    void readLicences(const YAML::Node& node, OpennessRecord* record)
    {
        if (!yaml::isPresent(node))
            return;
        if (yaml::isScalar(node)) {
            warn(node,
                 tulana::tr(
                     "release.license should be a mapping; read as the distribution licence"));
            record->licences.distribution = yaml::text(node);
            return;
        }
        if (!yaml::isMap(node)) {
            fail(node,
                 tulana::tr("release.license must be a mapping of distribution, code, data and "
                            "document licences"));
            return;
        }
        const std::pair<const char*, QString*> kinds[] = {
            {"distribution", &record->licences.distribution},
            {"code", &record->licences.code},
            {"data", &record->licences.data},
            {"document", &record->licences.document}};
        for (const auto& [key, target] : kinds) {
            const YAML::Node entry = node[key];
            if (!yaml::isPresent(entry))
                continue;
            if (!yaml::isMap(entry)) {
                fail(entry, tulana::tr("release.license.%1 must be a mapping with a name")
                                .arg(QLatin1String(key)));
                continue;
            }
            const YAML::Node name = entry["name"];
            if (yaml::isPresent(name) && !yaml::isScalar(name))
                fail(name, tulana::tr("a licence name must be text"));
            *target = yaml::text(name).trimmed();
        }
    }

    void readComponents(const YAML::Node& release, OpennessRecord* record)
    {
        const YAML::Node list = release["components"];
        if (!yaml::isPresent(list)) {
            fail(release,
                 tulana::tr("release.components, the list of released components, is missing"));
            return;
        }
        if (!yaml::isSequence(list)) {
            fail(list, tulana::tr("release.components must be a list"));
            return;
        }
        const ComponentCatalogue& catalogue = ComponentCatalogue::builtIn();
        QSet<int> listed;
        for (const YAML::Node& item : list) {
            if (!yaml::isMap(item)) {
                fail(item, tulana::tr("a component must be a mapping with a name"));
                continue;
            }
            const YAML::Node nameNode = item["name"];
            const QString name = yaml::text(nameNode).trimmed();
            if (name.isEmpty()) {
                fail(nameNode.IsDefined() ? nameNode : item,
                     tulana::tr("the component has no name"));
                continue;
            }
            const MofComponent* mof = catalogue.mofByName(name);
            if (!mof) {
                fail(nameNode, tulana::tr("\"%1\" is not one of the Model Openness Framework's 17 "
                                          "components")
                                   .arg(name));
                continue;
            }
            if (listed.contains(mof->id))
                warn(nameNode,
                     tulana::tr("\"%1\" is listed twice; the later entry is used").arg(name));
            listed.insert(mof->id);
            addComponent(item, *mof, record);
        }
        // What the record does not list is not released.
        for (const MofComponent& mof : catalogue.mofComponents()) {
            if (listed.contains(mof.id))
                continue;
            for (const ComponentDef* def : catalogue.forMof(mof.id))
                record->setEntry({def->id, ReleaseState::NotReleased, QString(),
                                  tulana::tr("not listed in the Model Openness Tool record"),
                                  m_file});
        }
    }

    void addComponent(const YAML::Node& item, const MofComponent& mof, OpennessRecord* record)
    {
        const YAML::Node licenceNode = item["license"];
        QString licence;
        if (yaml::isPresent(licenceNode)) {
            if (!yaml::isScalar(licenceNode)) {
                fail(licenceNode, tulana::tr("a licence must be text"));
                return;
            }
            licence = yaml::text(licenceNode).trimmed();
            // The tool reads an empty licence as "no licence", not as "inherit".
            if (licence.isEmpty())
                licence = QStringLiteral("unlicensed");
        }
        ReleaseState state = ReleaseState::Released;
        QString note = tulana::tr("Model Openness Tool record lists \"%1\"").arg(mof.name);
        if (!licence.isEmpty()) {
            const RecognisedLicence reading = LicenceCatalogue::builtIn().recognise(licence);
            if (reading.reading == RecognisedLicence::Reading::NotIncluded) {
                state = ReleaseState::NotReleased;
                note =
                    tulana::tr("Model Openness Tool record lists \"%1\" with \"%2\": not released")
                        .arg(mof.name, licence);
            }
        }
        const QString path = yaml::text(item["component_path"]);
        if (!path.isEmpty())
            note += tulana::tr(" at %1").arg(path);
        const ComponentCatalogue& catalogue = ComponentCatalogue::builtIn();
        for (const ComponentDef* def : catalogue.forMof(mof.id))
            record->setEntry({def->id, state, licence, note, yaml::place(m_file, item)});
    }

    QString m_file;
    Problems* m_problems;
};

} // namespace

RecordImport importMotRecord(const QByteArray& bytes, const QString& fileName)
{
    RecordImport out;
    const std::optional<YAML::Node> root = yaml::parse(bytes, fileName, &out.problems);
    if (!root)
        return out;
    try {
        out.record = MotReader(fileName, &out.problems).read(*root);
    } catch (const YAML::Exception& e) {
        out.problems << error(yaml::place(fileName, e.mark), QString::fromStdString(e.msg));
        out.record.reset();
    }
    return out;
}

} // namespace tulana::openness
