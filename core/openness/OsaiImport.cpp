// European Open Source AI Index records into Tulana's openness record.
#include "OsaiImport.h"

#include "OpennessData.h"
#include "RecordImport.h"
#include "YamlSupport.h"
#include "i18n/Translate.h"

namespace tulana::openness {

const std::vector<IndexParameter>& indexParameters()
{
    static const std::vector<IndexParameter> parameters = [] {
        std::vector<IndexParameter> out;
        Problems ignored; // the shipped mapping is checked by tests/openness
        const nlohmann::json root =
            loadOpennessJson(QStringLiteral("osai-index-mapping.json"), &ignored);
        if (const auto list = root.find("parameters"); list != root.end() && list->is_array())
            for (const nlohmann::json& p : *list)
                out.push_back({textOf(p, "ref"), textOf(p, "name"), textOf(p, "category"),
                               textOf(p, "kind"), textsOf(p, "components")});
        return out;
    }();
    return parameters;
}

namespace {

int openness(ReleaseState s)
{
    switch (s) {
    case ReleaseState::Released:
        return 4;
    case ReleaseState::PartlyReleased:
        return 3;
    case ReleaseState::DocumentedOnly:
        return 2;
    case ReleaseState::NotReleased:
        return 1;
    case ReleaseState::NotApplicable:
        return 0;
    }
    return 0;
}

ReleaseState stateFor(IndexGrade grade, const QString& kind)
{
    switch (grade) {
    case IndexGrade::Open:
        return ReleaseState::Released;
    case IndexGrade::Partial:
        // A partial model card is still a model card; partial weights (a gated
        // download) are not released openly.
        return kind == QLatin1String("documentation") ? ReleaseState::Released
                                                      : ReleaseState::PartlyReleased;
    case IndexGrade::Closed:
    case IndexGrade::NotGraded:
        break;
    }
    return ReleaseState::NotReleased;
}

QString linksOf(const YAML::Node& node)
{
    if (yaml::isSequence(node)) {
        QStringList links;
        for (const YAML::Node& l : node)
            links << yaml::text(l);
        return links.join(QStringLiteral(" "));
    }
    return yaml::text(node);
}

class OsaiReader
{
public:
    OsaiReader(const QString& file, Problems* problems)
        : m_file(file)
        , m_problems(problems)
    {}

    std::optional<OpennessRecord> read(const YAML::Node& root)
    {
        if (!yaml::isMap(root)) {
            fail(root,
                 tulana::tr("not an Open Source AI Index record: the top level must be a mapping "
                            "with \"system\" and the graded parameters"));
            return std::nullopt;
        }
        const YAML::Node system = root["system"];
        if (!yaml::isMap(system)) {
            fail(system.IsDefined() ? system : root,
                 tulana::tr("the record needs a \"system\" mapping"));
            return std::nullopt;
        }
        OpennessRecord record;
        record.source = RecordSource::OsaiIndex;
        record.sourceFile = m_file;
        // Both catalogues list systems released as open models: read alone,
        // a record is checked against that claim. Recorded for a bid, the
        // bid's own word replaces it (the bid's claim, or its nature's).
        record.claim = OpennessClaim::Open;
        record.systemName = yaml::text(system["name"]).trimmed();
        if (record.systemName.isEmpty())
            fail(system["name"].IsDefined() ? system["name"] : system,
                 tulana::tr("system.name, the system's name, is missing"));
        const QString end = yaml::text(system["endmodelname"]).trimmed();
        if (!end.isEmpty() && end != record.systemName)
            record.version = end;
        const YAML::Node org = root["org"];
        if (yaml::isMap(org))
            record.producer = yaml::text(org["name"]).trimmed();
        else if (yaml::isPresent(org))
            fail(org, tulana::tr("org must be a mapping with the organisation's name"));
        record.licences.distribution = yaml::text(system["endmodellicense"]).trimmed();
        record.category = ModelCategory::Generative;
        record.claim = OpennessClaim::Open;
        record.claimNote =
            tulana::tr("The index lists generative AI systems that their makers describe as "
                       "\"open\" or \"open source\".");
        for (const IndexParameter& p : indexParameters())
            readParameter(root, p, &record);
        if (!m_ungraded.isEmpty())
            *m_problems << warning(yaml::place(m_file, root),
                                   tulana::tr("not graded in the record: %1")
                                       .arg(m_ungraded.join(QStringLiteral(", "))));
        record.notes << tulana::tr(
            "The index records only the end model's licence; Tulana applies it to "
            "every component.");
        if (hasErrors(*m_problems))
            return std::nullopt;
        return record;
    }

private:
    void fail(const YAML::Node& at, const QString& message)
    {
        *m_problems << error(yaml::place(m_file, at), message);
    }

    void readParameter(const YAML::Node& root, const IndexParameter& p, OpennessRecord* record)
    {
        const YAML::Node node = root[p.ref.toStdString()];
        IndexParameterGrade grade;
        grade.parameter = p.ref;
        if (!yaml::isPresent(node)) {
            m_ungraded << p.ref;
            record->indexGrades.push_back(grade);
            return;
        }
        if (!yaml::isMap(node)) {
            fail(node, tulana::tr("%1 must be a mapping with class, link and notes").arg(p.ref));
            return;
        }
        const YAML::Node cls = node["class"];
        const QString value = yaml::text(cls).trimmed().toLower();
        grade.location = yaml::place(m_file, cls.IsDefined() ? cls : node);
        if (value == QLatin1String("open"))
            grade.grade = IndexGrade::Open;
        else if (value == QLatin1String("partial"))
            grade.grade = IndexGrade::Partial;
        else if (value == QLatin1String("closed"))
            grade.grade = IndexGrade::Closed;
        else if (!value.isEmpty() || (yaml::isPresent(cls) && !yaml::isScalar(cls))) {
            fail(cls, tulana::tr("%1: the class must be open, partial or closed, not \"%2\"")
                          .arg(p.ref, yaml::text(cls)));
            return;
        }
        grade.notes = yaml::text(node["notes"]).trimmed();
        grade.link = linksOf(node["link"]);
        record->indexGrades.push_back(grade);
        if (grade.grade == IndexGrade::NotGraded)
            return;
        const ReleaseState state = stateFor(grade.grade, p.kind);
        for (const QString& component : p.components) {
            const ComponentEntry* existing = record->entry(component);
            if (existing && openness(existing->state) >= openness(state))
                continue;
            QString note = tulana::tr("European Open Source AI Index: %1 graded %2")
                               .arg(p.name, toKey(grade.grade));
            if (!grade.notes.isEmpty())
                note += QStringLiteral(" (") + grade.notes + u')';
            record->setEntry({component, state, QString(), note, grade.location});
        }
    }

    QString m_file;
    Problems* m_problems;
    QStringList m_ungraded;
};

} // namespace

RecordImport importOsaiRecord(const QByteArray& bytes, const QString& fileName)
{
    RecordImport out;
    const std::optional<YAML::Node> root = yaml::parse(bytes, fileName, &out.problems);
    if (!root)
        return out;
    try {
        out.record = OsaiReader(fileName, &out.problems).read(*root);
    } catch (const YAML::Exception& e) {
        out.problems << error(yaml::place(fileName, e.mark), QString::fromStdString(e.msg));
        out.record.reset();
    }
    return out;
}

IndexScores indexScores(const OpennessRecord& record)
{
    IndexScores s;
    double sums[3] = {0, 0, 0};
    int counts[3] = {0, 0, 0};
    for (const IndexParameterGrade& g : record.indexGrades) {
        if (g.grade == IndexGrade::NotGraded)
            continue;
        const double value = g.grade == IndexGrade::Open      ? 1.0
                             : g.grade == IndexGrade::Partial ? 0.5
                                                              : 0.0;
        int category = 0;
        for (const IndexParameter& p : indexParameters())
            if (p.ref == g.parameter)
                category = p.category == QLatin1String("documentation") ? 1
                           : p.category == QLatin1String("access")      ? 2
                                                                        : 0;
        sums[category] += value;
        ++counts[category];
        s.total += value;
        ++s.graded;
    }
    if (s.graded == 0)
        return s;
    s.available = true;
    s.availability = counts[0] ? sums[0] / counts[0] : 0;
    s.documentation = counts[1] ? sums[1] / counts[1] : 0;
    s.access = counts[2] ? sums[2] / counts[2] : 0;
    s.total /= s.graded;
    return s;
}

} // namespace tulana::openness
